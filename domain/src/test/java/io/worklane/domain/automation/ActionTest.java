package io.worklane.domain.automation;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.automation.NewRuleBuilder.aNewRule;
import static io.worklane.domain.automation.NewRuleBuilder.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.team.AssignStrategy;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActionTest {

    private static Action action(Object... pairs) {
        return aNewRule().then(json(pairs)).create().actions().get(0);
    }

    /** The errors of a rule whose second action is {@code pairs}, after a valid first one. */
    private static List<FieldError> refusalOf(Object... pairs) {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> aNewRule().then(json("type", "TRANSITION", "to", "done"), json(pairs)).create());
        assertThat(e).as("refusal of %s", java.util.Arrays.toString(pairs)).isNotNull();
        return e.errors();
    }

    private static FieldError only(List<FieldError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Nested
    class SetField {
        @Test
        void built_in_values_are_typed() {
            assertThat(action("type", "SET_FIELD", "field", "priority", "value", "HIGH"))
                    .isEqualTo(new Action.SetField("priority", Priority.HIGH));
            assertThat(action("type", "SET_FIELD", "field", "title", "value", "  Renamed "))
                    .isEqualTo(new Action.SetField("title", "Renamed"));
            assertThat(action("type", "SET_FIELD", "field", "dueDate", "value", "2026-12-01"))
                    .isEqualTo(new Action.SetField("dueDate", LocalDate.parse("2026-12-01")));
            assertThat(action("type", "SET_FIELD", "field", "estimateMinutes", "value", 90))
                    .isEqualTo(new Action.SetField("estimateMinutes", 90L));
            assertThat(action("type", "SET_FIELD", "field", "labels", "value", List.of("customer", "vip")))
                    .isEqualTo(new Action.SetField("labels", List.of("customer", "vip")));
        }

        @Test
        void clearable_fields_take_null() {
            for (String field : List.of("description", "dueDate", "startDate", "estimateMinutes", "customFields.cost")) {
                assertThat(action("type", "SET_FIELD", "field", field, "value", null))
                        .isEqualTo(new Action.SetField(field, null));
            }
        }

        @Test
        void a_custom_field_value_is_kept_as_sent_to_be_checked_when_it_runs() {
            Map<String, Object> money = Map.of("amount", "12.50", "currency", "EUR");

            assertThat(action("type", "SET_FIELD", "field", "customFields.cost", "value", money))
                    .isEqualTo(new Action.SetField("customFields.cost", money));
        }

        @Test
        void a_field_automation_cannot_set_is_refused_with_the_ones_it_can() {
            assertThat(only(refusalOf("type", "SET_FIELD", "field", "status", "value", "done")))
                    .extracting(FieldError::field, FieldError::code, FieldError::message)
                    .containsExactly("actions[1].field", "UNKNOWN_FIELD", "'status' cannot be set by automation; "
                            + "use one of title, description, priority, dueDate, startDate, estimateMinutes, labels, "
                            + "customFields.<key>");
            assertThat(only(refusalOf("type", "SET_FIELD", "field", "customFields.Cost", "value", 1)).code())
                    .isEqualTo("UNKNOWN_FIELD");
        }

        @Test
        void a_value_of_the_wrong_type_for_a_built_in_field_is_refused() {
            Object[][] cases = {
                    {"title", null, "must be a text of 1–500 characters"},
                    {"title", 42, "must be a text of 1–500 characters"},
                    {"priority", "high", "must be one of [NONE, LOW, MEDIUM, HIGH, URGENT]"},
                    {"priority", null, "must be one of [NONE, LOW, MEDIUM, HIGH, URGENT]"},
                    {"dueDate", "next week", "must be a date YYYY-MM-DD, or null to clear it"},
                    {"startDate", 20261201, "must be a date YYYY-MM-DD, or null to clear it"},
                    {"estimateMinutes", 1.5, "must be a whole number of minutes from 0 to 10000000, or null to clear it"},
                    {"estimateMinutes", -1, "must be a whole number of minutes from 0 to 10000000, or null to clear it"},
                    {"labels", "vip", "must be a list of at most 20 labels; [] clears them"},
                    {"labels", null, "must be a list of at most 20 labels; [] clears them"},
            };
            for (Object[] c : cases) {
                assertThat(only(refusalOf("type", "SET_FIELD", "field", c[0], "value", c[1])))
                        .as("%s = %s", c[0], c[1])
                        .extracting(FieldError::field, FieldError::code, FieldError::message)
                        .containsExactly("actions[1].value", "INVALID_VALUE", c[2]);
            }
        }

        @Test
        void labels_are_checked_one_by_one() {
            assertThat(refusalOf("type", "SET_FIELD", "field", "labels", "value", List.of("ok", "", "ok")))
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("actions[1].value[1]", "REQUIRED"), tuple("actions[1].value", "DUPLICATE"));
            assertThat(only(refusalOf("type", "SET_FIELD", "field", "title", "value", "x".repeat(501))).code())
                    .isEqualTo("TOO_LONG");
        }

        @Test
        void the_value_must_be_given_even_if_null() {
            assertThat(only(refusalOf("type", "SET_FIELD", "field", "dueDate")))
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly("actions[1].value", "REQUIRED");
        }
    }

    @Nested
    class Assign {
        @Test
        void adds_or_replaces_members() {
            assertThat(action("type", "ASSIGN", "memberIds", List.of(ADA.toString())))
                    .isEqualTo(new Action.Assign(List.of(ADA), false));
            assertThat(action("type", "ASSIGN", "memberIds", List.of(ADA.toString(), GRACE.toString()), "replace", true))
                    .isEqualTo(new Action.Assign(List.of(ADA, GRACE), true));
            assertThat(action("type", "ASSIGN", "memberIds", List.of(), "replace", true))
                    .isEqualTo(new Action.Assign(List.of(), true));
        }

        @Test
        void member_ids_must_be_uuids_unique_at_most_20_and_some_unless_replacing() {
            assertThat(only(refusalOf("type", "ASSIGN", "memberIds", List.of("ada"))))
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly("actions[1].memberIds[0]", "INVALID_VALUE");
            assertThat(only(refusalOf("type", "ASSIGN", "memberIds", List.of(ADA.toString(), ADA.toString()))).code())
                    .isEqualTo("DUPLICATE");
            assertThat(only(refusalOf("type", "ASSIGN", "memberIds", List.of())))
                    .extracting(FieldError::code, FieldError::message).containsExactly("TOO_FEW",
                            "must name at least one member; to unassign everyone send [] with \"replace\": true");
            List<String> many = new ArrayList<>(Collections.nCopies(21, ADA.toString()));
            assertThat(only(refusalOf("type", "ASSIGN", "memberIds", many)).code()).isEqualTo("INVALID_VALUE");
            assertThat(only(refusalOf("type", "ASSIGN")).field()).isEqualTo("actions[1].memberIds");
            assertThat(only(refusalOf("type", "ASSIGN", "memberIds", List.of(ADA.toString()), "replace", "yes")))
                    .extracting(FieldError::field, FieldError::code).containsExactly("actions[1].replace", "INVALID_TYPE");
        }

        @Test
        void to_a_team_takes_a_strategy_and_keeps_its_json_shape() {
            UUID team = UUID.randomUUID();
            Action action = action("type", "ASSIGN", "team", team.toString(), "strategy", "ROUND_ROBIN");
            assertThat(action).isEqualTo(new Action.AssignTeam(team, AssignStrategy.ROUND_ROBIN));
            assertThat(action.toJson()).isEqualTo(Map.of("type", "ASSIGN", "team", team.toString(),
                    "strategy", "ROUND_ROBIN"));
            assertThat(action("type", "ASSIGN", "team", team.toString(), "strategy", "LEAST_LOADED"))
                    .isEqualTo(new Action.AssignTeam(team, AssignStrategy.LEAST_LOADED));
        }

        @Test
        void to_a_team_needs_a_team_id_and_a_known_strategy_and_no_member_ids() {
            String team = UUID.randomUUID().toString();
            assertThat(only(refusalOf("type", "ASSIGN", "team", "ops", "strategy", "ROUND_ROBIN")))
                    .extracting(FieldError::field, FieldError::code).containsExactly("actions[1].team", "INVALID_VALUE");
            assertThat(only(refusalOf("type", "ASSIGN", "team", team))).extracting(FieldError::field, FieldError::code)
                    .containsExactly("actions[1].strategy", "REQUIRED");
            assertThat(only(refusalOf("type", "ASSIGN", "team", team, "strategy", "RANDOM")).message())
                    .startsWith("must be ROUND_ROBIN");
            assertThat(only(refusalOf("type", "ASSIGN", "team", team, "strategy", "ROUND_ROBIN", "memberIds",
                    List.of()))).extracting(FieldError::field, FieldError::code)
                    .containsExactly("actions[1].memberIds", "UNKNOWN_PROPERTY");
        }
    }

    @Nested
    class TransitionAndComment {
        @Test
        void transition_names_its_target_state() {
            assertThat(action("type", "TRANSITION", "to", "done")).isEqualTo(new Action.Transition("done"));
            assertThat(only(refusalOf("type", "TRANSITION"))).extracting(FieldError::field, FieldError::code)
                    .containsExactly("actions[1].to", "REQUIRED");
        }

        @Test
        void a_comment_has_1_to_10000_characters() {
            assertThat(action("type", "ADD_COMMENT", "text", "y".repeat(10_000))).isEqualTo(
                    new Action.AddComment("y".repeat(10_000)));
            assertThat(only(refusalOf("type", "ADD_COMMENT", "text", "y".repeat(10_001))))
                    .extracting(FieldError::field, FieldError::code).containsExactly("actions[1].text", "TOO_LONG");
            assertThat(only(refusalOf("type", "ADD_COMMENT", "text", "  "))).extracting(FieldError::code)
                    .isEqualTo("REQUIRED");
        }
    }

    @Nested
    class CreateWorkItem {
        @Test
        void creates_a_task_in_the_same_project_unless_told_otherwise() {
            assertThat(action("type", "CREATE_WORK_ITEM", "title", "Follow up"))
                    .isEqualTo(new Action.CreateWorkItem("Follow up", WorkItemType.TASK, null, false));
            assertThat(action("type", "CREATE_WORK_ITEM", "title", "Fix", "itemType", "BUG", "projectKey", "OPS",
                    "asChild", true)).isEqualTo(new Action.CreateWorkItem("Fix", WorkItemType.BUG, "OPS", true));
        }

        @Test
        void title_type_and_project_key_are_checked() {
            assertThat(refusalOf("type", "CREATE_WORK_ITEM", "itemType", "CHORE", "projectKey", "ops"))
                    .extracting(FieldError::field, FieldError::code).containsExactly(
                            tuple("actions[1].title", "REQUIRED"),
                            tuple("actions[1].itemType", "INVALID_VALUE"),
                            tuple("actions[1].projectKey", "INVALID_FORMAT"));
        }
    }

    @Nested
    class EmitEvent {
        @Test
        void the_name_gets_the_custom_prefix_once() {
            assertThat(action("type", "EMIT_EVENT", "name", "invoice.overdue"))
                    .isEqualTo(new Action.EmitEvent("custom.invoice.overdue", Map.of()));
            assertThat(action("type", "EMIT_EVENT", "name", "custom.invoice.overdue", "data", Map.of("n", 1)))
                    .isEqualTo(new Action.EmitEvent("custom.invoice.overdue", Map.of("n", 1)));
            assertThat(new Action.EmitEvent("deploy", null).name()).isEqualTo("custom.deploy");
        }

        @Test
        void the_name_is_lower_snake_dotted_and_data_a_small_object() {
            for (String bad : List.of("Invoice", "invoice..overdue", "invoice.", "1st", "in voice")) {
                assertThat(only(refusalOf("type", "EMIT_EVENT", "name", bad))).as(bad)
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly("actions[1].name", "INVALID_FORMAT");
            }
            assertThat(only(refusalOf("type", "EMIT_EVENT", "name", "a", "data", List.of())))
                    .extracting(FieldError::field, FieldError::code).containsExactly("actions[1].data", "INVALID_TYPE");
            Map<String, Object> big = new java.util.HashMap<>();
            for (int i = 0; i <= 50; i++) {
                big.put("k" + i, i);
            }
            assertThat(only(refusalOf("type", "EMIT_EVENT", "name", "a", "data", big)).code()).isEqualTo("TOO_MANY");
        }
    }

    @Test
    void an_unknown_or_missing_action_type_is_refused_with_the_types() {
        assertThat(only(refusalOf("type", "CALL_WEBHOOK"))).extracting(FieldError::field, FieldError::message)
                .containsExactly("actions[1].type", "'CALL_WEBHOOK' is not an action type; use one of SET_FIELD, "
                        + "ASSIGN, TRANSITION, ADD_COMMENT, CREATE_WORK_ITEM, EMIT_EVENT");
        assertThat(only(refusalOf("to", "done"))).extracting(FieldError::field, FieldError::code)
                .containsExactly("actions[1].type", "REQUIRED");
    }

    @Test
    void each_action_writes_back_its_json_shape() {
        Map<String, Object> data = json("n", 1, "none", null);
        List<Map<String, Object>> shapes = List.of(
                json("type", "SET_FIELD", "field", "priority", "value", "HIGH"),
                json("type", "SET_FIELD", "field", "dueDate", "value", "2026-12-01"),
                json("type", "ASSIGN", "memberIds", List.of(ADA.toString()), "replace", false),
                json("type", "TRANSITION", "to", "done"),
                json("type", "ADD_COMMENT", "text", "Hello"),
                json("type", "CREATE_WORK_ITEM", "title", "Fix", "itemType", "BUG", "projectKey", null, "asChild", true),
                json("type", "EMIT_EVENT", "name", "custom.x", "data", data));

        assertThat(aNewRule().then(shapes).create().actions()).extracting(Action::toJson).containsExactlyElementsOf(shapes);
    }
}
