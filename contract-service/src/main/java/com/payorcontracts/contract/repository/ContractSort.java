package com.payorcontracts.contract.repository;

import java.util.Arrays;
import java.util.Optional;

/** The orders a contract list can come in; each ends with the id so that pages never overlap. */
public enum ContractSort {
    NAME("name", "lower(c.name), c.id"),
    NAME_DESC("-name", "lower(c.name) desc, c.id desc"),
    STATUS("status", "c.status, lower(c.name), c.id"),
    EFFECTIVE("effectiveDate", "c.effectiveDate, lower(c.name), c.id"),
    EFFECTIVE_DESC("-effectiveDate", "c.effectiveDate desc, lower(c.name), c.id"),
    EXPIRATION("expirationDate", "c.expirationDate, lower(c.name), c.id"),
    EXPIRATION_DESC("-expirationDate", "c.expirationDate desc, lower(c.name), c.id"),
    UPDATED("updatedAt", "c.updatedAt, c.id"),
    UPDATED_DESC("-updatedAt", "c.updatedAt desc, c.id desc");

    /** Documented in the API: a field name, with a leading '-' for descending. */
    public static final String PARAMETER_PATTERN = "-?(name|status|effectiveDate|expirationDate|updatedAt)";

    private final String parameter;
    private final String orderBy;

    ContractSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static Optional<ContractSort> parse(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }

    String orderBy() {
        return orderBy;
    }
}
