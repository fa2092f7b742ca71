package io.worklane.api.application.statusreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What the figure sections share: dates as text, and whether an instant falls in the report's period. */
final class Texts {
    private Texts() {
    }

    static String of(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** On a day (UTC) from the period's start to asOf, both included. */
    static boolean within(Instant at, ReportInputs in) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return !day.isBefore(in.periodStart()) && !day.isAfter(in.asOf());
    }
}
