package io.worklane.domain.search;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as asked: its text (1 to {@value #MAX_LENGTH} characters, free words, "quoted phrases", -excluded,
 * or) and the kinds of object to look at. Text shaped like a work item key ({@code OPS-1}) also matches the
 * items whose key starts with it.
 */
public record SearchQuery(String text, Set<SearchType> types, String keyPrefix, String keyNumber) {
    public static final int MAX_LENGTH = 1000;
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,9})-(\\d{1,18})");

    /** Reads the text and the types ({@code null} or empty: every type); refuses blank text or an unknown type. */
    public static SearchQuery of(String text, List<String> typeNames, String textField, String typesField) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw refused(textField, "REQUIRED", "is required: the words to look for (e.g. " + textField
                    + "=onboarding, or a key such as OPS-12)");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw refused(textField, "TOO_LONG", "is " + stripped.length() + " characters long; at most "
                    + MAX_LENGTH + " are searched");
        }
        Matcher key = KEY.matcher(stripped);
        boolean isKey = key.matches();
        return new SearchQuery(stripped, types(typeNames, typesField), isKey ? key.group(1).toUpperCase(Locale.ROOT)
                : null, isKey ? key.group(2) : null);
    }

    private static Set<SearchType> types(List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(SearchType.class);
        }
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String name : names) {
            for (String one : name.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                types.add(SearchType.parse(one).orElseThrow(() -> refused(field, "UNKNOWN_TYPE", "names '"
                        + one.strip() + "', which is not a type search knows; allowed: " + SearchType.allowed())));
            }
        }
        return types.isEmpty() ? EnumSet.allOf(SearchType.class) : types;
    }

    /** The same search over fewer types (those the caller may read). */
    public SearchQuery onlyOf(Set<SearchType> allowed) {
        Set<SearchType> kept = EnumSet.noneOf(SearchType.class);
        types.stream().filter(allowed::contains).forEach(kept::add);
        return new SearchQuery(text, kept, keyPrefix, keyNumber);
    }

    private static DomainException refused(String field, String code, String message) {
        return DomainException.validation(List.of(new FieldError(field, code, field + " " + message + ".")));
    }
}
