package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.UUID;

/** Port: the members of a workspace who hold a role (the approvers of an approval asked of a role). */
public interface People {
    Uni<List<UUID>> withRole(UUID workspaceId, MemberRole role);
}
