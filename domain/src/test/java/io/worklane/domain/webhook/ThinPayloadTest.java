package io.worklane.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ThinPayloadTest {
    private static final UUID WORKSPACE = UUID.fromString("0195a2b0-0000-7000-8000-000000000001");
    private static final UUID ITEM = UUID.fromString("0195a2b0-0000-7000-8000-0000000000f1");
    private static final ThinPayload.Event EVENT = new ThinPayload.Event("msg_01", "work_item.updated", WORKSPACE,
            ITEM, "https://worklane.example/api/v1/work-items/" + ITEM);

    @Test
    void a_body_within_the_cap_is_sent_whole_up_to_the_last_byte() {
        String body = "{\"a\":12345}"; // 11 bytes

        assertThat(ThinPayload.bodyToSend(body, 11, EVENT)).isSameAs(body);
        assertThat(ThinPayload.bodyToSend(body, 10, EVENT)).isNotEqualTo(body).contains("\"thin\":true");
    }

    @Test
    void the_cap_counts_utf_8_bytes_not_characters() {
        String body = "{\"a\":\"ééé\"}"; // 11 characters, 14 bytes

        assertThat(ThinPayload.fits(body, 14)).isTrue();
        assertThat(ThinPayload.fits(body, 13)).isFalse();
        assertThat(ThinPayload.fits("{\"a\":\"\uD83D\uDE00\"}", 11)).isFalse(); // 10 characters, 12 bytes
        assertThat(ThinPayload.fits("{\"a\":\"\uD83D\uDE00\"}", 12)).isTrue();
    }

    @Test
    void an_oversized_body_is_sent_thin_with_the_ids_and_a_link() {
        String full = "{\"data\":\"" + "x".repeat(300_000) + "\"}";

        assertThat(ThinPayload.bodyToSend(full, ThinPayload.DEFAULT_CAP_BYTES, EVENT)).isEqualTo(
                "{\"id\":\"msg_01\",\"type\":\"work_item.updated\",\"workspaceId\":\"0195a2b0-0000-7000-8000-000000000001\","
                        + "\"thin\":true,\"subjectId\":\"0195a2b0-0000-7000-8000-0000000000f1\","
                        + "\"link\":\"https://worklane.example/api/v1/work-items/0195a2b0-0000-7000-8000-0000000000f1\"}");
    }

    @Test
    void the_thin_body_is_sent_even_when_it_exceeds_a_tiny_cap() {
        assertThat(ThinPayload.bodyToSend("{\"a\":1}", 1, EVENT)).startsWith("{\"id\":\"msg_01\"");
    }

    @Test
    void a_missing_subject_is_written_as_null() {
        ThinPayload.Event event = new ThinPayload.Event("msg_02", "workspace.created", WORKSPACE, null, "https://w.example/x");

        assertThat(ThinPayload.thin(event)).contains("\"subjectId\":null,");
    }

    @Test
    void text_is_escaped_as_json_requires() {
        assertThat(ThinPayload.quote("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(ThinPayload.quote("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        assertThat(ThinPayload.quote("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001f\u007f\"");
        assertThat(ThinPayload.quote("line\u2028para\u2029")).isEqualTo("\"line\\u2028para\\u2029\"");
        assertThat(ThinPayload.quote("café \uD83D\uDE00")).isEqualTo("\"café \uD83D\uDE00\"");
        assertThat(ThinPayload.quote(null)).isEqualTo("null");
    }

    @Test
    void a_link_with_quotes_cannot_break_out_of_its_string() {
        ThinPayload.Event event = new ThinPayload.Event("msg_03", "work_item.updated", WORKSPACE, ITEM,
                "https://w.example/\",\"thin\":false,\"x\":\"");

        assertThat(ThinPayload.thin(event)).endsWith(
                "\"link\":\"https://w.example/\\\",\\\"thin\\\":false,\\\"x\\\":\\\"\"}");
    }

    @Test
    void the_cap_must_be_positive() {
        assertThatThrownBy(() -> ThinPayload.bodyToSend("{}", 0, EVENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
