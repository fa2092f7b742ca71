package io.worklane.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures made the way Worklane sends them (Standard Webhooks), checked as a receiver would. */
class WebhookVerifierTest {
    private static final String OLD = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String NEW = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
    private static final String BODY = "{\"type\":\"work_item.created\",\"seq\":7,\"data\":{\"key\":\"ENG-1\"}}";

    @Test
    void the_specifications_published_vector_signs_as_expected() throws Exception {
        assertThat(new Webhook(OLD).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void a_delivery_signed_with_the_secret_is_read_as_its_event() throws Exception {
        JsonNodeAssert.event(new WebhookVerifier(NEW).verify(headers(NEW, BODY, Instant.now()), BODY));
    }

    @Test
    void during_a_rotation_either_secret_verifies() throws Exception {
        assertThat(new WebhookVerifier(NEW, OLD).verify(headers(OLD, BODY, Instant.now()), BODY).path("seq").asLong())
                .isEqualTo(7);
    }

    @Test
    void a_changed_body_another_secret_or_an_old_timestamp_is_refused() throws Exception {
        WebhookVerifier verifier = new WebhookVerifier(NEW);
        assertThatThrownBy(() -> verifier.verify(headers(NEW, BODY, Instant.now()), BODY.replace("7", "8")))
                .isInstanceOf(WebhookVerifier.InvalidSignature.class);
        assertThatThrownBy(() -> verifier.verify(headers(OLD, BODY, Instant.now()), BODY))
                .isInstanceOf(WebhookVerifier.InvalidSignature.class);
        assertThatThrownBy(() -> verifier.verify(headers(NEW, BODY, Instant.now().minusSeconds(3600)), BODY))
                .isInstanceOf(WebhookVerifier.InvalidSignature.class);
    }

    private static Map<String, List<String>> headers(String secret, String body, Instant at) throws Exception {
        String id = "msg_2mXq" + at.getEpochSecond();
        return Map.of("Webhook-Id", List.of(id), "Webhook-Timestamp", List.of(Long.toString(at.getEpochSecond())),
                "Webhook-Signature", List.of(new Webhook(secret).sign(id, at.getEpochSecond(), body)));
    }

    private static final class JsonNodeAssert {
        static void event(com.fasterxml.jackson.databind.JsonNode event) {
            assertThat(event.path("type").asText()).isEqualTo("work_item.created");
            assertThat(event.path("data").path("key").asText()).isEqualTo("ENG-1");
        }
    }
}
