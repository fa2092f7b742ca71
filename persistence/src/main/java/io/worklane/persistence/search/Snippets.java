package io.worklane.persistence.search;

/**
 * ts_headline copies the stored text as it is: escaped here so that a snippet is safe to show as HTML, the
 * only markup being the {@code <mark>} around matched words (ts_headline wrote control characters there,
 * taken out of the text beforehand).
 */
final class Snippets {
    private Snippets() {
    }

    static String html(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(headline.length() + 16);
        headline.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u0002' -> out.append("<mark>");
                case '\u0003' -> out.append("</mark>");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
