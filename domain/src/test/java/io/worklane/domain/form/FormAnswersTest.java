package io.worklane.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormAnswersTest {
    private static final FormField SUMMARY = new FormField("summary", "Summary", null, FormFieldType.TEXT, "title", true,
            null, 3, 50, null, null, null);
    private static final FormField URGENCY = new FormField("urgency", "Urgency", null, FormFieldType.SELECT, "priority",
            false, List.of("LOW", "HIGH"), null, null, null, null, null);
    private static final FormField DAY = new FormField("day", "By when", null, FormFieldType.DATE, "dueDate", false,
            null, null, null, null, null, null);
    private static final FormField SEATS = new FormField("seats", "Seats", null, FormFieldType.NUMBER,
            "customFields.seats", false, null, null, null, 1.0, 10.0, null);
    private static final FormField TICKET = new FormField("ticket", "Ticket", null, FormFieldType.TEXT,
            "customFields.ticket", false, null, null, null, null, null, "[A-Z]+-[0-9]+");

    private static Form aForm() {
        return Form.create(UUID.randomUUID(), UUID.randomUUID(), "HELP", new FormDefinition("it-help", "Ask IT", null,
                null, null, null, List.of(SUMMARY, URGENCY, DAY, SEATS, TICKET)), Instant.EPOCH);
    }

    @Test
    void answers_go_to_the_fields_they_target() {
        var answers = FormAnswers.read(aForm(), Map.of("email", " ada@example.com ", "summary", "New laptop",
                "urgency", "HIGH", "day", "2026-12-24", "seats", 3, "ticket", "IT-42", "website", ""));
        assertThat(answers.spam()).isFalse();
        assertThat(answers.email()).isEqualTo("ada@example.com");
        assertThat(answers.title()).isEqualTo("New laptop");
        assertThat(answers.priority()).isEqualTo(Priority.HIGH);
        assertThat(answers.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(answers.customFields()).containsEntry("seats", new BigDecimal("3")).containsEntry("ticket", "IT-42");
    }

    @Test
    void every_problem_is_refused_at_once() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> FormAnswers.read(aForm(),
                Map.of("summary", "ab", "urgency", "SOON", "day", "tomorrow", "seats", 11, "ticket", "it 42",
                        "role", "admin")));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("role", "UNKNOWN_FIELD"),
                org.assertj.core.groups.Tuple.tuple("email", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("summary", "TOO_SHORT"),
                org.assertj.core.groups.Tuple.tuple("urgency", "INVALID_VALUE"),
                org.assertj.core.groups.Tuple.tuple("day", "INVALID_VALUE"),
                org.assertj.core.groups.Tuple.tuple("seats", "OUT_OF_RANGE"),
                org.assertj.core.groups.Tuple.tuple("ticket", "INVALID_FORMAT"));
    }

    @Test
    void a_filled_honeypot_is_spam_whatever_else_is_sent() {
        assertThat(FormAnswers.read(aForm(), Map.of("website", "http://spam.example", "junk", 1)).spam()).isTrue();
    }

    @Test
    void a_pathological_pattern_gives_up_instead_of_hanging() {
        FormField evil = new FormField("name", "Name", null, FormFieldType.TEXT, "title", true, null, null, null, null,
                null, "(a+)+$");
        Form form = Form.create(UUID.randomUUID(), UUID.randomUUID(), "HELP", new FormDefinition("evil-form", "Evil",
                null, null, null, null, List.of(evil)), Instant.EPOCH);
        DomainException refused = catchThrowableOfType(DomainException.class, () -> FormAnswers.read(form,
                Map.of("email", "a@example.com", "name", "a".repeat(400) + "!")));
        assertThat(refused.errors()).extracting(FieldError::code).containsExactly("INVALID_FORMAT");
    }

    @Test
    void the_schema_describes_the_submission_and_the_hints_its_display() {
        Form form = aForm();
        Map<String, Object> schema = FormSchema.schema(form);
        assertThat(schema).containsEntry("$schema", FormSchema.DIALECT).containsEntry("additionalProperties", false)
                .containsEntry("required", List.of("email", "summary"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        assertThat(properties.keySet()).containsExactly("email", "summary", "urgency", "day", "seats", "ticket", "website");
        assertThat(properties.get("seats")).containsEntry("type", "number").containsEntry("minimum", 1.0);
        assertThat(properties.get("day")).containsEntry("format", "date");
        assertThat(FormSchema.ui(form)).containsEntry("hidden", List.of("website"));
    }
}
