package io.worklane.domain.filter;

import java.util.ArrayList;
import java.util.List;

/** Parses one comparison, from its field name to its last value, for {@link Parser}. */
final class Predicates {
    private static final String OPERATORS = "=, !=, <, <=, >, >=, ~, IN, NOT IN, CONTAINS, IS EMPTY, IS NOT EMPTY";

    private final Parser parser;

    Predicates(Parser parser) {
        this.parser = parser;
    }

    Node predicate(Token name) {
        parser.countTerm(name);
        Field field = field(name);
        parser.used(field.name());
        Token opToken = parser.next();
        Operator op = operator(name, opToken);
        if (!field.kind().allows(op)) {
            throw new FilterProblem("Operator '" + op.spelling() + "' does not apply to '" + field.name() + "'",
                    opToken.position(), "'" + field.name() + "' allows " + field.kind().allowed());
        }
        if (op.takesNoValue()) {
            return new Node.Predicate(field, op, List.of(), name.position());
        }
        if (op.takesList()) {
            return new Node.Predicate(field, op, list(field), name.position());
        }
        return new Node.Predicate(field, op, List.of(value(field, opToken)), name.position());
    }

    private Field field(Token name) {
        Field field = FilterFields.find(name.text(), parser.forList());
        if (field == null) {
            throw new FilterProblem("Unknown field '" + name.text() + "'", name.position(),
                    "known fields: " + FilterFields.known(parser.forList()));
        }
        String key = field.name().substring(Math.min(field.name().length(), FilterFields.CUSTOM_PREFIX.length()));
        if (field.kind() == FieldKind.DYNAMIC && !FilterFields.isCustomKey(key)) {
            throw new FilterProblem("Invalid custom field key '" + key + "'", name.position(),
                    "keys are lower_snake_case, e.g. customFields.cost");
        }
        return field;
    }

    private Operator operator(Token name, Token t) {
        Operator symbol = t.type() == Token.Type.SYMBOL ? Operator.ofSymbol(t.text()) : null;
        if (symbol != null) {
            return symbol;
        }
        if (t.is("IN")) {
            return Operator.IN;
        }
        if (t.is("CONTAINS")) {
            return Operator.CONTAINS;
        }
        if (t.is("NOT")) {
            Token in = parser.next();
            if (!in.is("IN")) {
                throw new FilterProblem("Expected IN after NOT", in.position(), in.found());
            }
            return Operator.NOT_IN;
        }
        if (t.is("IS")) {
            boolean not = parser.peek().is("NOT");
            if (not) {
                parser.next();
            }
            Token empty = parser.next();
            if (!empty.is("EMPTY")) {
                throw new FilterProblem("Expected " + (not ? "EMPTY after IS NOT" : "EMPTY or NOT EMPTY after IS"),
                        empty.position(), empty.found());
            }
            return not ? Operator.IS_NOT_EMPTY : Operator.IS_EMPTY;
        }
        String found = t.type() == Token.Type.END ? "" : t.found() + "; ";
        throw new FilterProblem("Expected an operator after '" + name.text() + "'", t.position(),
                found + "use one of " + OPERATORS);
    }

    private List<Object> list(Field field) {
        Token open = parser.next();
        if (!open.isSymbol("(")) {
            throw new FilterProblem("Expected '(' after IN", open.position(), open.found());
        }
        List<Object> values = new ArrayList<>();
        Token after = open;
        while (true) {
            values.add(value(field, after));
            Token t = parser.next();
            if (t.isSymbol(")")) {
                return List.copyOf(values);
            }
            if (t.type() == Token.Type.END) {
                throw new FilterProblem("Unclosed '(' opened", open.position(), "add ')'");
            }
            if (!t.isSymbol(",")) {
                throw new FilterProblem("Expected ',' or ')'", t.position(), t.found());
            }
            after = t;
        }
    }

    private Object value(Field field, Token after) {
        Token t = parser.peek();
        if (!t.isValue()) {
            String found = t.type() == Token.Type.END ? null
                    : t.found() + (t.isKeyword() ? " (quote it to use it as a value)" : "");
            throw new FilterProblem("Expected a value after '" + after.text() + "'", t.position(), found);
        }
        return Values.of(field, parser.next());
    }
}
