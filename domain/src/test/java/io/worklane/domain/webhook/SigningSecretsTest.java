package io.worklane.domain.webhook;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SigningSecretsTest {
    private final WebhookSecret old = WebhookSecret.generate();
    private final WebhookSecret next = WebhookSecret.generate();

    @Test
    void a_subscription_that_never_rotated_signs_with_its_one_secret() {
        assertThat(SigningSecrets.of(old).activeAt(NOW)).containsExactly(old);
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_window_ends_the_new_one_first() {
        SigningSecrets rotated = SigningSecrets.of(old).rotate(next, LATER);

        assertThat(rotated.activeAt(NOW)).containsExactly(next, old);
        assertThat(rotated.activeAt(LATER.minusMillis(1))).containsExactly(next, old);
        assertThat(rotated.activeAt(LATER)).containsExactly(next);
    }

    @Test
    void during_the_window_a_receiver_holding_either_secret_verifies() {
        String header = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), "{}",
                SigningSecrets.of(old).rotate(next, LATER).activeAt(NOW));

        assertThat(WebhookSignature.verify("msg_1", Long.toString(NOW.getEpochSecond()), "{}", header, List.of(old), NOW)
                .valid()).isTrue();
        assertThat(WebhookSignature.verify("msg_1", Long.toString(NOW.getEpochSecond()), "{}", header, List.of(next), NOW)
                .valid()).isTrue();
    }

    @Test
    void rotating_again_drops_the_oldest_secret() {
        WebhookSecret third = WebhookSecret.generate();

        assertThat(SigningSecrets.of(old).rotate(next, LATER).rotate(third, LATER).activeAt(NOW))
                .containsExactly(third, next);
    }
}
