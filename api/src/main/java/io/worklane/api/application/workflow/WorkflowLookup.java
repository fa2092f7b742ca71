package io.worklane.api.application.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.Workflows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Finds a workflow of a workspace by id, or refuses with WORKFLOW_NOT_FOUND. */
@ApplicationScoped
public class WorkflowLookup {
    private final Workflows workflows;

    public WorkflowLookup(Workflows workflows) {
        this.workflows = workflows;
    }

    public Uni<Workflow> load(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        Uni<Optional<Workflow>> found = id == null ? Uni.createFrom().item(Optional.empty())
                : workflows.find(workspaceId, id);
        return found.map(w -> w.orElseThrow(() -> DomainException.notFound(ErrorCode.WORKFLOW_NOT_FOUND, "Workflow",
                String.valueOf(ref))));
    }
}
