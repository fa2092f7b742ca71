package io.worklane.domain.filter;

/**
 * One lexical unit. {@code value} is what the token stands for: the unescaped content of a
 * string, otherwise the text as written. {@code position} is 1-based, in characters.
 */
record Token(Type type, String text, String value, int position) {
    enum Type { WORD, STRING, NUMBER, DATE, SYMBOL, END }

    private static final java.util.Set<String> KEYWORDS =
            java.util.Set.of("AND", "OR", "NOT", "IN", "CONTAINS", "IS", "EMPTY");

    boolean is(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword() {
        return type == Type.WORD && KEYWORDS.contains(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** A literal: quoted text, a number, a date or a bare word that is not a keyword. */
    boolean isValue() {
        return type == Type.STRING || type == Type.NUMBER || type == Type.DATE || (type == Type.WORD && !isKeyword());
    }

    /** How a message names what was found. */
    String found() {
        return type == Type.END ? "found the end of the filter" : "found " + (type == Type.STRING ? text : "'" + text + "'");
    }
}
