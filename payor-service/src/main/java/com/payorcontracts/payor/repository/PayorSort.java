package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.PayorType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The orders a payor list can come in; each ends with the id so that pages never overlap, and each
 * runs one way on all its columns so a page token continues with one row comparison.
 */
public enum PayorSort {
    NAME("name", false, Key.NAME, Key.ID),
    NAME_DESC("-name", true, Key.NAME, Key.ID),
    TYPE("type", false, Key.TYPE, Key.NAME, Key.ID),
    STATUS("status", false, Key.STATUS, Key.NAME, Key.ID),
    CREATED("createdAt", false, Key.CREATED, Key.ID),
    CREATED_DESC("-createdAt", true, Key.CREATED, Key.ID),
    UPDATED("updatedAt", false, Key.UPDATED, Key.ID),
    UPDATED_DESC("-updatedAt", true, Key.UPDATED, Key.ID);

    /** Documented in the API: a field name, with a leading '-' for descending. */
    public static final String PARAMETER_PATTERN = "-?(name|type|status|createdAt|updatedAt)";

    private final String parameter;
    private final boolean descending;
    private final List<Key> keys;

    PayorSort(String parameter, boolean descending, Key... keys) {
        this.parameter = parameter;
        this.descending = descending;
        this.keys = List.of(keys);
    }

    public static Optional<PayorSort> parse(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }

    /** The query parameter that asks for this order. */
    public String parameter() {
        return parameter;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return "order by " + String.join(", ", keys.stream().map(k -> k.column + direction).toList());
    }

    /** A payor's values of this order's columns, as a page token keeps them. */
    public List<String> keyOf(Payor payor) {
        return keys.stream().map(k -> k.value.apply(payor)).toList();
    }

    /** HQL for "comes after the row with key :after0, :after1, ..." in this order. */
    String after() {
        String columns = String.join(", ", keys.stream().map(k -> k.compared).toList());
        String values = String.join(", ", keys.stream().map(k -> k.parameter(keys.indexOf(k))).toList());
        return "(" + columns + ") " + (descending ? "<" : ">") + " (" + values + ")";
    }

    /** The typed parameter values of a page token's key. */
    Object[] bind(List<String> after) {
        if (after.size() != keys.size()) {
            throw new IllegalArgumentException("a " + parameter + " key has " + keys.size() + " values");
        }
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i).parse.apply(after.get(i));
        }
        return values;
    }

    /** One column of an order: its HQL, how a payor's value is kept in a token and read back. */
    private enum Key {
        // The name is kept as written and lowered by PostgreSQL, so the comparison uses the order's own lower().
        NAME("lower(p.name)", p -> p.name, s -> s) {
            @Override
            String parameter(int index) {
                return "lower(:after" + index + ")";
            }
        },
        // Enums are stored and ordered by name; a parameter in a row comparison would bind the ordinal, so compare text.
        TYPE("p.type", "cast(p.type as String)", p -> p.type.name(), s -> PayorType.valueOf(s).name()),
        STATUS("p.status", "cast(p.status as String)", p -> p.status.name(), s -> PayorStatus.valueOf(s).name()),
        CREATED("p.createdAt", p -> p.createdAt.toString(), Instant::parse),
        UPDATED("p.updatedAt", p -> p.updatedAt.toString(), Instant::parse),
        ID("p.id", p -> p.id.toString(), UUID::fromString);

        final String column;
        final String compared;
        final Function<Payor, String> value;
        final Function<String, Object> parse;

        Key(String column, Function<Payor, String> value, Function<String, Object> parse) {
            this(column, column, value, parse);
        }

        Key(String column, String compared, Function<Payor, String> value, Function<String, Object> parse) {
            this.column = column;
            this.compared = compared;
            this.value = value;
            this.parse = parse;
        }

        String parameter(int index) {
            return ":after" + index;
        }
    }
}
