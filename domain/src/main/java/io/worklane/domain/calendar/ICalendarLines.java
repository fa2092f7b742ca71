package io.worklane.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The content lines of an iCalendar object (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped (§3.3.11), dates as {@code yyyyMMdd} and times in UTC.
 */
public final class ICalendarLines {
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private final StringBuilder out = new StringBuilder();

    /** A line whose value is already in its iCalendar form (dates, numbers, fixed words). */
    public ICalendarLines raw(String nameAndParameters, String value) {
        fold(nameAndParameters + ":" + value);
        return this;
    }

    public ICalendarLines text(String name, String value) {
        return raw(name, escape(value));
    }

    public ICalendarLines date(String name, LocalDate day) {
        return raw(name + ";VALUE=DATE", DATE.format(day));
    }

    public ICalendarLines utc(String name, Instant at) {
        return raw(name, UTC.format(at));
    }

    public String build() {
        return out.toString();
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters are dropped. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length());
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** Writes the line, folded: each physical line at most 75 octets, continuations starting with a space. */
    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
