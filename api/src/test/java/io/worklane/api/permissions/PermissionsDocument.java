package io.worklane.api.permissions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/permissions.md read into its two tables: the Roles table (role → scope names) and the
 * Operations table (REST operationId, GraphQL root field or {@code Type.field} → its declaration).
 */
record PermissionsDocument(Map<String, List<String>> roles, Map<String, Declaration> operations) {
    static final Path PATH = Path.of("../docs/permissions.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** One row of the Operations table. {@code scopes}: the backticked names of the scope cell. */
    record Declaration(String operation, String api, String text, List<String> scopes) {
        /** A row "none: …": the operation is open, its own signed link (or token) being the credential. */
        boolean openWithASignedLink() {
            return scopes.isEmpty() && text.startsWith("none");
        }

        boolean byInstanceAdministratorOnly() {
            return scopes.isEmpty() && text.startsWith("instance administrator");
        }

        /** The one scope the operation needs, if the row names exactly one. */
        Optional<String> scope() {
            return scopes.size() == 1 ? Optional.of(scopes.get(0)) : Optional.empty();
        }

        boolean isRest() {
            return api.contains("REST");
        }

        boolean isGraphQL() {
            return api.contains("GraphQL");
        }
    }

    static PermissionsDocument read() {
        try {
            List<String> lines = Files.readAllLines(PATH);
            Map<String, List<String>> roles = new LinkedHashMap<>();
            for (List<String> row : table(lines, "## Roles")) {
                roles.put(row.get(0), backticked(row.get(1)));
            }
            Map<String, Declaration> operations = new LinkedHashMap<>();
            for (List<String> row : table(lines, "## Operations")) {
                if (row.size() < 3) {
                    throw new IllegalStateException(PATH + ": the Operations row " + row + " needs 3 cells: operation | API | scope");
                }
                Declaration d = new Declaration(row.get(0), row.get(1), row.get(2), backticked(row.get(2)));
                if (operations.put(d.operation(), d) != null) {
                    throw new IllegalStateException(PATH + ": " + d.operation() + " has two rows in the Operations table");
                }
            }
            return new PermissionsDocument(roles, operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Declaration> declarationOf(String operation) {
        return Optional.ofNullable(operations.get(operation));
    }

    /** The body rows of the first Markdown table after the heading, cells trimmed. */
    private static List<List<String>> table(List<String> lines, String heading) {
        int at = lines.indexOf(heading);
        if (at < 0) {
            throw new IllegalStateException(PATH + " has no section '" + heading + "'");
        }
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("## ") || (inTable && !line.startsWith("|"))) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                rows.add(cells(line));
            }
        }
        if (rows.size() < 2) {
            throw new IllegalStateException(PATH + ": no table under '" + heading + "'");
        }
        return rows.subList(2, rows.size()); // header and |---| separator
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private static List<String> backticked(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
