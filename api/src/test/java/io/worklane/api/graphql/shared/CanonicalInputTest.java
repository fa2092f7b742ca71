package io.worklane.api.graphql.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request an idempotency key is bound to: the input's content, whatever its order or key. */
class CanonicalInputTest {
    public static class AnInput {
        public String title;
        public LocalDate dueDate;
        public List<String> labels;
        public JsonObject customFields;
        public String idempotencyKey;
    }

    @Test
    void theSameContentInAnotherOrderWithAnotherKeyIsTheSameRequest() {
        AnInput a = anInput("k1", Json.createObjectBuilder().add("points", 3.50).add("size", "L").build());
        AnInput b = anInput("k2", Json.createObjectBuilder().add("size", "L").add("points", 3.50).build());

        assertThat(IdempotentCreate.canonical(a)).isEqualTo(IdempotentCreate.canonical(b))
                .doesNotContain("k1").contains("\"dueDate\":\"2026-12-24\"");
    }

    @Test
    void anotherValueIsAnotherRequest() {
        AnInput a = anInput("k", Json.createObjectBuilder().add("points", 3).build());
        AnInput b = anInput("k", Json.createObjectBuilder().add("points", 4).build());

        assertThat(IdempotentCreate.canonical(a)).isNotEqualTo(IdempotentCreate.canonical(b));
    }

    private static AnInput anInput(String key, JsonObject customFields) {
        AnInput in = new AnInput();
        in.title = "Title";
        in.dueDate = LocalDate.parse("2026-12-24");
        in.labels = List.of("a", "b");
        in.customFields = customFields;
        in.idempotencyKey = key;
        return in;
    }
}
