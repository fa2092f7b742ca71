package io.worklane.api.application.form;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormAccess;
import io.worklane.domain.form.FormSubmission;
import io.worklane.domain.form.FormSubmissions;
import io.worklane.domain.form.SubmissionToken;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.WorkflowState;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * What anyone with a form's link may read: the form itself, and the status of a request they submitted (its state,
 * and nothing else). A MEMBERS form is 404 to anyone but the workspace's members and keys, and an unknown, malformed
 * or other form's token is 404 too: the answers tell a stranger nothing about what exists.
 */
@ApplicationScoped
public class PublicForms {
    private final FormLookup lookup;
    private final FormSubmissions submissions;
    private final WorkItems workItems;
    private final WorkflowResolver workflows;

    public PublicForms(FormLookup lookup, FormSubmissions submissions, WorkItems workItems, WorkflowResolver workflows) {
        this.lookup = lookup;
        this.submissions = submissions;
        this.workItems = workItems;
        this.workflows = workflows;
    }

    /** What a submitter may learn of their request. */
    public record Status(String status, String statusName, String category) {
    }

    public Uni<Form> open(Optional<Caller> caller, String slug) {
        return lookup.open(slug, form -> mayOpen(caller, form));
    }

    public Uni<Status> status(Optional<Caller> caller, String slug, String token) {
        return open(caller, slug)
                .chain(form -> SubmissionToken.isWellFormed(token)
                        ? submissions.findByTokenHash(form.id(), new SubmissionToken(token).hash())
                        : Uni.createFrom().item(Optional.<FormSubmission>empty()))
                .map(found -> found.orElseThrow(PublicForms::unknownToken))
                .chain(s -> workItems.byIds(s.workspaceId(), List.of(s.workItemId())))
                .map(items -> items.stream().findFirst().orElseThrow(PublicForms::unknownToken))
                .chain(this::statusOf);
    }

    static boolean mayOpen(Optional<Caller> caller, Form form) {
        return form.definition().access() == FormAccess.PUBLIC || caller.map(c -> c.maySee(form.workspaceId())).orElse(false);
    }

    private Uni<Status> statusOf(WorkItem item) {
        return workflows.forItem(item).map(workflow -> {
            Optional<WorkflowState> state = workflow.state(item.status());
            return new Status(item.status(), state.map(WorkflowState::name).orElse(item.status()),
                    state.map(s -> s.category().name()).orElse(null));
        });
    }

    private static DomainException unknownToken() {
        return new DomainException(ErrorCode.LINK_NOT_VALID, "This tracking link is not valid. Use the link you got"
                + " when you sent your request.");
    }
}
