package io.worklane.domain.automation;

import io.worklane.domain.automation.RuleTrigger.Kind;
import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "when" of a rule. Time-based triggers answer to the scheduler's sweep, the others to changes. */
public sealed interface Trigger {
    List<String> KINDS = List.of("ITEM_CREATED", "TRANSITIONED", "FIELD_CHANGED", "DUE_DATE_WITHIN", "SCHEDULE",
            "RISK_EXPOSURE_REACHED");

    /** The JSON {@code type}. */
    String kind();

    boolean matches(RuleTrigger event, WorkItem item, LocalDate today);

    default boolean isTimeBased() {
        return false;
    }

    /** The JSON shape, e.g. {@code {"type":"TRANSITIONED","to":"done"}}. */
    default Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", kind());
        return json;
    }

    record ItemCreated() implements Trigger {
        public String kind() {
            return "ITEM_CREATED";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            return event.kind() == Kind.CREATED;
        }
    }

    /** Into {@code to} (null: any state), from {@code from} (null: any state). */
    record Transitioned(String to, String from) implements Trigger {
        public String kind() {
            return "TRANSITIONED";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            return event.kind() == Kind.TRANSITIONED && (to == null || to.equals(event.to()))
                    && (from == null || from.equals(event.from()));
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = Trigger.super.toJson();
            if (to != null) {
                json.put("to", to);
            }
            if (from != null) {
                json.put("from", from);
            }
            return json;
        }
    }

    record FieldChanged(String field) implements Trigger {
        public String kind() {
            return "FIELD_CHANGED";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            return (event.kind() == Kind.FIELDS_CHANGED || event.kind() == Kind.TRANSITIONED)
                    && event.changedFields().contains(field);
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = Trigger.super.toJson();
            json.put("field", field);
            return json;
        }
    }

    /** The item is due between today and {@code days} days from now, both included (not overdue). */
    record DueDateWithin(int days) implements Trigger {
        public String kind() {
            return "DUE_DATE_WITHIN";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            LocalDate due = item.dueDate();
            return event.kind() == Kind.SCHEDULED && due != null && !due.isBefore(today)
                    && !due.isAfter(today.plusDays(days));
        }

        public boolean isTimeBased() {
            return true;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = Trigger.super.toJson();
            json.put("days", days);
            return json;
        }
    }

    record Schedule(Cron cron, String cronText, ZoneId timeZone) implements Trigger {
        public String kind() {
            return "SCHEDULE";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            return event.kind() == Kind.SCHEDULED;
        }

        public boolean isTimeBased() {
            return true;
        }

        /** When the scheduler should run the rule next, after {@code after}. */
        public Instant nextRun(Instant after) {
            ZonedDateTime next = cron.next(after.atZone(timeZone));
            return next.toInstant();
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = Trigger.super.toJson();
            json.put("cron", cronText);
            json.put("timeZone", timeZone.getId());
            return json;
        }
    }

    /**
     * A risk's exposure (probability × impact) reached {@code threshold} (1–25): it was below (or the risk
     * is new) and is now at or above it, while the risk is open. It fires on no work item.
     */
    record RiskExposureReached(int threshold) implements Trigger {
        public String kind() {
            return "RISK_EXPOSURE_REACHED";
        }

        public boolean matches(RuleTrigger event, WorkItem item, LocalDate today) {
            return false; // changes of work items never fire it
        }

        /** Whether a risk whose exposure went from {@code before} (null: new) to {@code after} crosses it. */
        public boolean reachedBy(Integer before, int after) {
            return (before == null || before < threshold) && after >= threshold;
        }

        public Map<String, Object> toJson() {
            Map<String, Object> json = Trigger.super.toJson();
            json.put("threshold", threshold);
            return json;
        }
    }
}
