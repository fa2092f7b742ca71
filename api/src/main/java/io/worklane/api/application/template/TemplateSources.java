package io.worklane.api.application.template;

import io.worklane.api.application.planning.WorkspaceCalendars;
import io.worklane.domain.planning.WorkingCalendar;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workflow.ProjectWorkflows;
import io.worklane.domain.automation.AutomationRules;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Phases;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.template.TemplateCapture;
import io.worklane.domain.workflow.Workflows;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads what a template captures of a project, one statement per kind of thing whatever the project's
 * size, gathered step by step: items, dependencies, phases, fields, workflows, budget, rules, holidays.
 */
@ApplicationScoped
public class TemplateSources {
    private final WorkItems workItems;
    private final Dependencies dependencies;
    private final Phases phases;
    private final CustomFields fields;
    private final ProjectWorkflows projectWorkflows;
    private final Workflows workflows;
    private final Budgets budgets;
    private final AutomationRules rules;
    private final WorkspaceCalendars calendars;

    public TemplateSources(WorkItems workItems, Dependencies dependencies, Phases phases, CustomFields fields,
                           ProjectWorkflows projectWorkflows, Workflows workflows, Budgets budgets,
                           AutomationRules rules, WorkspaceCalendars calendars) {
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.phases = phases;
        this.fields = fields;
        this.projectWorkflows = projectWorkflows;
        this.workflows = workflows;
        this.budgets = budgets;
        this.rules = rules;
        this.calendars = calendars;
    }

    /** What is read, with the workspace's calendar. */
    public record Read(TemplateCapture.Source source, WorkingCalendar calendar) {
    }

    private record Plan(List<WorkItem> items, List<Dependency> dependencies, List<Phase> phases,
                        List<CustomField> fields) {
    }

    public Uni<Read> of(Project p, boolean withBudget) {
        return plan(p)
                .chain(plan -> source(p, plan, withBudget))
                .chain(source -> calendars.of(p.workspaceId()).map(calendar -> new Read(source, calendar)));
    }

    /** The project's items, dependencies, phases and custom fields. */
    private Uni<Plan> plan(Project p) {
        UUID ws = p.workspaceId();
        return workItems.ofProject(ws, p.id())
                .chain(items -> dependencies.ofProject(ws, p.id())
                        .chain(deps -> phases.ofProject(ws, p.id())
                                .chain(ph -> fields.allOf(ws, p.id()).map(f -> new Plan(items, deps, ph, f)))));
    }

    /** The plan with the project's workflow choice, the workspace default, the budget (if kept) and the rules. */
    private Uni<TemplateCapture.Source> source(Project p, Plan plan, boolean withBudget) {
        UUID ws = p.workspaceId();
        return projectWorkflows.of(ws, p.id())
                .chain(assignment -> workflows.workspaceDefault(ws)
                        .chain(fallback -> budget(p, withBudget)
                                .chain(budget -> rules.ofProject(ws, p.id())
                                        .map(r -> new TemplateCapture.Source(p, plan.items(), plan.dependencies(),
                                                plan.phases(), plan.fields(), assignment, fallback.id(), budget, r)))));
    }

    private Uni<Budget> budget(Project p, boolean withBudget) {
        return withBudget ? budgets.ofProject(p.workspaceId(), p.id()).map(found -> found.orElse(null))
                : Uni.createFrom().nullItem();
    }
}
