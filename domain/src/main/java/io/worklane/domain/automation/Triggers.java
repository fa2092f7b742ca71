package io.worklane.domain.automation;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a trigger from its JSON shape, reporting every problem under {@code path}. */
final class Triggers {
    private static final int STATE_KEY_MAX = 50;

    private Triggers() {
    }

    /** The fields a FIELD_CHANGED trigger may watch: those of the filter language but key and createdAt. */
    static List<String> watchable() {
        List<String> fields = new ArrayList<>(FilterFields.builtIn());
        fields.removeAll(List.of("key", "createdAt"));
        return fields;
    }

    static Trigger read(Map<String, ?> map, String path, Validation v) {
        JsonObject json = new JsonObject(map, path, v);
        String kind = json.kind("a trigger", Trigger.KINDS);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "ITEM_CREATED" -> {
                json.only(kind, "type");
                yield new Trigger.ItemCreated();
            }
            case "TRANSITIONED" -> {
                json.only(kind, "type", "to", "from");
                yield new Trigger.Transitioned(json.text("to", 0, STATE_KEY_MAX), json.text("from", 0, STATE_KEY_MAX));
            }
            case "FIELD_CHANGED" -> {
                json.only(kind, "type", "field");
                yield new Trigger.FieldChanged(field(json, v));
            }
            case "DUE_DATE_WITHIN" -> {
                json.only(kind, "type", "days");
                Integer days = json.integer("days", 0, 365);
                yield days == null ? null : new Trigger.DueDateWithin(days);
            }
            case "RISK_EXPOSURE_REACHED" -> {
                json.only(kind, "type", "threshold");
                Integer threshold = json.integer("threshold", 1, 25);
                yield threshold == null ? null : new Trigger.RiskExposureReached(threshold);
            }
            default -> {
                json.only(kind, "type", "cron", "timeZone");
                yield schedule(json, v);
            }
        };
    }

    private static String field(JsonObject json, Validation v) {
        String field = json.text("field", 1, 100);
        boolean custom = field != null && field.startsWith(FilterFields.CUSTOM_PREFIX) && FilterFields.isKnown(field);
        if (field != null && !custom && !watchable().contains(field)) {
            v.add(new FieldError(json.path("field"), "UNKNOWN_FIELD", "'" + field + "' is not a field that can change; "
                    + "use one of " + String.join(", ", watchable()) + ", " + FilterFields.CUSTOM_PREFIX + "<key>"));
        }
        return field;
    }

    private static Trigger schedule(JsonObject json, Validation v) {
        Cron cron = null;
        Object text = json.raw("cron");
        if (text != null && !(text instanceof String)) {
            v.add(new FieldError(json.path("cron"), "INVALID_TYPE", "must be a text such as \"0 9 * * MON-FRI\""));
        } else {
            try {
                cron = Cron.parse((String) text, json.path("cron"));
            } catch (DomainException e) {
                v.addAll(e.errors());
            }
        }
        String zone = json.text("timeZone", 1, 100);
        ZoneId timeZone = null;
        try {
            timeZone = zone == null ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            v.add(new FieldError(json.path("timeZone"), "INVALID_TIME_ZONE",
                    "'" + zone + "' is not a time zone; use a name such as Europe/Berlin or UTC"));
        }
        return cron == null || timeZone == null ? null : new Trigger.Schedule(cron, cron.text(), timeZone);
    }
}
