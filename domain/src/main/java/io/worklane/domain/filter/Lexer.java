package io.worklane.domain.filter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a filter text into tokens; positions count characters (code points) from 1. */
final class Lexer {
    private static final Pattern UUID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    // "today+3d" needs its own rule: '+' is not a word character, '-' is
    private static final Pattern TODAY_PLUS = Pattern.compile("(?i)today\\+\\d{1,5}d");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                tokens.add(new Token(Token.Type.END, "", "", position(text.length())));
                return;
            }
            char c = text.charAt(i);
            if ("(),=~".indexOf(c) >= 0) {
                symbol(1);
            } else if (c == '<' || c == '>') {
                symbol(next() == '=' ? 2 : 1);
            } else if (c == '!') {
                if (next() != '=') {
                    throw new FilterProblem("Unexpected '!'", position(i), "did you mean '!='?");
                }
                symbol(2);
            } else if (c == '"') {
                string();
            } else if (Character.isDigit(c) || (c == '-' && Character.isDigit(next()))) {
                numberOrDate();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                throw new FilterProblem("Unexpected character '" + Character.toString(text.codePointAt(i)) + "'",
                        position(i));
            }
        }
    }

    private char next() {
        return i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    }

    private void symbol(int length) {
        add(Token.Type.SYMBOL, i + length, text.substring(i, i + length));
    }

    private void string() {
        int start = i;
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"') {
            char c = text.charAt(j);
            if (c == '\\') {
                char escaped = j + 1 < text.length() ? text.charAt(j + 1) : '\0';
                if (escaped != '"' && escaped != '\\') {
                    throw new FilterProblem("Unknown escape '\\" + (escaped == '\0' ? "" : escaped) + "'", position(j),
                            "inside quotes write \\\" for a quote and \\\\ for a backslash");
                }
                value.append(escaped);
                j += 2;
            } else {
                value.append(c);
                j++;
            }
        }
        if (j >= text.length()) {
            throw new FilterProblem("Unclosed string opened", position(start), "end it with '\"'");
        }
        add(Token.Type.STRING, j + 1, value.toString());
    }

    private void numberOrDate() {
        if (Character.isDigit(text.charAt(i)) && matches(UUID)) {
            return; // an id: a bare word that happens to start with a digit
        }
        int end = end(DATE);
        if (end > 0 && !isWordChar(end)) {
            String date = text.substring(i, end);
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new FilterProblem("Invalid date '" + date + "'", position(i), "write a real date as YYYY-MM-DD");
            }
            add(Token.Type.DATE, end, date);
            return;
        }
        end = end(NUMBER);
        if (isWordChar(end)) {
            int stop = end;
            while (isWordChar(stop)) {
                stop++;
            }
            throw new FilterProblem("Malformed number '" + text.substring(i, stop) + "'", position(i),
                    "write numbers like 100 or 12.5, dates like 2026-12-01, and quote other text");
        }
        add(Token.Type.NUMBER, end, text.substring(i, end));
    }

    private void word() {
        int end = end(TODAY_PLUS);
        if (end < 0 || isWordChar(end)) {
            end = i;
            while (end < text.length() && isWordChar(end)) {
                end++;
            }
        }
        add(Token.Type.WORD, end, text.substring(i, end));
    }

    private boolean matches(Pattern pattern) {
        int end = end(pattern);
        if (end < 0 || isWordChar(end)) {
            return false;
        }
        add(Token.Type.WORD, end, text.substring(i, end));
        return true;
    }

    /** Where {@code pattern} matched from the current index ends, or -1. */
    private int end(Pattern pattern) {
        Matcher m = pattern.matcher(text).region(i, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** Bare words hold letters, digits, '_', '.' and '-': state keys, item keys (ENG-4), customFields.cost. */
    private boolean isWordChar(int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private void add(Token.Type type, int end, String value) {
        tokens.add(new Token(type, text.substring(i, end), value, position(i)));
        i = end;
    }

    private int position(int index) {
        return text.codePointCount(0, index) + 1;
    }
}
