package io.worklane.domain.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the tokens. Precedence, tightest first: NOT, AND, OR.
 * <pre>
 * filter    := or END
 * or        := and (OR and)*
 * and       := unary (AND unary)*
 * unary     := NOT* primary
 * primary   := '(' or ')' | predicate
 * predicate := field (op value | [NOT] IN '(' value (',' value)* ')' | CONTAINS value | IS [NOT] EMPTY)
 * </pre>
 */
final class Parser {
    static final int MAX_DEPTH = 20;
    static final int MAX_TERMS = 100;
    /** Lists are stricter: their filters become SQL, and a page must stay cheap to plan. */
    static final int LIST_MAX_DEPTH = 10;
    static final int LIST_MAX_TERMS = 50;

    private final List<Token> tokens;
    private final boolean list;
    private final int maxDepth;
    private final int maxTerms;
    private final Set<String> fields = new LinkedHashSet<>();
    private int index;
    private int depth;
    private int terms;

    Parser(List<Token> tokens) {
        this(tokens, false);
    }

    /** {@code list}: the fields and limits of list filters. */
    Parser(List<Token> tokens, boolean list) {
        this(tokens, list, list);
    }

    /** {@code listFields}: the fields of list filters; {@code listLimits}: their nesting and size limits. */
    Parser(List<Token> tokens, boolean listFields, boolean listLimits) {
        this.tokens = tokens;
        this.list = listFields;
        this.maxDepth = listLimits ? LIST_MAX_DEPTH : MAX_DEPTH;
        this.maxTerms = listLimits ? LIST_MAX_TERMS : MAX_TERMS;
    }

    boolean forList() {
        return list;
    }

    Node parse() {
        if (peek().type() == Token.Type.END) {
            throw new FilterProblem("Expected a field name", peek().position(), "the filter is empty");
        }
        Node root = or(null);
        Token rest = peek();
        if (rest.isSymbol(")")) {
            throw new FilterProblem("Unexpected ')'", rest.position(), "it closes no '('");
        }
        if (rest.type() != Token.Type.END) {
            throw new FilterProblem("Expected AND, OR or the end of the filter", rest.position(), rest.found());
        }
        return root;
    }

    Set<String> fields() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(fields));
    }

    private Node or(Token opened) {
        List<Node> parts = new ArrayList<>(List.of(and(opened)));
        while (peek().is("OR")) {
            parts.add(and(next()));
        }
        return parts.size() == 1 ? parts.get(0) : new Node.Any(List.copyOf(parts));
    }

    private Node and(Token after) {
        List<Node> parts = new ArrayList<>(List.of(unary(after)));
        while (peek().is("AND")) {
            parts.add(unary(next()));
        }
        return parts.size() == 1 ? parts.get(0) : new Node.All(List.copyOf(parts));
    }

    /** Consecutive NOTs are read in a loop, so a long chain of them cannot exhaust the stack. */
    private Node unary(Token after) {
        int nots = 0;
        while (peek().is("NOT")) {
            after = next();
            nots++;
        }
        Node node = primary(after);
        for (int i = 0; i < nots; i++) {
            node = new Node.Not(node);
        }
        return node;
    }

    private Node primary(Token after) {
        Token t = peek();
        if (t.isSymbol("(")) {
            next();
            if (++depth > maxDepth) {
                throw new FilterProblem("Nesting deeper than " + maxDepth + " levels", t.position(),
                        "remove some parentheses");
            }
            Node inner = or(t);
            Token close = peek();
            if (close.type() == Token.Type.END) {
                throw new FilterProblem("Unclosed '(' opened", t.position(), "add ')'");
            }
            if (!close.isSymbol(")")) {
                throw new FilterProblem("Expected AND, OR or ')'", close.position(), close.found());
            }
            next();
            depth--;
            return inner;
        }
        if (t.type() != Token.Type.WORD || t.isKeyword()) {
            String where = after == null ? "" : " after " + spelled(after);
            throw new FilterProblem("Expected a field name or '('" + where, t.position(), t.found());
        }
        return new Predicates(this).predicate(next());
    }

    void countTerm(Token field) {
        if (++terms > maxTerms) {
            throw new FilterProblem("More than " + maxTerms + " conditions", field.position(),
                    "split the filter into simpler ones");
        }
    }

    void used(String field) {
        fields.add(field);
    }

    Token peek() {
        return tokens.get(index);
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.type() != Token.Type.END) {
            index++;
        }
        return t;
    }

    static String spelled(Token t) {
        return t.type() == Token.Type.WORD ? t.text().toUpperCase(java.util.Locale.ROOT) : "'" + t.text() + "'";
    }
}
