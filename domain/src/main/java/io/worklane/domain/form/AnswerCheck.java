package io.worklane.domain.form;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One answer checked against its field: the problem, if any, and the value the item gets. */
final class AnswerCheck {
    record Problem(String code, String message) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    /** A field's pattern gets this many character reads per answer: a pathological expression cannot hang us. */
    private static final int PATTERN_BUDGET = 1_000_000;

    private AnswerCheck() {
    }

    static Optional<Problem> of(FormField f, Object raw) {
        return switch (f.type()) {
            case TEXT, LONG_TEXT, EMAIL, URL -> raw instanceof String s ? text(f, s) : bad("must be a text");
            case NUMBER -> number(f, raw);
            case DATE -> raw instanceof String s && isDate(s) ? none() : bad("must be a date YYYY-MM-DD");
            case CHECKBOX -> raw instanceof Boolean ? none() : bad("must be true or false");
            case SELECT -> raw instanceof String s && f.options().contains(s) ? none()
                    : bad("must be one of " + f.options());
            case MULTI_SELECT -> raw instanceof List<?> l && l.stream().allMatch(f.options()::contains)
                    && new HashSet<>(l).size() == l.size() ? none() : bad("must be a list of distinct options from "
                    + f.options());
        };
    }

    /** The answer as the item's field takes it (numbers as decimals, text as sent). */
    static Object value(FormField f, Object raw) {
        return f.type() == FormFieldType.NUMBER ? new BigDecimal(raw.toString()) : raw;
    }

    private static Optional<Problem> text(FormField f, String s) {
        int length = s.codePointCount(0, s.length());
        int limit = FormAnswers.limit(f);
        if (length > limit) {
            return Optional.of(new Problem("TOO_LONG", "must have at most " + limit + " characters"));
        }
        if (f.minLength() != null && length < f.minLength()) {
            return Optional.of(new Problem("TOO_SHORT", "must have at least " + f.minLength() + " characters"));
        }
        if (f.type() == FormFieldType.EMAIL && !EMAIL.matcher(s).matches()) {
            return invalid("must be an email address such as ada@example.com");
        }
        if (f.type() == FormFieldType.URL && !isWebAddress(s)) {
            return invalid("must be an absolute http(s) URL");
        }
        if (f.pattern() != null && !matches(f.pattern(), s)) {
            return invalid("does not have the expected form");
        }
        return none();
    }

    private static Optional<Problem> number(FormField f, Object raw) {
        if (!(raw instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return bad("must be a number");
        }
        if (f.minimum() != null && n.doubleValue() < f.minimum() || f.maximum() != null && n.doubleValue() > f.maximum()) {
            return Optional.of(new Problem("OUT_OF_RANGE", "must be from " + bound(f.minimum()) + " to "
                    + bound(f.maximum())));
        }
        return none();
    }

    private static String bound(Double d) {
        return d == null ? "any" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static boolean matches(String regex, String s) {
        try {
            return Pattern.compile(regex).matcher(new Budgeted(s, PATTERN_BUDGET)).matches();
        } catch (Budgeted.Spent e) {
            return false;
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<Problem> bad(String message) {
        return Optional.of(new Problem("INVALID_VALUE", message));
    }

    private static Optional<Problem> invalid(String message) {
        return Optional.of(new Problem("INVALID_FORMAT", message));
    }

    private static Optional<Problem> none() {
        return Optional.empty();
    }

    /** Text whose characters may be read a bounded number of times. */
    private record Budgeted(String text, int[] left) implements CharSequence {
        static final class Spent extends RuntimeException {
            Spent() {
                super(null, null, false, false);
            }
        }

        Budgeted(String text, int budget) {
            this(text, new int[] {budget});
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Spent();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
