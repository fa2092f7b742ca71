package io.worklane.domain.form;

import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.Priority;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One question of a form: its key in a submission, what a front end shows (label, help text), how it is
 * answered (type, options), whether it must be, how it is checked ({@code minLength}/{@code maxLength} for text,
 * {@code minimum}/{@code maximum} for numbers, {@code pattern} a regular expression a text answer must match
 * whole) and where the answer goes on the new item ({@link FormTarget}).
 */
public record FormField(String key, String label, String helpText, FormFieldType type, String target,
                        boolean required, List<String> options, Integer minLength, Integer maxLength,
                        Double minimum, Double maximum, String pattern) {
    public static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z0-9_]{0,39}$");
    /** Text answers are at most this long unless the field says less. */
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_OPTIONS = 100;

    public FormField {
        options = options == null ? List.of() : List.copyOf(options.stream().map(o -> o == null ? "" : o).toList());
    }

    /** The longest text answer taken. */
    public int textLimit() {
        return maxLength == null ? MAX_TEXT : Math.min(maxLength, MAX_TEXT);
    }

    void validate(Validation v, String at) {
        v.text(key, at + ".key", 1, 40).matches(key, KEY, at + ".key",
                        "must start with a lower-case letter; letters, digits and _ only, at most 40 characters")
                .require(!FormAnswers.RESERVED.contains(String.valueOf(key)), at + ".key", "RESERVED",
                        "email and " + FormAnswers.HONEYPOT + " are the form's own fields")
                .text(label, at + ".label", 1, 200).text(helpText, at + ".helpText", 0, 1000)
                .require(type != null, at + ".type", "REQUIRED", "is required: " + Arrays.toString(FormFieldType.values()));
        if (type == null) {
            return;
        }
        FormTarget.refusal(target, type).ifPresent(why -> v.require(false, at + ".target", "INVALID_TARGET", why));
        v.require(type.hasOptions() ? !options.isEmpty() : options.isEmpty(), at + ".options",
                        type.hasOptions() ? "REQUIRED" : "NOT_ALLOWED",
                        type.hasOptions() ? "a " + type + " field needs options" : "only SELECT and MULTI_SELECT have options")
                .require(options.size() <= MAX_OPTIONS, at + ".options", "TOO_MANY", "at most " + MAX_OPTIONS)
                .require(options.size() == new HashSet<>(options).size(), at + ".options", "DUPLICATE", "must be unique")
                .require(options.stream().allMatch(o -> !o.isBlank() && o.length() <= 100), at + ".options",
                        "INVALID", "each option has 1 to 100 characters");
        if (FormTarget.PRIORITY.equals(target)) {
            v.require(options.stream().allMatch(FormField::isPriority), at + ".options", "INVALID",
                    "priority options are priorities: " + Arrays.toString(Priority.values()));
        }
        checkBounds(v, at);
    }

    private void checkBounds(Validation v, String at) {
        v.require(minLength == null && maxLength == null && pattern == null || type.isText(), at + ".maxLength",
                        "NOT_ALLOWED", "minLength, maxLength and pattern check text answers only")
                .require(minimum == null && maximum == null || type == FormFieldType.NUMBER, at + ".minimum",
                        "NOT_ALLOWED", "minimum and maximum check NUMBER answers only")
                .require(maxLength == null || maxLength >= 1 && maxLength <= MAX_TEXT, at + ".maxLength", "OUT_OF_RANGE",
                        "from 1 to " + MAX_TEXT)
                .require(minLength == null || minLength >= 0 && (maxLength == null || minLength <= maxLength),
                        at + ".minLength", "OUT_OF_RANGE", "from 0 to maxLength")
                .require(minimum == null || maximum == null || minimum <= maximum, at + ".minimum", "OUT_OF_RANGE",
                        "at most maximum")
                .require(pattern == null || pattern.length() <= 500 && compiles(pattern), at + ".pattern",
                        "INVALID_FORMAT", "a regular expression of at most 500 characters");
    }

    private static boolean isPriority(String option) {
        return Arrays.stream(Priority.values()).anyMatch(p -> p.name().equals(option));
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
