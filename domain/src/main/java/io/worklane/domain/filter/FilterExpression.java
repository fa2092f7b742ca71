package io.worklane.domain.filter;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A condition on work items, written in Worklane's filter language, e.g.
 * {@code priority IN (HIGH, URGENT) AND dueDate < today+7d} or
 * {@code labels CONTAINS "customer" OR NOT (assignees IS EMPTY)}.
 *
 * <p>Parsing checks everything that can be checked without an item: syntax, field names, operators
 * each field allows, enum values and the type of literals. Empty values (null, blank text, empty
 * list, missing custom field) follow one rule: {@code IS EMPTY} is true; {@code !=}, {@code NOT IN}
 * are true, because they are exactly {@code NOT (… = …)} and {@code NOT (… IN …)}; every other
 * comparison ({@code =}, {@code <}, {@code ~}, {@code IN}, {@code CONTAINS} …) is false. A custom
 * field compares by the runtime type of its value (number, money amount, date text, text, boolean,
 * list); a literal of another type never matches it, so {@code =} is false and {@code !=} true.
 * Text {@code =} is exact; {@code ~} is a case-insensitive "contains". Timestamps compare by their
 * UTC date. Keywords and built-in field names ignore case; state keys and labels do not.
 */
public final class FilterExpression {
    public static final int MAX_LENGTH = 2000;
    public static final int MAX_DEPTH = Parser.MAX_DEPTH;
    public static final int MAX_TERMS = Parser.MAX_TERMS;

    private final String text;
    private final Node root;
    private final Set<String> fields;

    private FilterExpression(String text, Node root, Set<String> fields) {
        this.text = text;
        this.root = root;
        this.fields = fields;
    }

    /** Parses {@code text}; a refusal names the field {@code filter}. */
    public static FilterExpression parse(String text) {
        return parse(text, "filter");
    }

    /** Parses {@code text}; a refusal (VALIDATION_FAILED, code INVALID_FILTER) names {@code fieldPath}. */
    public static FilterExpression parse(String text, String fieldPath) {
        try {
            String source = text == null ? "" : text;
            int length = source.codePointCount(0, source.length());
            if (length > MAX_LENGTH) {
                throw new FilterProblem("Filter is too long", MAX_LENGTH + 1,
                        "at most " + MAX_LENGTH + " characters are allowed, it has " + length);
            }
            Parser parser = new Parser(Lexer.tokens(source));
            Node root = parser.parse();
            return new FilterExpression(source, root, parser.fields());
        } catch (FilterProblem e) {
            throw DomainException.validation(List.of(new FieldError(fieldPath, "INVALID_FILTER", e.getMessage())));
        }
    }

    /**
     * Parses the filter of a list ({@code filter=} on REST, {@code where} in GraphQL): the fields of
     * {@link FilterFields#forLists()}, at most 10 levels of parentheses and 50 conditions. A refusal is
     * 400 INVALID_FILTER naming {@code fieldPath}, the position and what was expected there.
     */
    public static FilterExpression parseForList(String text, String fieldPath) {
        return parseStrictly(text, fieldPath, true);
    }

    /**
     * Parses the filter of a webhook subscription: the item fields (those an event's item carries, as
     * automation conditions read them) under the limits of list filters. A refusal is 400 INVALID_FILTER.
     */
    public static FilterExpression parseForEvents(String text, String fieldPath) {
        return parseStrictly(text, fieldPath, false);
    }

    private static FilterExpression parseStrictly(String text, String fieldPath, boolean listFields) {
        try {
            String source = text == null ? "" : text;
            int length = source.codePointCount(0, source.length());
            if (length > MAX_LENGTH) {
                throw new FilterProblem("Filter is too long", MAX_LENGTH + 1,
                        "at most " + MAX_LENGTH + " characters are allowed, it has " + length);
            }
            Parser parser = new Parser(Lexer.tokens(source), listFields, true);
            Node root = parser.parse();
            return new FilterExpression(source, root, parser.fields());
        } catch (FilterProblem e) {
            throw new DomainException(ErrorCode.INVALID_FILTER, fieldPath + ": " + e.getMessage(),
                    List.of(new FieldError(fieldPath, "INVALID_FILTER", e.getMessage())));
        }
    }

    /**
     * Checks the custom fields this list filter names against the workspace's definitions (key to the
     * types it has in its projects): an unknown key or a literal of another type is 400 INVALID_FILTER.
     */
    public FilterExpression checkCustomFields(java.util.Map<String, Set<io.worklane.domain.project.CustomFieldType>> defined,
                                              String fieldPath) {
        try {
            CustomFieldCheck.check(root, defined);
            return this;
        } catch (FilterProblem e) {
            throw new DomainException(ErrorCode.INVALID_FILTER, fieldPath + ": " + e.getMessage(),
                    List.of(new FieldError(fieldPath, "INVALID_FILTER", e.getMessage())));
        }
    }

    /** Both this condition and {@code other} (a saved view's filter narrowed by a caller's); null: this one. */
    public FilterExpression and(FilterExpression other) {
        if (other == null) {
            return this;
        }
        Set<String> both = new java.util.LinkedHashSet<>(fields);
        both.addAll(other.fields);
        return new FilterExpression("(" + text + ") AND (" + other.text + ")", new Node.All(List.of(root, other.root)),
                both);
    }

    /** Whether the filter names a custom field (then it is checked against the definitions). */
    public boolean namesCustomFields() {
        return fields.stream().anyMatch(f -> f.startsWith(FilterFields.CUSTOM_PREFIX));
    }

    /** Evaluates with today's UTC date for {@code today}-relative dates. */
    public boolean matches(WorkItem item) {
        return matches(item, LocalDate.now(ZoneOffset.UTC));
    }

    public boolean matches(WorkItem item, LocalDate today) {
        return root.matches(item, FilterContext.on(today));
    }

    /** Evaluates with the facts around the item that list-only fields read. */
    public boolean matches(WorkItem item, FilterContext context) {
        return root.matches(item, context);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The fields the filter names, canonically spelled, in order of first use. */
    public Set<String> fields() {
        return fields;
    }

    /** The parsed form with every group in parentheses: shows how precedence was applied. */
    String canonical() {
        return root.toString();
    }

    /** The syntax tree, for compiling the filter into a query. */
    public Node root() {
        return root;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterExpression f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
