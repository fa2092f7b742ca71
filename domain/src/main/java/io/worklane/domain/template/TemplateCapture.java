package io.worklane.domain.template;

import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.Project;
import io.worklane.domain.workflow.WorkflowAssignment;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Captures a project's structure as template content. Items get local refs in their order (1, 2, …);
 * dates become working-day offsets from the project's start, or, when it has none, from the earliest
 * date in its plan. Dependencies on items of other projects are left out (they would dangle).
 */
public final class TemplateCapture {
    private TemplateCapture() {
    }

    /** What is read of the project; {@code budget} is null when it has none or it is not to be kept. */
    public record Source(Project project, List<WorkItem> items, List<Dependency> dependencies, List<Phase> phases,
                         List<CustomField> fields, WorkflowAssignment workflow, UUID workspaceDefaultWorkflowId,
                         Budget budget, List<AutomationRule> rules) {
    }

    public static TemplateContent of(Source s, WorkingCalendar calendar) {
        LocalDate anchor = anchor(s);
        TemplateDates dates = anchor == null ? null : TemplateDates.from(calendar, anchor);
        List<WorkItem> items = s.items().stream().sorted(Comparator.comparingLong(WorkItem::number)).toList();
        Map<UUID, String> itemRefs = new HashMap<>();
        items.forEach(i -> itemRefs.put(i.id(), Long.toString(i.number())));
        Map<UUID, String> phaseRefs = new HashMap<>();
        List<TemplateContent.Phase> phases = s.phases().stream().sorted(Comparator.comparingInt(Phase::position))
                .map(p -> {
                    phaseRefs.put(p.id(), "P" + (phaseRefs.size() + 1));
                    Integer start = start(dates, p.startDate());
                    return new TemplateContent.Phase(phaseRefs.get(p.id()), p.name(), start,
                            notBefore(start, end(dates, p.endDate())));
                }).toList();
        return new TemplateContent(s.project().kind(), s.project().description(), end(dates, s.project().targetDate()),
                workflow(s), phases, items.stream().map(i -> item(i, itemRefs, phaseRefs, dates)).toList(),
                s.dependencies().stream().filter(d -> itemRefs.containsKey(d.predecessorId())
                                && itemRefs.containsKey(d.successorId()))
                        .map(d -> new TemplateContent.Dependency(itemRefs.get(d.predecessorId()),
                                itemRefs.get(d.successorId()), d.type(), d.lagDays())).toList(),
                s.fields().stream().map(f -> new TemplateContent.Field(f.key(), f.name(), f.type(), f.options(),
                        f.required())).toList(),
                budget(s.budget()), s.rules().stream().map(TemplateCapture::rule).toList());
    }

    private static TemplateContent.Item item(WorkItem i, Map<UUID, String> itemRefs, Map<UUID, String> phaseRefs,
                                             TemplateDates dates) {
        Integer start = start(dates, i.startDate());
        return new TemplateContent.Item(itemRefs.get(i.id()), i.parentId() == null ? null : itemRefs.get(i.parentId()),
                i.type(), i.title(), i.description(), i.priority(), i.phaseId() == null ? null : phaseRefs.get(i.phaseId()),
                start, notBefore(start, end(dates, i.dueDate())), i.estimateMinutes(), i.labels(), i.customFields());
    }

    /** Work planned wholly on days off (a Saturday to a Sunday) takes the next working day, not a negative span. */
    private static Integer notBefore(Integer start, Integer end) {
        if (start == null || end == null) {
            return end;
        }
        return Math.max(start, end);
    }

    /** The project's start, else the earliest date of its plan, else none (the template keeps no dates). */
    private static LocalDate anchor(Source s) {
        if (s.project().startDate() != null) {
            return s.project().startDate();
        }
        return Stream.concat(s.items().stream().flatMap(i -> Stream.of(i.startDate(), i.dueDate())),
                        s.phases().stream().flatMap(p -> Stream.of(p.startDate(), p.endDate())))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static TemplateContent.Workflow workflow(Source s) {
        UUID chosen = s.workflow() == null || s.workflow().defaultWorkflowId().equals(s.workspaceDefaultWorkflowId())
                ? null : s.workflow().defaultWorkflowId();
        return new TemplateContent.Workflow(chosen, s.workflow() == null ? Map.of() : s.workflow().overrides());
    }

    private static TemplateContent.Budget budget(Budget b) {
        return b == null ? null : new TemplateContent.Budget(b.currency(), b.lines().stream()
                .map(l -> new TemplateContent.BudgetLine(l.category().name(), l.planned().amount().toPlainString()))
                .toList(), b.thresholds().stream().map(java.math.BigDecimal::toPlainString).toList(),
                b.visibleToMembers());
    }

    private static TemplateContent.Rule rule(AutomationRule r) {
        return new TemplateContent.Rule(r.name(), r.enabled(), r.trigger().toJson(),
                r.condition() == null ? null : r.condition().text(), r.actions().stream().map(Action::toJson).toList());
    }

    private static Integer start(TemplateDates dates, LocalDate day) {
        return dates == null ? null : dates.startOffset(day);
    }

    private static Integer end(TemplateDates dates, LocalDate day) {
        return dates == null ? null : dates.endOffset(day);
    }
}
