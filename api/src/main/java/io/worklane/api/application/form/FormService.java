package io.worklane.api.application.form;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.Forms;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Request intake forms, managed by workspace admins ({@code admin}): each change in one transaction with its event
 * ({@code form.created}, {@code form.updated}, {@code form.deleted}). A form of another workspace does not exist.
 */
@ApplicationScoped
public class FormService {
    private final Forms forms;
    private final FormChecks checks;
    private final FormLookup lookup;
    private final Access access;
    private final Events events;
    private final Now now;

    public FormService(Forms forms, FormChecks checks, FormLookup lookup, Access access, Events events, Now now) {
        this.forms = forms;
        this.checks = checks;
        this.lookup = lookup;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Form> create(Caller caller, String wsRef, FormDraft draft) {
        return access.workspace(caller, wsRef, Scope.ADMIN)
                .chain(ws -> checks.project(ws, draft.project(), draft.definition())
                        .map(project -> Form.create(ws.id(), project.id(), project.key(), draft.definition(), now.instant())))
                .chain(forms::insert)
                .call(saved -> events.record("form.created", saved.workspaceId(), saved.id(), caller, saved.createdAt(),
                        FormData.of(saved), null));
    }

    public Uni<Page<Form>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.ADMIN).chain(ws -> forms.list(ws.id(), page));
    }

    /** A workspace's forms when the workspace is already reached (GraphQL {@code Workspace.forms}). */
    public Uni<Page<Form>> listIn(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.ADMIN);
        return forms.list(workspaceId, page);
    }

    public Uni<Form> get(Caller caller, String wsRef, String formRef) {
        return access.workspace(caller, wsRef, Scope.ADMIN).chain(ws -> lookup.in(ws, formRef));
    }

    /** Applies {@code change} to the form as it is (a merge patch or a whole input), checked as on creation. */
    @WithTransaction
    public Uni<Form> update(Caller caller, String wsRef, String formRef, Long expected, UnaryOperator<FormDraft> change) {
        return access.workspace(caller, wsRef, Scope.ADMIN)
                .chain(ws -> editable(ws, formRef, expected).chain(current -> changed(ws, current, change)
                        .chain(forms::update)
                        .call(saved -> events.record("form.updated", saved.workspaceId(), saved.id(), caller,
                                saved.updatedAt(), FormData.of(saved), FormData.of(current)))));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String formRef, Long expected) {
        return access.workspace(caller, wsRef, Scope.ADMIN)
                .chain(ws -> editable(ws, formRef, expected))
                .call(current -> forms.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> events.record("form.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), FormData.of(current), null))
                .map(Form::id);
    }

    private Uni<Form> changed(Workspace ws, Form current, UnaryOperator<FormDraft> change) {
        FormDraft next = change.apply(new FormDraft(current.projectId().toString(), current.definition()));
        return checks.project(ws, next.project(), next.definition())
                .map(project -> current.change(project.id(), project.key(), next.definition(), now.instant()));
    }

    private Uni<Form> editable(Workspace ws, String formRef, Long expected) {
        return lookup.in(ws, formRef)
                .invoke(form -> ExpectedVersion.check(expected, form.version(), "Form " + form.definition().slug()));
    }
}
