package io.worklane.api.graphql.notification;

import io.worklane.domain.notification.Mention;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Mention")
@Description("A member mentioned (@handle or @address) in a work item's description (commentId null) or in a comment.")
public record MentionType(@Description("The mention's id.") @NonNull String id, @Description("The member mentioned.") @NonNull String memberId, @Description("The comment that mentions them; null for the description.") String commentId, @NonNull Instant createdAt) {
    public static MentionType of(Mention m) {
        return new MentionType(m.id().toString(), m.memberId().toString(),
                m.commentId() == null ? null : m.commentId().toString(), m.createdAt());
    }
}
