package io.worklane.api.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** Fetching a feed as a calendar client does (no credential) and reading it with ical4j, an independent parser. */
final class Feeds {
    private Feeds() {
    }

    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    static Response fetch(String url) {
        return given().get(pathOf(url));
    }

    /** The feed fetched, checked to parse and validate as RFC 5545, with its events. */
    static Parsed fetchAndParse(String url) {
        Response response = fetch(url);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        return parse(response.asString());
    }

    static Parsed parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            ValidationResult validation = calendar.validate();
            assertThat(validation.hasErrors()).as("RFC 5545 validation: %s", validation).isFalse();
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            return new Parsed(text, calendar, events);
        } catch (Exception e) {
            throw new AssertionError("the feed does not parse as iCalendar: " + e + "\n" + text, e);
        }
    }

    record Parsed(String text, Calendar calendar, List<VEvent> events) {
        String name() {
            return value(calendar.getProperty("X-WR-CALNAME"));
        }

        List<String> summaries() {
            return events.stream().map(e -> prop(e, Property.SUMMARY)).toList();
        }

        VEvent event(String summaryStart) {
            return events.stream().filter(e -> prop(e, Property.SUMMARY).startsWith(summaryStart)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event '" + summaryStart + "…' in " + summaries()));
        }
    }

    static String prop(VEvent event, String name) {
        return value(event.getProperty(name));
    }

    private static String value(Optional<Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}
