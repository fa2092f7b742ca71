package io.worklane.api.graphql.notification;

import io.worklane.api.graphql.workitem.Actor;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An entry of a person's inbox: who did what to which work item. A burst of changes of one kind to one"
        + " item within a minute is one notification; count says how many it stands for.")
public class Notification {
    @Ignore
    private final io.worklane.domain.notification.Notification n;

    public Notification(io.worklane.domain.notification.Notification n) {
        this.n = n;
    }

    @Description("The notification's id.")
    @Id
    @NonNull
    public String getId() {
        return n.id().toString();
    }

    @NonNull
    @Description("What it is about. More kinds may come (a status report published): treat unknown ones generically.")
    public NotificationKindType getKind() {
        return NotificationKindType.of(n.kind());
    }

    @NonNull
    @Description("The workspace it comes from.")
    public String getWorkspaceId() {
        return n.workspaceId().toString();
    }

    @Description("The work item it is about.")
    public String getWorkItemId() {
        return n.subject().workItemId() == null ? null : n.subject().workItemId().toString();
    }

    @Description("The item's key, e.g. ENG-42.")
    public String getWorkItemKey() {
        return n.subject().key();
    }

    @Description("The item's title when the notification was made.")
    public String getWorkItemTitle() {
        return n.subject().title();
    }

    @Description("The comment it is about, if any.")
    public String getCommentId() {
        return n.commentId() == null ? null : n.commentId().toString();
    }

    @Description("The approval it is about, if any.")
    public String getApprovalId() {
        return n.approvalId() == null ? null : n.approvalId().toString();
    }

    @NonNull
    @Description("Who made the (latest) change.")
    public Actor getActor() {
        return Actor.of(n.actor());
    }

    @NonNull
    @Description("One line saying who did what (the latest change of a burst).")
    public String getSummary() {
        return n.summary();
    }

    @Description("How many changes it stands for (1 or more).")
    public int getCount() {
        return n.count();
    }

    @Description("Whether it was marked read.")
    public boolean isRead() {
        return !n.unread();
    }

    @Description("When it was marked read (ISO-8601).")
    public Instant getReadAt() {
        return n.readAt();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getCreatedAt() {
        return n.createdAt();
    }

    @NonNull
    @Description("When a burst last added to it (ISO-8601).")
    public Instant getUpdatedAt() {
        return n.updatedAt();
    }
}
