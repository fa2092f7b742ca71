package io.worklane.domain.search;

import java.util.List;

/**
 * The text search configurations a workspace may choose: PostgreSQL's built-in ones. {@code simple} (the
 * default) lower-cases words and keeps them all, right for any language and for codes; a language's
 * configuration also stems ("hires" finds "hiring") and drops its stop words.
 */
public final class TextSearchConfig {
    public static final String DEFAULT = "simple";
    public static final List<String> BUILT_IN = List.of("simple", "arabic", "armenian", "basque", "catalan", "danish",
            "dutch", "english", "finnish", "french", "german", "greek", "hindi", "hungarian", "indonesian", "irish",
            "italian", "lithuanian", "nepali", "norwegian", "portuguese", "romanian", "russian", "serbian", "spanish",
            "swedish", "tamil", "turkish", "yiddish");

    private TextSearchConfig() {
    }

    public static boolean isKnown(String name) {
        return name != null && BUILT_IN.contains(name);
    }
}
