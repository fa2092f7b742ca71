package io.worklane.domain.automation;

import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.automation.NewRuleBuilder.aNewRule;
import static io.worklane.domain.automation.NewRuleBuilder.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TriggerTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-12");
    private static final WorkItem ITEM = aWorkItem();

    private static Trigger trigger(Object... pairs) {
        return aNewRule().when(json(pairs)).create().trigger();
    }

    private static FieldError refusalOf(Map<String, Object> trigger, String path) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> aNewRule().when(trigger).create());
        assertThat(e).as("refusal of %s", trigger).isNotNull();
        return e.errors().stream().filter(f -> f.field().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + path + " in " + e.errors()));
    }

    @Test
    void item_created_fires_on_creation_only() {
        Trigger created = trigger("type", "ITEM_CREATED");

        assertThat(created).isEqualTo(new Trigger.ItemCreated());
        assertThat(created.matches(RuleTrigger.created(), ITEM, TODAY)).isTrue();
        assertThat(created.matches(RuleTrigger.transitioned("todo", "done"), ITEM, TODAY)).isFalse();
        assertThat(created.matches(RuleTrigger.scheduled(), ITEM, TODAY)).isFalse();
    }

    @Test
    void transitioned_fires_into_its_state_from_its_state_or_from_and_to_any() {
        Trigger toDone = trigger("type", "TRANSITIONED", "to", "done");
        Trigger reopened = trigger("type", "TRANSITIONED", "to", "todo", "from", "done");
        Trigger any = trigger("type", "TRANSITIONED");

        assertThat(toDone).isEqualTo(new Trigger.Transitioned("done", null));
        assertThat(toDone.matches(RuleTrigger.transitioned("in_progress", "done"), ITEM, TODAY)).isTrue();
        assertThat(toDone.matches(RuleTrigger.transitioned("done", "todo"), ITEM, TODAY)).isFalse();
        assertThat(reopened.matches(RuleTrigger.transitioned("done", "todo"), ITEM, TODAY)).isTrue();
        assertThat(reopened.matches(RuleTrigger.transitioned("in_progress", "todo"), ITEM, TODAY)).isFalse();
        assertThat(any.matches(RuleTrigger.transitioned("a", "b"), ITEM, TODAY)).isTrue();
        assertThat(any.matches(RuleTrigger.fieldsChanged(Set.of("status")), ITEM, TODAY)).isFalse();
    }

    @Test
    void field_changed_fires_when_its_field_is_among_the_changed_ones() {
        Trigger priority = trigger("type", "FIELD_CHANGED", "field", "priority");
        Trigger cost = trigger("type", "FIELD_CHANGED", "field", "customFields.cost");
        Trigger status = trigger("type", "FIELD_CHANGED", "field", "status");

        assertThat(priority.matches(RuleTrigger.fieldsChanged(Set.of("title", "priority")), ITEM, TODAY)).isTrue();
        assertThat(priority.matches(RuleTrigger.fieldsChanged(Set.of("title")), ITEM, TODAY)).isFalse();
        assertThat(priority.matches(RuleTrigger.created(), ITEM, TODAY)).isFalse();
        assertThat(cost.matches(RuleTrigger.fieldsChanged(Set.of("customFields.cost")), ITEM, TODAY)).isTrue();
        assertThat(status.matches(RuleTrigger.transitioned("todo", "done"), ITEM, TODAY)).isTrue();
    }

    @Test
    void due_date_within_fires_in_the_sweep_for_items_due_from_today_to_n_days_ahead() {
        Trigger threeDays = trigger("type", "DUE_DATE_WITHIN", "days", 3);
        WorkItem dueFriday = aFullyFilledWorkItem(); // due 2025-03-14

        assertThat(threeDays).isEqualTo(new Trigger.DueDateWithin(3));
        assertThat(threeDays.matches(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-11"))).isTrue();
        assertThat(threeDays.matches(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-14"))).isTrue();
        assertThat(threeDays.matches(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-10"))).isFalse();
        assertThat(threeDays.matches(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-15"))).isFalse();
        assertThat(threeDays.matches(RuleTrigger.scheduled(), ITEM, TODAY)).isFalse();
        assertThat(threeDays.matches(RuleTrigger.fieldsChanged(Set.of("dueDate")), dueFriday, TODAY)).isFalse();
        assertThat(trigger("type", "DUE_DATE_WITHIN", "days", 0).matches(RuleTrigger.scheduled(), dueFriday,
                LocalDate.parse("2025-03-14"))).isTrue();
    }

    @Test
    void schedule_fires_in_the_sweep_and_knows_its_next_run_in_its_time_zone() {
        Trigger.Schedule weekdays = (Trigger.Schedule) trigger("type", "SCHEDULE", "cron", "0 9 * * MON-FRI",
                "timeZone", "Europe/Berlin");

        assertThat(weekdays.cronText()).isEqualTo("0 9 * * MON-FRI");
        assertThat(weekdays.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(weekdays.matches(RuleTrigger.scheduled(), ITEM, TODAY)).isTrue();
        assertThat(weekdays.matches(RuleTrigger.created(), ITEM, TODAY)).isFalse();
        // Friday 2025-03-14 at 09:00 in Berlin is 08:00 UTC; the next run is Monday's
        assertThat(weekdays.nextRun(Instant.parse("2025-03-14T08:00:00Z"))).isEqualTo(Instant.parse("2025-03-17T08:00:00Z"));
    }

    @Test
    void only_due_dates_and_schedules_are_time_based() {
        assertThat(trigger("type", "DUE_DATE_WITHIN", "days", 1).isTimeBased()).isTrue();
        assertThat(trigger("type", "SCHEDULE", "cron", "@daily", "timeZone", "UTC").isTimeBased()).isTrue();
        assertThat(trigger("type", "ITEM_CREATED").isTimeBased()).isFalse();
        assertThat(trigger("type", "TRANSITIONED").isTimeBased()).isFalse();
        assertThat(trigger("type", "FIELD_CHANGED", "field", "labels").isTimeBased()).isFalse();
    }

    @Test
    void each_trigger_writes_back_its_json_shape() {
        assertThat(trigger("type", "ITEM_CREATED").toJson()).isEqualTo(Map.of("type", "ITEM_CREATED"));
        assertThat(trigger("type", "TRANSITIONED", "to", "done").toJson()).isEqualTo(Map.of("type", "TRANSITIONED", "to", "done"));
        assertThat(trigger("type", "TRANSITIONED", "to", "a", "from", "b").toJson())
                .isEqualTo(Map.of("type", "TRANSITIONED", "to", "a", "from", "b"));
        assertThat(trigger("type", "FIELD_CHANGED", "field", "priority").toJson())
                .isEqualTo(Map.of("type", "FIELD_CHANGED", "field", "priority"));
        assertThat(trigger("type", "DUE_DATE_WITHIN", "days", 3).toJson()).isEqualTo(Map.of("type", "DUE_DATE_WITHIN", "days", 3));
        assertThat(trigger("type", "SCHEDULE", "cron", "0 9 * * MON-FRI", "timeZone", "Europe/Berlin").toJson())
                .isEqualTo(Map.of("type", "SCHEDULE", "cron", "0 9 * * MON-FRI", "timeZone", "Europe/Berlin"));
    }

    @Test
    void a_missing_or_unknown_type_is_refused_with_the_types() {
        assertThat(refusalOf(json(), "trigger.type")).extracting(FieldError::code, FieldError::message).containsExactly(
                "REQUIRED", "is required; one of ITEM_CREATED, TRANSITIONED, FIELD_CHANGED, DUE_DATE_WITHIN, SCHEDULE, RISK_EXPOSURE_REACHED");
        assertThat(refusalOf(json("type", "ITEM_DELETED"), "trigger.type").message()).isEqualTo(
                "'ITEM_DELETED' is not a trigger type; use one of ITEM_CREATED, TRANSITIONED, FIELD_CHANGED, "
                        + "DUE_DATE_WITHIN, SCHEDULE, RISK_EXPOSURE_REACHED");
    }

    @Test
    void a_property_the_type_does_not_have_is_refused() {
        assertThat(refusalOf(json("type", "TRANSITIONED", "too", "done"), "trigger.too"))
                .extracting(FieldError::code, FieldError::message)
                .containsExactly("UNKNOWN_PROPERTY", "is not a property of TRANSITIONED; allowed: type, to, from");
    }

    @Test
    void a_bad_cron_is_refused_at_trigger_cron() {
        assertThat(refusalOf(json("type", "SCHEDULE", "cron", "0 25 * * *", "timeZone", "UTC"), "trigger.cron"))
                .extracting(FieldError::code, FieldError::message)
                .containsExactly("INVALID_CRON", "hour 25 is out of range 0–23");
        assertThat(refusalOf(json("type", "SCHEDULE", "timeZone", "UTC"), "trigger.cron").code()).isEqualTo("REQUIRED");
        assertThat(refusalOf(json("type", "SCHEDULE", "cron", 9, "timeZone", "UTC"), "trigger.cron").code())
                .isEqualTo("INVALID_TYPE");
    }

    @Test
    void a_bad_or_missing_time_zone_is_refused() {
        assertThat(refusalOf(json("type", "SCHEDULE", "cron", "@daily", "timeZone", "Europe/Berlinn"), "trigger.timeZone"))
                .extracting(FieldError::code, FieldError::message).containsExactly("INVALID_TIME_ZONE",
                        "'Europe/Berlinn' is not a time zone; use a name such as Europe/Berlin or UTC");
        assertThat(refusalOf(json("type", "SCHEDULE", "cron", "@daily"), "trigger.timeZone").code()).isEqualTo("REQUIRED");
    }

    @Test
    void a_cron_and_a_time_zone_are_refused_together() {
        assertThatThrownBy(() -> aNewRule().when(json("type", "SCHEDULE", "cron", "61 * * * *", "timeZone", "Mars/Base"))
                .create())
                .isInstanceOfSatisfying(DomainException.class, invalid("trigger.cron", "INVALID_CRON"))
                .isInstanceOfSatisfying(DomainException.class, invalid("trigger.timeZone", "INVALID_TIME_ZONE"));
    }

    @Test
    void days_must_be_a_whole_number_from_0_to_365() {
        for (Object days : new Object[] {-1, 366, 2.5, "3"}) {
            assertThat(refusalOf(json("type", "DUE_DATE_WITHIN", "days", days), "trigger.days"))
                    .extracting(FieldError::code, FieldError::message)
                    .containsExactly("OUT_OF_RANGE", "must be a whole number from 0 to 365");
        }
        assertThat(refusalOf(json("type", "DUE_DATE_WITHIN"), "trigger.days").code()).isEqualTo("REQUIRED");
        assertThat(trigger("type", "DUE_DATE_WITHIN", "days", 365L)).isEqualTo(new Trigger.DueDateWithin(365));
        assertThat(trigger("type", "DUE_DATE_WITHIN", "days", 7.0)).isEqualTo(new Trigger.DueDateWithin(7));
    }

    @Test
    void field_changed_watches_filter_fields_but_key_and_created_at() {
        for (String field : new String[] {"key", "createdAt", "prio", "customFields.Bad", "customFields."}) {
            assertThat(refusalOf(json("type", "FIELD_CHANGED", "field", field), "trigger.field").code())
                    .as(field).isEqualTo("UNKNOWN_FIELD");
        }
        assertThat(refusalOf(json("type", "FIELD_CHANGED", "field", "prio"), "trigger.field").message()).isEqualTo(
                "'prio' is not a field that can change; use one of title, description, status, priority, type, "
                        + "assignees, reporter, parent, labels, startDate, dueDate, estimateMinutes, updatedAt, "
                        + "completedAt, customFields.<key>");
        assertThat(refusalOf(json("type", "FIELD_CHANGED"), "trigger.field").code()).isEqualTo("REQUIRED");
    }

    @Test
    void state_keys_of_a_transition_are_short_texts() {
        assertThat(refusalOf(json("type", "TRANSITIONED", "to", "x".repeat(51)), "trigger.to").code()).isEqualTo("TOO_LONG");
        assertThat(refusalOf(json("type", "TRANSITIONED", "from", 3), "trigger.from").code()).isEqualTo("INVALID_TYPE");
    }
}
