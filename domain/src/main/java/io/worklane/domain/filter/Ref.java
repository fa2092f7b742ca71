package io.worklane.domain.filter;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A filter value that names something by what people write instead of its id: {@code me}, a
 * member's email, a work item key (ENG-7) or a project key (ENG). Who or what it stands for is
 * looked up when the filter runs: by the database for lists, by {@link FilterContext} in memory.
 */
public record Ref(Kind kind, String text) {
    public enum Kind { ME, EMAIL, ITEM_KEY, PROJECT_KEY }

    static final Pattern ITEM_KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,17}");
    static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    static Ref me() {
        return new Ref(Kind.ME, "me");
    }

    static Ref email(String text) {
        return new Ref(Kind.EMAIL, text.toLowerCase(Locale.ROOT));
    }

    /** The item key's project key and number. */
    public String projectKey() {
        return text.substring(0, text.lastIndexOf('-'));
    }

    public long number() {
        return Long.parseLong(text.substring(text.lastIndexOf('-') + 1));
    }

    @Override
    public String toString() {
        return kind == Kind.EMAIL ? Values.render(text) : text;
    }
}
