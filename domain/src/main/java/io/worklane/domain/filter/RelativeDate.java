package io.worklane.domain.filter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code today}, {@code today+3d} or {@code today-1d}: a date fixed only when the filter is evaluated. */
public record RelativeDate(int days) {
    private static final Pattern FORM = Pattern.compile("today(?:([+-])(\\d{1,5})d)?");

    /** The relative date a bare word spells, or null. */
    static RelativeDate parse(String word) {
        Matcher m = FORM.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return new RelativeDate("-".equals(m.group(1)) ? -days : days);
    }

    public LocalDate on(LocalDate today) {
        return today.plusDays(days);
    }

    @Override
    public String toString() {
        return days == 0 ? "today" : "today" + (days > 0 ? "+" : "") + days + "d";
    }
}
