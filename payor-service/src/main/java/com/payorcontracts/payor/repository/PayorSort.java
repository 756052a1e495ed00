package com.payorcontracts.payor.repository;

import java.util.Arrays;
import java.util.Optional;

/** The orders a payor list can come in; each ends with the id so that pages never overlap. */
public enum PayorSort {
    NAME("name", "lower(p.name), p.id"),
    NAME_DESC("-name", "lower(p.name) desc, p.id desc"),
    TYPE("type", "p.type, lower(p.name), p.id"),
    STATUS("status", "p.status, lower(p.name), p.id"),
    CREATED("createdAt", "p.createdAt, p.id"),
    CREATED_DESC("-createdAt", "p.createdAt desc, p.id desc"),
    UPDATED("updatedAt", "p.updatedAt, p.id"),
    UPDATED_DESC("-updatedAt", "p.updatedAt desc, p.id desc");

    /** Documented in the API: a field name, with a leading '-' for descending. */
    public static final String PARAMETER_PATTERN = "-?(name|type|status|createdAt|updatedAt)";

    private final String parameter;
    private final String orderBy;

    PayorSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static Optional<PayorSort> parse(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }

    String orderBy() {
        return orderBy;
    }
}
