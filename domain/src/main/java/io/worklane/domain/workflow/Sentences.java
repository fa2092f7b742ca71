package io.worklane.domain.workflow;

import java.util.List;

/** Small helpers so that guard reasons read as plain English. */
final class Sentences {
    private Sentences() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> words) {
        return join(words, "and");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> words) {
        return join(words, "or");
    }

    private static String join(List<String> words, String last) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " " + words.get(words.size() - 1);
    }
}
