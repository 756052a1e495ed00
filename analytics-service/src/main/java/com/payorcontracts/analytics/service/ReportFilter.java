package com.payorcontracts.analytics.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The filters every report takes: payor, contract, procedure code and a date range (dates of
 * service, or payment dates where the report is about payments), both ends inclusive.
 */
public record ReportFilter(UUID payorId, UUID contractId, String code, LocalDate from, LocalDate to) {

    public ReportFilter {
        code = code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Conditions on a table with payor_id, contract_id, code and service_date columns, starting with AND. */
    String sql(String alias) {
        return sql(alias + ".payor_id", alias + ".contract_id", alias + ".code", alias + ".service_date");
    }

    /** Conditions naming each column (null: the filter does not apply to this report), starting with AND. */
    String sql(String payor, String contract, String codeColumn, String date) {
        StringBuilder sql = new StringBuilder();
        if (payorId != null && payor != null) {
            sql.append(" AND ").append(payor).append(" = ?");
        }
        if (contractId != null && contract != null) {
            sql.append(" AND ").append(contract).append(" = ?");
        }
        if (code != null && codeColumn != null) {
            sql.append(" AND ").append(codeColumn).append(" = ?");
        }
        if (from != null && date != null) {
            sql.append(" AND ").append(date).append(" >= ?");
        }
        if (to != null && date != null) {
            sql.append(" AND ").append(date).append(" <= ?");
        }
        return sql.toString();
    }

    /** The parameters of {@link #sql}, in order, for the columns that were named. */
    List<Object> parameters(boolean payor, boolean contract, boolean codeColumn, boolean date) {
        List<Object> values = new ArrayList<>();
        if (payorId != null && payor) {
            values.add(payorId);
        }
        if (contractId != null && contract) {
            values.add(contractId);
        }
        if (code != null && codeColumn) {
            values.add(code);
        }
        if (from != null && date) {
            values.add(from);
        }
        if (to != null && date) {
            values.add(to);
        }
        return values;
    }

    List<Object> parameters() {
        return parameters(true, true, true, true);
    }
}
