package io.worklane.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AudienceTest {
    private final UUID ada = UUID.randomUUID();
    private final UUID grace = UUID.randomUUID();
    private final UUID linus = UUID.randomUUID();

    @Test
    void theActorIsToldNothingAndEachPersonOnceUnderTheFirstKind() {
        Map<UUID, NotificationKind> told = new Audience(grace)
                .add(List.of(ada), NotificationKind.MENTIONED)
                .add(List.of(ada, grace, linus), NotificationKind.COMMENTED)
                .recipients();

        assertThat(told).containsExactly(Map.entry(ada, NotificationKind.MENTIONED),
                Map.entry(linus, NotificationKind.COMMENTED));
    }

    @Test
    void aChangeByAKeyExcludesNobody() {
        assertThat(new Audience(null).add(List.of(ada), NotificationKind.ASSIGNED).recipients()).containsOnlyKeys(ada);
    }

    @Test
    void kindsKnowTheirDefaults() {
        assertThat(Preferences.DEFAULTS.of(NotificationKind.MENTIONED).channel()).isEqualTo(Channel.EMAIL);
        assertThat(Preferences.DEFAULTS.of(NotificationKind.ASSIGNED).channel()).isEqualTo(Channel.EMAIL);
        assertThat(Preferences.DEFAULTS.of(NotificationKind.APPROVAL_REQUESTED).channel()).isEqualTo(Channel.EMAIL);
        assertThat(Preferences.DEFAULTS.of(NotificationKind.COMMENTED).channel()).isEqualTo(Channel.INBOX);
        assertThat(Preferences.DEFAULTS.effective()).hasSize(NotificationKind.values().length);
    }
}
