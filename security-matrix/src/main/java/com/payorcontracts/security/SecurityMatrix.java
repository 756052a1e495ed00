package com.payorcontracts.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call which endpoint and who may see which restricted field, read from
 * {@code payorcontracts/security-matrix.csv}. Endpoint rules are tried in file order and the
 * first whose method and path pattern match decides; a request no rule matches is denied.
 */
public final class SecurityMatrix {

    /** Where the matrix lives on the classpath. */
    public static final String RESOURCE = "payorcontracts/security-matrix.csv";

    /** Every role the matrix knows, in the order the docs list them. */
    public static final List<String> ROLES = List.of("viewer", "contract-manager", "analyst", "billing-integration", "admin");

    /** One endpoint rule: the roles that may call {@code method pattern}. */
    public record Rule(String method, PathPattern pattern, Set<String> roles, String description, int line) {

        public boolean matches(String requestMethod, String path) {
            return matches(requestMethod, PathPattern.segments(path));
        }

        boolean matches(String requestMethod, String[] pathSegments) {
            return (method.equals("*") || method.equals(requestMethod)) && pattern.matches(pathSegments);
        }

        /** Whether this rule only catches what no rule above it names (a {@code **} on the API root). */
        public boolean isCatchAll() {
            return pattern.toString().equals("/api/v1/**");
        }
    }

    /** One restricted field: only these roles see it. */
    public record Field(String name, Set<String> roles, String description) {
    }

    private final List<Rule> rules;
    private final Map<String, Field> fields;

    private SecurityMatrix(List<Rule> rules, Map<String, Field> fields) {
        this.rules = List.copyOf(rules);
        this.fields = Map.copyOf(fields);
    }

    /** The matrix shipped in this jar. */
    public static SecurityMatrix load() {
        try (InputStream in = SecurityMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the CSV: {@code kind,method,pattern,roles,description}, kind {@code endpoint} or
     * {@code field} (a field line has no method; its pattern is the field's name). Roles are
     * separated by spaces. Lines starting with # and blank lines are comments.
     */
    public static SecurityMatrix parse(InputStream csv) throws IOException {
        List<Rule> rules = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.startsWith("kind,")) {
                    throw new IllegalArgumentException("line " + number + ": the header kind,method,pattern,roles,description comes first");
                }
                continue;
            }
            String[] cells = line.split(",", 5);
            if (cells.length < 4) {
                throw new IllegalArgumentException("line " + number + ": expected kind,method,pattern,roles,description: " + line);
            }
            Set<String> roles = roles(cells[3], number);
            String description = cells.length == 5 ? cells[4].strip() : "";
            switch (cells[0].strip()) {
                case "endpoint" -> rules.add(new Rule(method(cells[1], number), PathPattern.of(cells[2].strip()), roles, description, number));
                case "field" -> fields.put(cells[2].strip(), new Field(cells[2].strip(), roles, description));
                default -> throw new IllegalArgumentException("line " + number + ": kind is endpoint or field, not " + cells[0]);
            }
        }
        return new SecurityMatrix(rules, fields);
    }

    private static String method(String cell, int line) {
        String method = cell.strip().toUpperCase(Locale.ROOT);
        if (!Set.of("*", "GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
            throw new IllegalArgumentException("line " + line + ": unknown method " + cell);
        }
        return method;
    }

    private static Set<String> roles(String cell, int line) {
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(cell.strip().split("\\s+")));
        roles.remove("");
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("line " + line + ": unknown role " + role);
            }
        }
        return Set.copyOf(roles);
    }

    /** The first rule that matches, if any. HEAD is decided as GET. */
    public Optional<Rule> ruleFor(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        String effective = m.equals("HEAD") ? "GET" : m;
        String[] segments = PathPattern.segments(path);
        for (Rule rule : rules) {
            if (rule.matches(effective, segments)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether a caller holding {@code roles} may call {@code method path}. */
    public boolean allowed(String method, String path, Collection<String> roles) {
        return ruleFor(method, path).map(rule -> roles.stream().anyMatch(rule.roles()::contains)).orElse(false);
    }

    /** Whether a caller holding {@code roles} may see the restricted field {@code name}; an unknown field is seen by nobody. */
    public boolean fieldVisible(String name, Collection<String> roles) {
        Field field = fields.get(name);
        return field != null && roles.stream().anyMatch(field.roles()::contains);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Collection<Field> fields() {
        return fields.values();
    }

    /** The matrix as the Markdown tables of docs/security.md: one row per rule, one column per role. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| method | path | ").append(String.join(" | ", ROLES)).append(" | what |\n");
        out.append("|---|---|").append("---|".repeat(ROLES.size())).append("---|\n");
        for (Rule rule : rules) {
            out.append("| ").append(rule.method()).append(" | `").append(rule.pattern()).append("` | ");
            for (String role : ROLES) {
                out.append(rule.roles().contains(role) ? "yes" : "").append(" | ");
            }
            out.append(rule.description()).append(" |\n");
        }
        out.append("\nRestricted fields (left out of the response for every other role):\n\n");
        out.append("| field | ").append(String.join(" | ", ROLES)).append(" | what |\n");
        out.append("|---|").append("---|".repeat(ROLES.size())).append("---|\n");
        for (Field field : fields.values()) {
            out.append("| `").append(field.name()).append("` | ");
            for (String role : ROLES) {
                out.append(field.roles().contains(role) ? "yes" : "").append(" | ");
            }
            out.append(field.description()).append(" |\n");
        }
        return out.toString();
    }
}
