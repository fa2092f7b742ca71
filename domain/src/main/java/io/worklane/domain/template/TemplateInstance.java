package io.worklane.domain.template;

import io.worklane.domain.automation.NewAutomationRule;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.NewBudget;
import io.worklane.domain.budget.NewBudgetLine;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.Project;
import io.worklane.domain.workitem.NewWorkItem;
import io.worklane.domain.workitem.StatePolicy;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What instantiating a template writes for a new project: its phases, items (numbered 1…n in the
 * template's order, in their workflow's initial state, every date shifted onto the calendar),
 * dependencies, custom fields, budget and rules. Built in memory, so the rows can be written set-based.
 */
public record TemplateInstance(List<Phase> phases, List<WorkItem> items, List<Dependency> dependencies,
                               List<CustomField> fields, Budget budget, List<NewAutomationRule> rules) {

    public static TemplateInstance of(TemplateContent c, Project project, TemplateDates dates,
                                      Function<WorkItemType, StatePolicy> states, Instant now) {
        TemplateCheck.check(c);
        UUID ws = project.workspaceId();
        Map<String, UUID> phaseIds = new HashMap<>();
        List<Phase> phases = new ArrayList<>();
        for (TemplateContent.Phase p : c.phases()) {
            Phase phase = Phase.create(ws, project.id(), p.name(), phases.size(), dates.at(p.startOffset()),
                    dates.at(p.endOffset()), now);
            phaseIds.put(p.ref(), phase.id());
            phases.add(phase);
        }
        List<WorkItem> items = items(c, project, dates, states, phaseIds, now);
        Map<String, WorkItem> byRef = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRef.put(c.items().get(i).ref(), items.get(i));
        }
        List<Dependency> dependencies = c.dependencies().stream().map(d -> Dependency.create(ws,
                byRef.get(d.predecessor()).id(), byRef.get(d.successor()).id(), d.type(), d.lagDays(),
                byRef.get(d.successor()).key(), now)).toList();
        List<CustomField> fields = c.fields().stream().map(f -> CustomField.define(ws, project.id(), f.key(), f.name(),
                f.type(), f.options(), f.required(), now)).toList();
        return new TemplateInstance(phases, items, dependencies, fields, budget(c.budget(), project, now),
                c.rules().stream().map(r -> new NewAutomationRule(project.id(), r.name(), r.enabled(), r.trigger(),
                        r.condition(), r.actions())).toList());
    }

    /** Items get their ids first, so that a parent may come after its children in the template. */
    private static List<WorkItem> items(TemplateContent c, Project project, TemplateDates dates,
                                        Function<WorkItemType, StatePolicy> states, Map<String, UUID> phaseIds,
                                        Instant now) {
        List<WorkItem> drafts = new ArrayList<>();
        Map<String, UUID> ids = new HashMap<>();
        long number = 0;
        for (TemplateContent.Item i : c.items()) {
            WorkItemType type = i.type() == null ? WorkItemType.TASK : i.type();
            NewWorkItem n = new NewWorkItem(type, i.title(), i.description(), null, i.priority(), List.of(), null,
                    null, dates.at(i.startOffset()), dates.at(i.dueOffset()), i.estimateMinutes(), i.labels(),
                    i.customFields()).withPlanning(i.phase() == null ? null : phaseIds.get(i.phase()), null, null);
            WorkItem item = WorkItem.create(project, ++number, n, states.apply(type), now);
            ids.put(i.ref(), item.id());
            drafts.add(item);
        }
        List<WorkItem> items = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            String parent = c.items().get(k).parent();
            items.add(parent == null ? drafts.get(k) : drafts.get(k).withParent(ids.get(parent)));
        }
        return items;
    }

    private static Budget budget(TemplateContent.Budget b, Project project, Instant now) {
        if (b == null) {
            return null;
        }
        return Budget.create(project.workspaceId(), project.id(), new NewBudget(b.currency(), b.lines().stream()
                .map(l -> new NewBudgetLine(l.category(), l.amount(), b.currency(), Map.of())).toList(),
                b.thresholds(), b.visibleToMembers()), now);
    }
}
