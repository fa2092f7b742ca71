package io.worklane.api.application.project;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.automation.AutomationRuleService;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.template.ProjectTemplateService;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.template.PlanImports;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.ProjectTemplates;
import io.worklane.domain.template.TemplateDates;
import io.worklane.domain.template.TemplateInstance;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Creates a project from a template, inside {@link ProjectService#create}'s transaction: the project,
 * its workflow choice, fields, phases, items with their history, dependencies, budget and rules, every
 * date shifted onto the workspace's calendar from {@code startDate}. Items are written set-based
 * ({@link PlanImports}); events are {@code project.created} and one {@code project.instantiated}
 * summing up the rest, not one per item (ADR 0029). Anything refused rolls the whole of it back.
 */
@ApplicationScoped
public class ProjectFromTemplate {
    private final ProjectTemplates templates;
    private final TemplateSetting setting;
    private final Projects projects;
    private final CustomFields fields;
    private final PlanImports plans;
    private final Budgets budgets;
    private final AutomationRuleService rules;
    private final MemberCheck memberCheck;
    private final Events events;
    private final Now now;

    public ProjectFromTemplate(ProjectTemplates templates, TemplateSetting setting, Projects projects,
                               CustomFields fields, PlanImports plans, Budgets budgets, AutomationRuleService rules,
                               MemberCheck memberCheck, Events events, Now now) {
        this.templates = templates;
        this.setting = setting;
        this.projects = projects;
        this.fields = fields;
        this.plans = plans;
        this.budgets = budgets;
        this.rules = rules;
        this.memberCheck = memberCheck;
        this.events = events;
        this.now = now;
    }

    /** The template and what instantiating it needs of the workspace. */
    private record Plan(ProjectTemplate template, TemplateSetting.Setting setting) {
    }

    Uni<Project> create(Caller caller, Workspace ws, ProjectService.Draft d) {
        Access.require(caller, ws.id(), Scope.WORK_ITEMS_WRITE);
        if (d.startDate() == null) {
            throw DomainException.validation(List.of(new FieldError("startDate", "REQUIRED",
                    "is required with a template: every date of the template is shifted from it")));
        }
        return ProjectTemplateService.find(templates, caller, ws.id(), d.template())
                .invoke(t -> {
                    if (t.content().budget() != null) {
                        Access.require(caller, ws.id(), Scope.BUDGETS_WRITE);
                    }
                })
                .chain(t -> setting.of(ws.id(), t.content()).map(s -> new Plan(t, s)))
                .chain(plan -> insertProject(caller, ws, d, plan).chain(p -> fill(caller, p, plan)));
    }

    private Uni<Project> insertProject(Caller caller, Workspace ws, ProjectService.Draft d, Plan plan) {
        var c = plan.template().content();
        TemplateDates dates = TemplateDates.from(plan.setting().calendar(), d.startDate());
        Project project = Project.create(ws.id(), d.key(), d.name(), d.description() == null ? c.description()
                        : d.description(), d.kind() == null ? c.kind() : d.kind(), d.status(), d.leadId(), d.startDate(),
                d.targetDate() != null ? d.targetDate() : dates.at(c.durationDays()), now.instant())
                .withVisibility(d.visibility()); // PRIVATE as asked: its creator joins it as MANAGER (ProjectCreator)
        return memberCheck.exist(ws.id(), "leadId", d.leadId())
                .chain(() -> projects.insert(project))
                .call(p -> setting.assignWorkflows(p, plan.setting()));
    }

    private Uni<Project> fill(Caller caller, Project p, Plan plan) {
        TemplateDates dates = TemplateDates.from(plan.setting().calendar(), p.startDate());
        TemplateInstance instance = TemplateInstance.of(plan.template().content(), p, dates,
                plan.setting()::statesFor, now.instant());
        List<ActivityEntry> history = instance.items().stream()
                .map(i -> ActivityEntry.created(i, caller.actorIn(p.workspaceId()), i.createdAt())).toList();
        return insertFields(instance)
                .chain(() -> plans.insert(instance, history))
                .chain(() -> instance.budget() == null ? Uni.createFrom().voidItem()
                        : budgets.insert(instance.budget()).replaceWithVoid())
                .chain(() -> rules.insertAll(p.workspaceId(), instance.rules()))
                .chain(() -> events.record("project.created", p.workspaceId(), p.id(), caller, p.createdAt(),
                        ProjectData.of(p), null))
                .chain(() -> events.record("project.instantiated", p.workspaceId(), p.id(), caller, p.createdAt(),
                        ProjectData.instantiated(p, plan.template(), instance), null))
                .replaceWith(p);
    }

    private Uni<Void> insertFields(TemplateInstance instance) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var field : instance.fields()) {
            chain = chain.chain(() -> fields.insert(field).replaceWithVoid());
        }
        return chain;
    }
}
