package io.worklane.api.graphql.me;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A pending approval the caller may decide and has not decided yet (read it in full with node(id:)).")
public record AwaitedApproval(@Id @NonNull String id, @NonNull String workspaceId, @NonNull String workspaceSlug,
                              @NonNull String workItemId, @NonNull String workItemKey, @NonNull String workItemTitle,
                              @NonNull String policy, String requestedByName, @NonNull Instant requestedAt) {
    static AwaitedApproval of(io.worklane.domain.me.AwaitedApproval a) {
        return new AwaitedApproval(a.id().toString(), a.workspaceId().toString(), a.workspaceSlug(),
                a.workItemId().toString(), a.workItemKey(), a.workItemTitle(), a.policy(), a.requestedByName(),
                a.requestedAt());
    }
}
