package io.worklane.api.graphql.notification;

import io.worklane.domain.notification.Watcher;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Watcher")
@Description("A member following a work item, and why (CREATOR, ASSIGNEE, COMMENTER, MENTIONED or MANUAL).")
public record WatcherType(@Description("The member who watches.") @NonNull String memberId, @Description("Why they watch: they made it, work on it, commented, were mentioned, or chose to.") @NonNull WatchReasonType reason, @NonNull Instant since) {
    public static WatcherType of(Watcher w) {
        return new WatcherType(w.memberId().toString(), WatchReasonType.valueOf(w.reason().name()), w.since());
    }
}
