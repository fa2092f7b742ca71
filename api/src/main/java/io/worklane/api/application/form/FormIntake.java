package io.worklane.api.application.form;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormAnswers;
import io.worklane.domain.form.FormSubmission;
import io.worklane.domain.form.FormSubmissions;
import io.worklane.domain.form.SubmissionToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A submission to a form, with or without a credential: counted against the client address, read against the form
 * (every problem at once, nothing written), then filed as a work item through the ordinary create use case (so its
 * event, activity and automation run: routing rules, approval requests) by the form acting as a SYSTEM caller, with
 * the submitter's email and the token's hash kept, and {@code form.submitted} in the outbox: all one transaction.
 * A filled honeypot gets the same answer as a real submission, and nothing is written (ADR 0076).
 */
@ApplicationScoped
public class FormIntake {
    private final FormLookup lookup;
    private final SubmissionLimit limit;
    private final WorkItemService items;
    private final FormSubmissions submissions;
    private final Events events;
    private final Now now;

    public FormIntake(FormLookup lookup, SubmissionLimit limit, WorkItemService items, FormSubmissions submissions,
                      Events events, Now now) {
        this.lookup = lookup;
        this.limit = limit;
        this.items = items;
        this.submissions = submissions;
        this.events = events;
        this.now = now;
    }

    /** What the submitter gets: the token to follow the request with, and the form's confirmation text. */
    public record Receipt(SubmissionToken token, String confirmation) {
    }

    @WithTransaction
    public Uni<Receipt> submit(Optional<Caller> caller, String address, String slug, Map<String, Object> body) {
        return limit.admit(address)
                .chain(() -> lookup.open(slug, form -> PublicForms.mayOpen(caller, form)))
                .chain(form -> file(caller, form, FormAnswers.read(form, body)));
    }

    private Uni<Receipt> file(Optional<Caller> caller, Form form, FormAnswers.Answers answers) {
        SubmissionToken token = SubmissionToken.generate();
        Receipt receipt = new Receipt(token, form.definition().confirmation());
        if (answers.spam()) {
            return Uni.createFrom().item(receipt);
        }
        Caller filer = Caller.form(form.workspaceId(), form.id(), form.definition().title());
        return items.create(filer, form.workspaceId().toString(), draft(caller, form, answers))
                .map(item -> FormSubmission.of(form, item.id(), answers.email(), token, now.instant()))
                .call(submissions::insert)
                .call(s -> events.record("form.submitted", form.workspaceId(), s.id(), filer, s.createdAt(),
                        Map.of("formId", form.id().toString(), "slug", form.definition().slug(),
                                "workItemId", s.workItemId().toString(), "submitterEmail", s.submitterEmail()), null))
                .replaceWith(receipt);
    }

    private static WorkItemDraft draft(Optional<Caller> caller, Form form, FormAnswers.Answers a) {
        UUID reporter = caller.flatMap(c -> c.memberIn(form.workspaceId())).orElse(null);
        return new WorkItemDraft(form.projectId().toString(), form.definition().itemType(), a.title(), a.description(),
                null, a.priority(), List.of(), reporter, null, null, a.dueDate(), null, List.of(), a.customFields());
    }
}
