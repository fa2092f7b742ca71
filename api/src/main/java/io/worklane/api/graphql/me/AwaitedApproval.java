package io.worklane.api.graphql.me;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A pending approval the caller may decide and has not decided yet (read it in full with node(id:)).")
public record AwaitedApproval(@Description("The approval's id.") @Id @NonNull String id,
                              @Description("The workspace's id.") @NonNull String workspaceId,
                              @Description("The workspace's slug.") @NonNull String workspaceSlug,
                              @Description("The work item's id.") @NonNull String workItemId,
                              @Description("The work item's key, e.g. ENG-42.") @NonNull String workItemKey,
                              @Description("The work item's title.") @NonNull String workItemTitle,
                              @Description("The approval policy it was asked under.") @NonNull String policy,
                              @Description("Who asked for it; null when that actor is gone.") String requestedByName,
                              @NonNull Instant requestedAt) {
    static AwaitedApproval of(io.worklane.domain.me.AwaitedApproval a) {
        return new AwaitedApproval(a.id().toString(), a.workspaceId().toString(), a.workspaceSlug(),
                a.workItemId().toString(), a.workItemKey(), a.workItemTitle(), a.policy(), a.requestedByName(),
                a.requestedAt());
    }
}
