package io.worklane.domain.workitem;

/**
 * Fractional indexing for the manual order of a project's items (ADR 0052): a rank is a string that
 * compares byte by byte (SQL {@code COLLATE "C"}); {@link #between} makes a key strictly between two
 * others without touching either, so a move rewrites one row. A key is an integer part (a head letter
 * giving its length, {@code a0} is zero, {@code A…}/{@code Z…} are negative) and a fraction in base 62
 * that never ends with {@code 0}, as in the common "fractional-indexing" scheme: appends grow the
 * integer part (logarithmically), inserts between neighbours the fraction.
 */
public final class Rank {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String ZERO = "a0";
    private static final String SMALLEST = "A" + "0".repeat(26);

    private Rank() {
    }

    /** A key after {@code a} and before {@code b}; either may be null (the start, the end). */
    public static String between(String a, String b) {
        if (a != null && b != null && a.compareTo(b) >= 0) {
            throw new IllegalArgumentException(a + " is not before " + b);
        }
        if (a == null) {
            if (b == null) {
                return ZERO;
            }
            String ib = integer(b);
            if (ib.equals(SMALLEST)) {
                return ib + midpoint("", b.substring(ib.length()));
            }
            return ib.compareTo(b) < 0 ? ib : decrement(ib);
        }
        String ia = integer(a);
        String fa = a.substring(ia.length());
        if (b == null) {
            String next = increment(ia);
            return next == null ? ia + midpoint(fa, null) : next;
        }
        String ib = integer(b);
        if (ia.equals(ib)) {
            return ia + midpoint(fa, b.substring(ib.length()));
        }
        String next = increment(ia);
        return next != null && next.compareTo(b) < 0 ? next : ia + midpoint(fa, null);
    }

    /** A fraction strictly between {@code a} and {@code b} (null: 1). Neither ends with 0. */
    static String midpoint(String a, String b) {
        if (b != null) {
            int n = 0;
            while (n < b.length() && (n < a.length() ? a.charAt(n) : '0') == b.charAt(n)) {
                n++;
            }
            if (n > 0) {
                return b.substring(0, n) + midpoint(n < a.length() ? a.substring(n) : "", b.substring(n));
            }
        }
        int digitA = a.isEmpty() ? 0 : DIGITS.indexOf(a.charAt(0));
        int digitB = b != null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length();
        if (digitB - digitA > 1) {
            return String.valueOf(DIGITS.charAt(Math.round(0.5f * (digitA + digitB))));
        }
        if (b != null && b.length() > 1) {
            return b.substring(0, 1);
        }
        return DIGITS.charAt(digitA) + midpoint(a.isEmpty() ? "" : a.substring(1), null);
    }

    static String integer(String key) {
        char head = key.charAt(0);
        int length = head >= 'a' && head <= 'z' ? head - 'a' + 2 : head >= 'A' && head <= 'Z' ? 'Z' - head + 2 : -1;
        if (length < 0 || length > key.length()) {
            throw new IllegalArgumentException("not a rank: " + key);
        }
        return key.substring(0, length);
    }

    static String increment(String integer) {
        char head = integer.charAt(0);
        StringBuilder digits = new StringBuilder(integer.substring(1));
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = DIGITS.indexOf(digits.charAt(i)) + 1;
            if (d < DIGITS.length()) {
                digits.setCharAt(i, DIGITS.charAt(d));
                return head + digits.toString();
            }
            digits.setCharAt(i, '0');
        }
        if (head == 'Z') {
            return "a0";
        }
        if (head == 'z') {
            return null;
        }
        char next = (char) (head + 1);
        if (next > 'a') {
            digits.append('0');
        } else {
            digits.setLength(digits.length() - 1);
        }
        return next + digits.toString();
    }

    static String decrement(String integer) {
        char head = integer.charAt(0);
        StringBuilder digits = new StringBuilder(integer.substring(1));
        char last = DIGITS.charAt(DIGITS.length() - 1);
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = DIGITS.indexOf(digits.charAt(i)) - 1;
            if (d >= 0) {
                digits.setCharAt(i, DIGITS.charAt(d));
                return head + digits.toString();
            }
            digits.setCharAt(i, last);
        }
        if (head == 'a') {
            return "Z" + last;
        }
        if (head == 'A') {
            throw new IllegalStateException("no rank before " + integer);
        }
        char previous = (char) (head - 1);
        if (previous < 'Z') {
            digits.append(last);
        } else {
            digits.setLength(digits.length() - 1);
        }
        return previous + digits.toString();
    }
}
