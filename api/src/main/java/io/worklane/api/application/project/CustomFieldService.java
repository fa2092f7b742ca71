package io.worklane.api.application.project;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Use cases of custom field definitions, per project. */
@ApplicationScoped
public class CustomFieldService {
    private final CustomFields fields;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public CustomFieldService(CustomFields fields, Projects projects, Access access, Events events, Now now,
                              ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.fields = fields;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    public record Draft(String key, String name, CustomFieldType type, List<String> options, Boolean required) {
    }

    public record Patch(Change<String> name, Change<List<String>> options, Change<Boolean> required) {
    }

    @WithTransaction
    public Uni<CustomField> create(Caller caller, String wsRef, String projectRef, Draft d) {
        return inProject(caller, wsRef, projectRef, Scope.PROJECTS_WRITE, project -> {
            CustomField field = CustomField.define(project.workspaceId(), project.id(), d.key(), d.name(), d.type(),
                    d.options(), Boolean.TRUE.equals(d.required()), now.instant());
            return fields.insert(field).call(f -> events.record("custom_field.created", f.workspaceId(), f.id(),
                    caller, f.createdAt(), ProjectData.of(f), null));
        });
    }

    public Uni<CustomField> get(Caller caller, String wsRef, String projectRef, String id) {
        return inProject(caller, wsRef, projectRef, Scope.PROJECTS_READ, project -> load(project, id));
    }

    public Uni<Page<CustomField>> list(Caller caller, String wsRef, String projectRef, PageRequest page) {
        return inProject(caller, wsRef, projectRef, Scope.PROJECTS_READ, project -> fields.list(project.workspaceId(),
                project.id(), page));
    }

    @WithTransaction
    public Uni<CustomField> update(Caller caller, String wsRef, String projectRef, String id, Long expectedVersion,
                                   Patch patch) {
        return inProject(caller, wsRef, projectRef, Scope.PROJECTS_WRITE, project -> load(project, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Custom field " + current.key());
            CustomField changed = current.change(patch.name(), patch.options(), patch.required(), now.instant());
            return fields.update(changed).call(saved -> events.record("custom_field.updated", saved.workspaceId(),
                    saved.id(), caller, saved.updatedAt(), ProjectData.of(saved), ProjectData.of(current)));
        }));
    }

    /** Deleting a definition leaves stored values in place; they are dropped on the item's next change. */
    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String projectRef, String id, Long expectedVersion) {
        return inProject(caller, wsRef, projectRef, Scope.PROJECTS_WRITE, project -> load(project, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Custom field " + current.key());
            return fields.delete(project.workspaceId(), current.id(), current.version())
                    .call(() -> events.record("custom_field.deleted", current.workspaceId(), current.id(), caller,
                            now.instant(), ProjectData.of(current), null));
        }));
    }

    private <T> Uni<T> inProject(Caller caller, String wsRef, String projectRef, Scope scope,
                                 Function<Project, Uni<T>> work) {
        // changing them is managing the project: projects:write, or the project's MANAGER (ADR 0084)
        return projectAccess.loadFor(access, caller, wsRef, projectRef, scope)
                .chain(project -> work.apply(project));
    }

    private Uni<CustomField> load(Project project, String id) {
        UUID fieldId = Ids.parseOrNull(id);
        return (fieldId == null ? Uni.createFrom().item(java.util.Optional.<CustomField>empty())
                : fields.find(project.workspaceId(), project.id(), fieldId))
                .map(f -> f.orElseThrow(() -> DomainException.notFound(ErrorCode.CUSTOM_FIELD_NOT_FOUND,
                        "Custom field", id)));
    }
}
