package io.worklane.domain.template;

import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's structure as a template keeps it (format {@link #FORMAT_VERSION}). Dates are offsets in
 * working days from the project's start (0: its first working day), so that instantiating shifts them
 * onto the calendar ({@link TemplateDates}); items, phases and dependencies refer to each other by
 * local refs, never by ids. People (assignees, reporter, lead) and statuses are not part of it: a new
 * project's items start in their workflow's initial state.
 */
public record TemplateContent(ProjectKind kind, String description, Integer durationDays, Workflow workflow,
                              List<Phase> phases, List<Item> items, List<Dependency> dependencies,
                              List<Field> fields, Budget budget, List<Rule> rules) {
    public static final int FORMAT_VERSION = 1;
    /** The most items a template keeps: a 10,000-item project is instantiated in one transaction. */
    public static final int MAX_ITEMS = 10_000;

    public TemplateContent {
        kind = kind == null ? ProjectKind.PROJECT : kind;
        workflow = workflow == null ? Workflow.DEFAULT : workflow;
        phases = List.copyOf(phases == null ? List.of() : phases);
        items = List.copyOf(items == null ? List.of() : items);
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
        fields = List.copyOf(fields == null ? List.of() : fields);
        rules = List.copyOf(rules == null ? List.of() : rules);
    }

    public int milestoneCount() {
        return (int) items.stream().filter(i -> i.type() == WorkItemType.MILESTONE).count();
    }

    /** The workflow choice: null is the workspace default (a workflow deleted since falls back to it too). */
    public record Workflow(UUID defaultWorkflowId, Map<WorkItemType, UUID> overrides) {
        public static final Workflow DEFAULT = new Workflow(null, Map.of());

        public Workflow {
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }
    }

    public record Phase(String ref, String name, Integer startOffset, Integer endOffset) {
    }

    /** An item; {@code parent} and {@code phase} are refs of the template's items and phases. */
    public record Item(String ref, String parent, WorkItemType type, String title, String description,
                       Priority priority, String phase, Integer startOffset, Integer dueOffset, Long estimateMinutes,
                       List<String> labels, Map<String, Object> customFields) {
        public Item {
            labels = labels == null ? List.of() : List.copyOf(labels);
            customFields = customFields == null ? Map.of() : customFields;
        }
    }

    public record Dependency(String predecessor, String successor, DependencyType type, int lagDays) {
    }

    public record Field(String key, String name, CustomFieldType type, List<String> options, boolean required) {
    }

    /** Budget lines without their month phasing (months are calendar dates, not offsets). */
    public record Budget(String currency, List<BudgetLine> lines, List<String> thresholds, boolean visibleToMembers) {
    }

    public record BudgetLine(String category, String amount) {
    }

    /** An automation rule of the project, in the shapes of the API (checked again when instantiated). */
    public record Rule(String name, boolean enabled, Map<String, Object> trigger, String condition,
                       List<Map<String, Object>> actions) {
    }
}
