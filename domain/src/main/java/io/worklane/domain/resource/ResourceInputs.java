package io.worklane.domain.resource;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a resource's skills, capacity, time off and rates from their written form, field by field. */
final class ResourceInputs {
    static final int MAX_ITEMS = 200;

    private ResourceInputs() {
    }

    static List<Skill> skills(List<NewResource.SkillInput> in, Validation v) {
        List<Skill> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; in != null && i < in.size(); i++) {
            NewResource.SkillInput s = in.get(i);
            String at = "skills[" + i + "]";
            int errors = v.errors().size();
            v.text(s.name(), at + ".name", 1, Skill.MAX_NAME);
            v.require(s.level() != null && s.level() >= Skill.MIN_LEVEL && s.level() <= Skill.MAX_LEVEL,
                    at + ".level", "LEVEL_OUT_OF_RANGE", "must be a whole number from 1 to 5");
            if (v.errors().size() == errors) {
                Skill skill = new Skill(s.name(), s.level());
                v.require(seen.add(skill.name()), at + ".name", "DUPLICATE", "'" + skill.name() + "' is listed twice");
                out.add(skill);
            }
        }
        return out;
    }

    static WeeklyCapacity capacity(Map<String, Integer> in, Validation v) {
        if (in == null) {
            return WeeklyCapacity.standard();
        }
        Map<DayOfWeek, Integer> out = new EnumMap<>(DayOfWeek.class);
        in.forEach((day, minutes) -> {
            DayOfWeek d = weekday(day);
            if (d == null) {
                v.add(new FieldError("capacity." + day, "INVALID_VALUE", "'" + day
                        + "' is not a weekday; use MONDAY … SUNDAY"));
            } else if (minutes == null || minutes < 0 || minutes > WeeklyCapacity.MAX_PER_DAY) {
                v.add(new FieldError("capacity." + day, "MINUTES_OUT_OF_RANGE",
                        "must be from 0 to 1440 minutes (24 h) a day, not " + minutes));
            } else {
                out.put(d, minutes);
            }
        });
        return new WeeklyCapacity(out);
    }

    static List<TimeOff> timeOff(List<NewResource.TimeOffInput> in, Validation v) {
        List<TimeOff> out = new ArrayList<>();
        for (int i = 0; in != null && i < in.size(); i++) {
            NewResource.TimeOffInput t = in.get(i);
            String at = "timeOff[" + i + "]";
            LocalDate from = date(t.from(), at + ".from", v);
            LocalDate to = date(t.to() == null ? t.from() : t.to(), at + ".to", v);
            v.text(t.reason(), at + ".reason", 0, 200);
            if (from != null && to != null) {
                v.require(!to.isBefore(from), at + ".to", "TO_BEFORE_FROM", "must not be before from (" + from + ")");
                out.add(new TimeOff(from, to, t.reason()));
            }
        }
        return out;
    }

    static CostRates rates(List<NewResource.RateInput> in, Validation v) {
        List<CostRate> out = new ArrayList<>();
        Set<LocalDate> starts = new HashSet<>();
        for (int i = 0; in != null && i < in.size(); i++) {
            NewResource.RateInput r = in.get(i);
            String at = "costRates[" + i + "]";
            LocalDate from = date(r.from(), at + ".from", v);
            Money rate = money(r.amount(), r.currency(), at + ".rate", v);
            v.require(r.unit() == null || "HOUR".equals(r.unit()), at + ".unit", "UNSUPPORTED_UNIT",
                    "only HOUR rates are supported (a day's length differs between resources)");
            if (from != null && rate != null) {
                v.require(rate.amount().signum() >= 0, at + ".rate.amount", "NEGATIVE", "must not be negative");
                v.require(starts.add(from), at + ".from", "DUPLICATE", "two rates start on " + from);
                out.add(new CostRate(from, rate, RateUnit.HOUR));
            }
        }
        return new CostRates(out);
    }

    /** A Money with the currency's digits: an unknown code or more decimals than it has is refused. */
    static Money money(String amount, String currency, String at, Validation v) {
        if (!Money.isCurrency(currency)) {
            v.add(new FieldError(at + ".currency", "UNKNOWN_CURRENCY", "'" + currency
                    + "' is not an ISO 4217 currency code such as EUR"));
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            boolean decimals = e.getMessage() != null && e.getMessage().startsWith("at most");
            v.add(new FieldError(at + ".amount", decimals ? "TOO_MANY_DECIMALS" : "INVALID_FORMAT", e.getMessage()));
            return null;
        }
    }

    static LocalDate date(String value, String at, Validation v) {
        if (value == null) {
            v.add(new FieldError(at, "REQUIRED", "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(new FieldError(at, "INVALID_FORMAT", "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static DayOfWeek weekday(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
