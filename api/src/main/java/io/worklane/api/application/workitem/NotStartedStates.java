package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.WorkflowState;
import io.worklane.domain.workflow.Workflows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The states in which work has not started, for cycle time: the TODO-category states of the
 * workspace's workflows. A key used as TODO in one workflow and otherwise in another counts as not
 * started (a rare naming clash that only shifts a start time).
 */
@ApplicationScoped
public class NotStartedStates {
    private final Workflows workflows;

    public NotStartedStates(Workflows workflows) {
        this.workflows = workflows;
    }

    public Uni<List<String>> of(UUID workspaceId) {
        return workflows.list(workspaceId, PageRequest.of(PageRequest.MAX_LIMIT, null)).map(page -> page.items()
                .stream().flatMap(w -> w.states().stream()).filter(s -> s.category() == StateCategory.TODO)
                .map(WorkflowState::key).distinct().toList());
    }
}
