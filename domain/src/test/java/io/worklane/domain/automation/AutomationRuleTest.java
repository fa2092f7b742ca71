package io.worklane.domain.automation;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProjectWithKey;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.automation.NewRuleBuilder.aNewRule;
import static io.worklane.domain.automation.NewRuleBuilder.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AutomationRuleTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-12");
    private static final Map<String, Object> TO_DONE = json("type", "TRANSITIONED", "to", "done");

    private static WorkItem anUrgentBug() {
        return aWorkItem(aNewWorkItem().type(WorkItemType.BUG).priority(Priority.URGENT));
    }

    @Test
    void a_new_rule_is_enabled_at_version_0_and_keeps_what_it_is_given() {
        AutomationRule rule = aNewRule().named("  Close the loop ").when(TO_DONE).onlyIf("type = BUG")
                .then(json("type", "ADD_COMMENT", "text", "Fixed")).create();

        assertThat(rule.id().version()).isEqualTo(7);
        assertThat(rule.workspaceId()).isEqualTo(WORKSPACE_ID);
        assertThat(rule.projectId()).isNull();
        assertThat(rule.name()).isEqualTo("Close the loop");
        assertThat(rule.enabled()).isTrue();
        assertThat(rule.trigger()).isEqualTo(new Trigger.Transitioned("done", null));
        assertThat(rule.condition().text()).isEqualTo("type = BUG");
        assertThat(rule.actions()).containsExactly(new Action.AddComment("Fixed"));
        assertThat(rule.version()).isZero();
        assertThat(rule.createdAt()).isEqualTo(NOW);
        assertThat(rule.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void a_blank_condition_is_no_condition() {
        assertThat(aNewRule().onlyIf("  ").create().condition()).isNull();
        assertThat(aNewRule().enabled(false).create().enabled()).isFalse();
    }

    @Test
    void a_change_replaces_the_settings_and_keeps_identity_version_and_creation() {
        AutomationRule rule = aNewRule().create();

        AutomationRule changed = rule.change(aNewRule().named("Renamed").enabled(false).when(TO_DONE).build(), LATER);

        assertThat(changed.id()).isEqualTo(rule.id());
        assertThat(changed.version()).isEqualTo(rule.version());
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.trigger()).isEqualTo(new Trigger.Transitioned("done", null));
    }

    @Test
    void every_problem_is_refused_at_once_with_its_path() {
        assertThatThrownBy(() -> aNewRule().named("")
                .when(json("type", "SCHEDULE", "cron", "0 9 * * FUN", "timeZone", "UTC"))
                .onlyIf("prioriy = HIGH")
                .then(json("type", "TRANSITION", "to", "done"), json("type", "ADD_COMMENT", "text", ""))
                .create())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(
                                tuple("name", "REQUIRED"),
                                tuple("trigger.cron", "INVALID_CRON"),
                                tuple("condition", "INVALID_FILTER"),
                                tuple("actions[1].text", "REQUIRED")))
                .hasMessage("name: must not be blank (and 3 more)");
    }

    @Test
    void the_name_has_1_to_100_characters() {
        assertThat(aNewRule().named("n".repeat(100)).create().name()).hasSize(100);
        assertThatThrownBy(() -> aNewRule().named("n".repeat(101)).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "TOO_LONG"));
        assertThatThrownBy(() -> aNewRule().named(null).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }

    @Test
    void a_trigger_is_required() {
        assertThatThrownBy(() -> aNewRule().when(null).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("trigger", "REQUIRED"));
    }

    @Test
    void the_condition_is_a_filter_refused_with_its_position() {
        assertThatThrownBy(() -> aNewRule().onlyIf("priority = HIHG").create())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("condition", "INVALID_FILTER",
                                "Unknown priority 'HIHG' at position 12; allowed: NONE, LOW, MEDIUM, HIGH, URGENT")));
    }

    @Test
    void a_rule_has_1_to_10_actions() {
        Map<String, Object> comment = json("type", "ADD_COMMENT", "text", "x");
        assertThat(aNewRule().then(Collections.nCopies(10, comment)).create().actions()).hasSize(10);

        assertThatThrownBy(() -> aNewRule().then(Collections.nCopies(11, comment)).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("actions", "TOO_MANY"));
        assertThatThrownBy(() -> aNewRule().then().create())
                .isInstanceOfSatisfying(DomainException.class, invalid("actions", "REQUIRED"));
        assertThatThrownBy(() -> aNewRule().then((java.util.List<Map<String, Object>>) null).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("actions", "REQUIRED"));
        assertThatThrownBy(() -> aNewRule().then(comment, null).create())
                .isInstanceOfSatisfying(DomainException.class, invalid("actions[1]", "REQUIRED"));
    }

    @Test
    void it_fires_when_the_trigger_matches_and_the_condition_holds() {
        AutomationRule urgentBugsDone = aNewRule().when(TO_DONE).onlyIf("type = BUG AND priority >= HIGH").create();
        RuleTrigger done = RuleTrigger.transitioned("in_progress", "done");

        assertThat(urgentBugsDone.firesOn(done, anUrgentBug(), TODAY)).isTrue();
        assertThat(urgentBugsDone.firesOn(done, aWorkItem(), TODAY)).isFalse();
        assertThat(urgentBugsDone.firesOn(RuleTrigger.transitioned("done", "todo"), anUrgentBug(), TODAY)).isFalse();
        assertThat(urgentBugsDone.firesOn(RuleTrigger.fieldsChanged(Set.of("priority")), anUrgentBug(), TODAY)).isFalse();
    }

    @Test
    void without_a_condition_the_trigger_alone_decides() {
        AutomationRule onCreate = aNewRule().create();

        assertThat(onCreate.firesOn(RuleTrigger.created(), aWorkItem(), TODAY)).isTrue();
    }

    @Test
    void the_condition_may_use_the_evaluation_date() {
        AutomationRule dueSoon = aNewRule().when(json("type", "SCHEDULE", "cron", "@daily", "timeZone", "UTC"))
                .onlyIf("dueDate <= today+2d").create();
        WorkItem dueFriday = aWorkItem(aNewWorkItem().due(LocalDate.parse("2025-03-14")));

        assertThat(dueSoon.firesOn(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-12"))).isTrue();
        assertThat(dueSoon.firesOn(RuleTrigger.scheduled(), dueFriday, LocalDate.parse("2025-03-11"))).isFalse();
    }

    @Test
    void a_disabled_rule_never_fires() {
        AutomationRule off = aNewRule().enabled(false).create();

        assertThat(off.firesOn(RuleTrigger.created(), aWorkItem(), TODAY)).isFalse();
    }

    @Test
    void a_project_rule_fires_only_for_its_project_and_a_workspace_rule_for_all() {
        WorkItem engItem = aWorkItem();
        WorkItem opsItem = WorkItem.create(aProjectWithKey("OPS"), 1, aNewWorkItem().build(), NOW);
        AutomationRule engOnly = aNewRule().inProject(engItem.projectId()).create();
        AutomationRule everywhere = aNewRule().create();

        assertThat(engOnly.firesOn(RuleTrigger.created(), engItem, TODAY)).isTrue();
        assertThat(engOnly.firesOn(RuleTrigger.created(), opsItem, TODAY)).isFalse();
        assertThat(everywhere.firesOn(RuleTrigger.created(), opsItem, TODAY)).isTrue();
    }

    @Test
    void a_rule_never_fires_for_another_workspace() {
        AutomationRule rule = aNewRule().create();
        AutomationRule elsewhere = AutomationRule.create(UUID.randomUUID(), aNewRule().build(), NOW);

        assertThat(rule.appliesTo(aWorkItem())).isTrue();
        assertThat(elsewhere.firesOn(RuleTrigger.created(), aWorkItem(), TODAY)).isFalse();
    }
}
