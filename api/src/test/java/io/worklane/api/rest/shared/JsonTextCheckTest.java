package io.worklane.api.rest.shared;

import io.worklane.api.http.JsonTextCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text rules of request bodies (issue #20): no NUL, no lone surrogate, however they are written. */
class JsonTextCheckTest {
    private final ObjectMapper mapper = new ObjectMapper();

    JsonTextCheckTest() {
        new StrictJson().customize(mapper);
    }

    @Test
    void ordinaryTextAndEscapedBackslashesPass() throws Exception {
        assertThat(mapper.readValue("{\"a\":\"x\\\\u0000y \\ud83d\\ude00 é\"}".getBytes(), Map.class).get("a"))
                .isEqualTo("x\\u0000y \uD83D\uDE00 é");
        assertThat(mapper.readValue("{\"a\":\"\\u0041\"}", Map.class).get("a")).isEqualTo("A");
    }

    @Test
    void nulIsRefusedInValuesAndNames() {
        assertThatThrownBy(() -> mapper.readValue("{\"a\":\"x\\u0000\"}".getBytes(), Map.class))
                .isInstanceOf(JsonTextCheck.InvalidText.class);
        assertThatThrownBy(() -> mapper.readValue("{\"\\u0000\":1}", Map.class)).isInstanceOf(JsonTextCheck.InvalidText.class);
    }

    @Test
    void loneSurrogatesAreRefusedEscapedOrEncoded() {
        assertThatThrownBy(() -> mapper.readValue("{\"a\":\"\\ud800\"}".getBytes(), Map.class))
                .isInstanceOf(JsonTextCheck.InvalidText.class);
        assertThatThrownBy(() -> mapper.readValue("{\"a\":\"\\udc00x\"}".getBytes(), Map.class))
                .isInstanceOf(JsonTextCheck.InvalidText.class);
        assertThatThrownBy(() -> mapper.readValue(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, '"', '}'}, Map.class)).isInstanceOf(JsonTextCheck.InvalidText.class);
    }

    @Test
    void trailingGarbageAndNullListItemsAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{} {}", Map.class)).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> mapper.readValue("{} x", Map.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        record Body(java.util.List<String> labels) {
        }
        assertThatThrownBy(() -> mapper.readValue("{\"labels\":[null]}", Body.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidNullException.class);
    }

    @Test
    void hugeDecimalsInUntypedBodiesStayExact() throws Exception {
        assertThat(mapper.readValue("{\"a\":1e400}", Map.class).get("a")).isEqualTo(new java.math.BigDecimal("1e400"));
    }
}
