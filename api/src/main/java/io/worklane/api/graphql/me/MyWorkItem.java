package io.worklane.api.graphql.me;

import java.time.LocalDate;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A work item on the caller's list, with the workspace it is in (read it in full with node(id:)).")
public record MyWorkItem(@Description("The work item's id.") @Id @NonNull String id, @Description("The workspace's id.") @NonNull String workspaceId, @Description("The workspace's slug.") @NonNull String workspaceSlug,
                         @Description("Its key, e.g. ENG-42.") @NonNull String key, @Description("Its title.") @NonNull String title, @Description("Its workflow state's key.") @NonNull String status, @Description("Its priority.") @NonNull String priority,
                         LocalDate dueDate, @NonNull Instant updatedAt) {
    static MyWorkItem of(io.worklane.domain.me.MyWorkItem i) {
        return new MyWorkItem(i.id().toString(), i.workspaceId().toString(), i.workspaceSlug(), i.key(), i.title(),
                i.status(), i.priority(), i.dueDate(), i.updatedAt());
    }
}
