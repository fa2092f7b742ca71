package io.worklane.api.application.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.notification.MentionParser;
import io.worklane.domain.notification.Mentions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Records who a saved text mentions: the names in it, resolved among the workspace's members only (a name of
 * nobody here is dropped silently: no notification, and no hint of who exists elsewhere).
 */
@ApplicationScoped
public class MentionRecorder {
    private final Mentions mentions;

    public MentionRecorder(Mentions mentions) {
        this.mentions = mentions;
    }

    /**
     * Makes the text's mentions what it says now; answers who is newly mentioned. {@code fresh}: the text is
     * new, so it had none before (a text without a name then costs no statement).
     */
    public Uni<Set<UUID>> record(UUID workspaceId, UUID workItemId, UUID commentId, String markdown, boolean fresh,
                                 Instant at) {
        Set<String> names = MentionParser.mentions(markdown);
        if (fresh && names.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return (names.isEmpty() ? Uni.createFrom().item(Set.<UUID>of()) : mentions.resolve(workspaceId, names))
                .chain(members -> mentions.replace(workspaceId, workItemId, commentId, members, at));
    }
}
