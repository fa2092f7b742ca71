package io.worklane.api.support.contract;

import java.util.regex.Pattern;

/**
 * The shortest string a simple regular expression accepts, for the {@code pattern}s of a contract:
 * literals, escapes, character classes, groups, alternatives and quantifiers. A pattern beyond that
 * fails the case (NotCoveredYet) rather than sending a body the server would refuse as invalid.
 */
public final class PatternExample {
    private final String regex;
    private int at;

    private PatternExample(String regex) {
        this.regex = regex;
    }

    public static String of(String regex) {
        String example;
        try {
            example = new PatternExample(regex).alternatives();
        } catch (RuntimeException e) {
            throw new NotCoveredYet("No example for the pattern " + regex + ": " + e.getMessage());
        }
        if (!Pattern.compile(regex).matcher(example).find()) {
            throw new NotCoveredYet("No example for the pattern " + regex + " (tried '" + example + "')");
        }
        return example;
    }

    private String alternatives() {
        String first = sequence();
        while (peek() == '|') {
            at++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < regex.length() && peek() != '|' && peek() != ')') {
            String atom = atom();
            out.append(atom.repeat(minimumRepetitions()));
        }
        return out.toString();
    }

    private String atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '^', '$':
                return "";
            case '.':
                return "a";
            case '\\':
                return escape(regex.charAt(at++));
            case '[':
                return characterClass();
            case '(':
                if (regex.startsWith("?:", at)) {
                    at += 2;
                }
                String group = alternatives();
                expect(')');
                return group;
            default:
                return String.valueOf(c);
        }
    }

    private String characterClass() {
        if (peek() == '^') {
            throw new IllegalArgumentException("negated character classes are not supported");
        }
        char first = regex.charAt(at++);
        if (first == '\\') {
            first = escape(regex.charAt(at++)).charAt(0);
        }
        while (peek() != ']') {
            if (regex.charAt(at++) == '\\') {
                at++;
            }
        }
        at++;
        return String.valueOf(first);
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0";
            case 'w' -> "a";
            case 's' -> " ";
            default -> String.valueOf(c);
        };
    }

    /** The smallest count the quantifier after an atom allows (1 when there is none). */
    private int minimumRepetitions() {
        if (at >= regex.length()) {
            return 1;
        }
        char q = peek();
        int min;
        if (q == '?' || q == '*') {
            at++;
            min = 0;
        } else if (q == '+') {
            at++;
            min = 1;
        } else if (q == '{') {
            int end = regex.indexOf('}', at);
            String bounds = regex.substring(at + 1, end);
            at = end + 1;
            min = Integer.parseInt(bounds.split(",", -1)[0].trim());
        } else {
            return 1;
        }
        if (at < regex.length() && (peek() == '?' || peek() == '+')) {
            at++;
        }
        return min;
    }

    private char peek() {
        return at < regex.length() ? regex.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
    }
}
