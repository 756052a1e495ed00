package com.payorcontracts.testing;

import com.payorcontracts.security.SecurityMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The security matrix as test cases: for each line, a request that this line (and no line above
 * it) decides, tried with every role. Made from the lines themselves, so a new line is tested
 * without touching a test.
 */
public final class MatrixCases {

    /** One request by one role, and whether the matrix lets it through. */
    public record Case(String method, String path, String role, boolean allowed, int line) {

        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + path + " as " + role + (allowed ? " allowed" : " refused");
        }
    }

    private static final SecurityMatrix MATRIX = SecurityMatrix.load();
    private static final List<String> ANY_METHOD = List.of("DELETE", "PUT", "PATCH", "POST", "GET");

    private MatrixCases() {
    }

    /**
     * The cases of every line under these path prefixes (a service's routes), the catch-all line
     * included where a request under them reaches it.
     */
    public static List<Case> under(String... prefixes) {
        List<Case> cases = new ArrayList<>();
        for (SecurityMatrix.Rule rule : MATRIX.rules()) {
            Optional<String[]> request = rule.isCatchAll() ? unlistedRequest(rule, prefixes) : listedRequest(rule, prefixes);
            request.ifPresent(r -> {
                for (String role : SecurityMatrix.ROLES) {
                    cases.add(new Case(r[0], r[1], role, rule.roles().contains(role), rule.line()));
                }
            });
        }
        return cases;
    }

    private static Optional<String[]> listedRequest(SecurityMatrix.Rule rule, String[] prefixes) {
        String pattern = rule.pattern().toString();
        for (String prefix : prefixes) {
            if (pattern.equals(prefix) || pattern.startsWith(prefix + "/")) {
                String path = pattern.replace("/**", "/x").replace("*", "7");
                Optional<String[]> decided = decidedBy(rule, path);
                if (decided.isEmpty()) {
                    throw new AssertionError("no request is decided by line " + rule.line() + "; is it shadowed by a line above?");
                }
                return decided;
            }
        }
        return Optional.empty();
    }

    private static Optional<String[]> unlistedRequest(SecurityMatrix.Rule rule, String[] prefixes) {
        for (String prefix : prefixes) {
            Optional<String[]> decided = decidedBy(rule, prefix + "/unlisted");
            if (decided.isPresent()) {
                return decided;
            }
        }
        return Optional.empty();
    }

    private static Optional<String[]> decidedBy(SecurityMatrix.Rule rule, String path) {
        List<String> methods = rule.method().equals("*") ? ANY_METHOD : List.of(rule.method());
        for (String method : methods) {
            if (MATRIX.ruleFor(method, path).orElseThrow() == rule) {
                return Optional.of(new String[]{method, path});
            }
        }
        return Optional.empty();
    }
}
