package io.worklane.domain.webhook;

import static io.worklane.domain.webhook.WebhookSecretTest.SPEC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.worklane.domain.webhook.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The vector is the one published by the Standard Webhooks specification's reference libraries
 * (standard-webhooks/standard-webhooks, libraries/java/.../WebhookTest.java, verifyWebhookSignWorks).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSignatureTest {
    private static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String PAYLOAD = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SENT_AT = Instant.ofEpochSecond(TIMESTAMP);
    private static final WebhookSecret SPEC = WebhookSecret.parse(SPEC_SECRET);
    private static final WebhookSecret OTHER = WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(
            "another secret of 32 bytes long!".getBytes(StandardCharsets.US_ASCII)));

    private static Verdict verify(String header, Instant now) {
        return WebhookSignature.verify(MSG_ID, Long.toString(TIMESTAMP), PAYLOAD, header, List.of(SPEC), now);
    }

    @Test
    void signing_the_specification_vector_gives_the_published_signature() {
        assertThat(WebhookSignature.sign(MSG_ID, TIMESTAMP, PAYLOAD, List.of(SPEC))).isEqualTo(EXPECTED);
    }

    @Test
    void the_published_signature_verifies() {
        assertThat(verify(EXPECTED, SENT_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void the_signed_content_is_id_dot_timestamp_dot_body_in_utf_8() throws Exception {
        String body = "{\"title\":\"Café ☕\"}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SPEC.key(), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign("msg_1", 1_700_000_000L, body, List.of(SPEC))).isEqualTo(expected);
    }

    @Test
    void during_rotation_the_header_carries_one_signature_per_secret_separated_by_a_space() {
        String header = WebhookSignature.sign(MSG_ID, TIMESTAMP, PAYLOAD, List.of(OTHER, SPEC));

        assertThat(header.split(" ")).hasSize(2).endsWith(EXPECTED);
        assertThat(header.split(" ")[0]).startsWith("v1,").isNotEqualTo(EXPECTED);
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330", PAYLOAD, header, List.of(OTHER), SENT_AT))
                .isEqualTo(Verdict.VALID);
        assertThat(verify(header, SENT_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_receiver_skips_signatures_of_other_versions_and_garbage_until_one_matches() {
        assertThat(verify("v1a,bm9wZQ== v1,bm9wZQ== nonsense " + EXPECTED, SENT_AT)).isEqualTo(Verdict.VALID);
        assertThat(verify("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SENT_AT))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verify("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SENT_AT))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verify(null, SENT_AT)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void a_changed_body_id_or_secret_does_not_verify() {
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330", "{\"test\":2432232314}", EXPECTED, List.of(SPEC), SENT_AT))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(WebhookSignature.verify("msg_other", "1614265330", PAYLOAD, EXPECTED, List.of(SPEC), SENT_AT))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330", PAYLOAD, EXPECTED, List.of(OTHER), SENT_AT))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void a_timestamp_more_than_five_minutes_away_is_refused_even_with_a_good_signature() {
        assertThat(verify(EXPECTED, SENT_AT.plusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(EXPECTED, SENT_AT.minusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(EXPECTED, SENT_AT.plusSeconds(301))).isEqualTo(Verdict.TIMESTAMP_TOO_OLD);
        assertThat(verify(EXPECTED, SENT_AT.minusSeconds(301))).isEqualTo(Verdict.TIMESTAMP_TOO_NEW);
    }

    @Test
    void the_tolerance_can_be_narrowed() {
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330", PAYLOAD, EXPECTED, List.of(SPEC),
                SENT_AT.plusSeconds(31), Duration.ofSeconds(30))).isEqualTo(Verdict.TIMESTAMP_TOO_OLD);
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330", PAYLOAD, EXPECTED, List.of(SPEC),
                SENT_AT.plusSeconds(30), Duration.ofSeconds(30))).isEqualTo(Verdict.VALID);
    }

    @Test
    void a_timestamp_that_is_not_a_whole_number_is_malformed() {
        assertThat(WebhookSignature.verify(MSG_ID, "1614265330.5", PAYLOAD, EXPECTED, List.of(SPEC), SENT_AT))
                .isEqualTo(Verdict.MALFORMED_TIMESTAMP);
        assertThat(WebhookSignature.verify(MSG_ID, null, PAYLOAD, EXPECTED, List.of(SPEC), SENT_AT))
                .isEqualTo(Verdict.MALFORMED_TIMESTAMP);
    }

    @Test
    void a_retry_keeps_the_id_and_signs_its_new_timestamp() {
        var first = WebhookSignature.headers(MSG_ID, TIMESTAMP, PAYLOAD, List.of(SPEC));
        var retry = WebhookSignature.headers(MSG_ID, TIMESTAMP + 5, PAYLOAD, List.of(SPEC));

        assertThat(first).containsExactly(
                entry("webhook-id", MSG_ID),
                entry("webhook-timestamp", "1614265330"),
                entry("webhook-signature", EXPECTED));
        assertThat(retry.get("webhook-id")).isEqualTo(MSG_ID);
        assertThat(retry.get("webhook-signature")).isNotEqualTo(EXPECTED);
        assertThat(WebhookSignature.verify(MSG_ID, retry.get("webhook-timestamp"), PAYLOAD,
                retry.get("webhook-signature"), List.of(SPEC), SENT_AT)).isEqualTo(Verdict.VALID);
    }

    @Test
    void an_id_with_a_dot_or_no_secret_cannot_be_signed() {
        assertThatThrownBy(() -> WebhookSignature.sign("msg.1", TIMESTAMP, PAYLOAD, List.of(SPEC)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.sign("", TIMESTAMP, PAYLOAD, List.of(SPEC)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.sign(MSG_ID, TIMESTAMP, PAYLOAD, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
