package io.worklane.domain.form;

import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.UUID;

/** A request intake form of a PROCESS project: its submissions become work items of that project. */
public record Form(UUID id, UUID workspaceId, UUID projectId, String projectKey, FormDefinition definition, long version,
                   Instant createdAt, Instant updatedAt) {

    public static Form create(UUID workspaceId, UUID projectId, String projectKey, FormDefinition definition,
                              Instant now) {
        return new Form(Ids.newId(), workspaceId, projectId, projectKey, definition.validated(), 0, now, now);
    }

    public Form change(UUID newProjectId, String newProjectKey, FormDefinition changed, Instant now) {
        return new Form(id, workspaceId, newProjectId, newProjectKey, changed.validated(), version, createdAt, now);
    }

    /** Whether a caller who belongs to {@code callerSeesWorkspace} or not may open the form at all. */
    public boolean isOpenTo(boolean callerSeesWorkspace) {
        return definition.access() == FormAccess.PUBLIC || callerSeesWorkspace;
    }
}
