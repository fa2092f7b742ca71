package io.worklane.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 5545 §3.1 and §3.3.11 by hand: line folding at 75 octets, CRLF, TEXT escaping, dates and UTC times. */
class ICalendarLinesTest {

    @Test
    void text_values_escape_backslashes_semicolons_commas_and_line_breaks() {
        assertThat(ICalendarLines.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void control_characters_other_than_tab_are_dropped() {
        assertThat(ICalendarLines.escape("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
    }

    @Test
    void every_line_ends_with_crlf() {
        String text = new ICalendarLines().raw("BEGIN", "VCALENDAR").raw("END", "VCALENDAR").build();
        assertThat(text).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void a_long_line_is_folded_at_75_octets_and_unfolds_to_itself() {
        String title = "x".repeat(200);
        String text = new ICalendarLines().text("SUMMARY", title).build();
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + title + "\r\n");
    }

    @Test
    void folding_never_splits_a_multi_byte_character() {
        String title = "é".repeat(60) + "日本語のタイトル".repeat(5) + "🎉".repeat(10);
        String text = new ICalendarLines().text("SUMMARY", title).build();
        assertThat(Arrays.stream(text.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow()).isLessThanOrEqualTo(75);
        assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + title + "\r\n");
    }

    @Test
    void dates_are_basic_iso_and_times_utc() {
        String text = new ICalendarLines().date("DTSTART", LocalDate.of(2026, 12, 7))
                .utc("DTSTAMP", Instant.parse("2026-12-07T09:30:05.123Z")).build();
        assertThat(text).isEqualTo("DTSTART;VALUE=DATE:20261207\r\nDTSTAMP:20261207T093005Z\r\n");
    }
}
