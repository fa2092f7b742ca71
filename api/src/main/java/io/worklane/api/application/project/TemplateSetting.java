package io.worklane.api.application.project;

import io.worklane.api.application.planning.WorkspaceCalendars;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.project.Project;
import io.worklane.domain.template.TemplateContent;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workflow.Workflows;
import io.worklane.domain.workitem.StatePolicy;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a template's project needs of its workspace: the working calendar its dates are shifted on and
 * the workflows its items start in. A workflow the template names that the workspace no longer has
 * gives way to the workspace default (the template names it by id; it may have been deleted since).
 */
@ApplicationScoped
public class TemplateSetting {
    private final WorkspaceCalendars calendars;
    private final Workflows workflows;
    private final WorkflowAssignments assignments;

    public TemplateSetting(WorkspaceCalendars calendars, Workflows workflows, WorkflowAssignments assignments) {
        this.calendars = calendars;
        this.workflows = workflows;
        this.assignments = assignments;
    }

    /** The calendar, the project's workflow (null: the workspace default) and each type's workflow. */
    public record Setting(WorkingCalendar calendar, UUID projectWorkflow, Map<WorkItemType, UUID> overrides,
                          Map<WorkItemType, Workflow> byType) {
        public StatePolicy statesFor(WorkItemType type) {
            return byType.get(type).statePolicy();
        }
    }

    public Uni<Setting> of(UUID workspaceId, TemplateContent content) {
        Set<UUID> named = new HashSet<>(content.workflow().overrides().values());
        if (content.workflow().defaultWorkflowId() != null) {
            named.add(content.workflow().defaultWorkflowId());
        }
        return calendars.of(workspaceId)
                .chain(calendar -> workflows.workspaceDefault(workspaceId)
                        .chain(fallback -> workflows.byIds(workspaceId, named)
                                .map(found -> setting(calendar, content.workflow(), fallback, found))));
    }

    public Uni<Void> assignWorkflows(Project p, Setting s) {
        if (s.projectWorkflow() == null && s.overrides().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return assignments.assign(p.workspaceId(), p.id(), s.projectWorkflow(), s.overrides());
    }

    private static Setting setting(WorkingCalendar calendar, TemplateContent.Workflow w, Workflow fallback,
                                   Map<UUID, Workflow> found) {
        Workflow main = w.defaultWorkflowId() == null ? fallback : found.getOrDefault(w.defaultWorkflowId(), fallback);
        Map<WorkItemType, UUID> overrides = new EnumMap<>(WorkItemType.class);
        Map<WorkItemType, Workflow> byType = new EnumMap<>(WorkItemType.class);
        for (WorkItemType type : WorkItemType.values()) {
            UUID id = w.overrides().get(type);
            Workflow own = id == null ? null : found.get(id);
            if (own != null) {
                overrides.put(type, own.id());
            }
            byType.put(type, own != null ? own : main);
        }
        return new Setting(calendar, main.id().equals(fallback.id()) ? null : main.id(), overrides, byType);
    }
}
