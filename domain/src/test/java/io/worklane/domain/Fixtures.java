package io.worklane.domain;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workflow.GuardContext;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowDefinitionBuilder;
import io.worklane.domain.workflow.WorkflowTemplates;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemStatus;
import io.worklane.domain.workspace.MemberRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Ready-made domain objects for tests; each name says what is special about it. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    public static final Instant LATER = NOW.plusSeconds(3_600);
    public static final Instant MUCH_LATER = NOW.plusSeconds(86_400);
    public static final LocalDate MONDAY = LocalDate.parse("2025-03-10");
    public static final LocalDate FRIDAY = LocalDate.parse("2025-03-14");
    public static final UUID WORKSPACE_ID = UUID.fromString("0195a2b0-0000-7000-8000-000000000001");
    public static final UUID ADA = UUID.fromString("0195a2b0-0000-7000-8000-00000000ada0");
    public static final UUID GRACE = UUID.fromString("0195a2b0-0000-7000-8000-00000000cafe");
    public static final Actor ADA_AS_AUTHOR = new Actor(Actor.Kind.MEMBER, ADA.toString(), "Ada");

    private Fixtures() {
    }

    // --- projects ---------------------------------------------------------------------------

    /** An ACTIVE project with key ENG. */
    public static Project aProject() {
        return aProjectWithKey("ENG");
    }

    public static Project aProjectWithKey(String key) {
        return aProjectIn(key, ProjectStatus.ACTIVE);
    }

    public static Project aProjectIn(ProjectStatus status) {
        return aProjectIn("ENG", status);
    }

    /** A COMPLETED project: it accepts no new work. */
    public static Project aClosedProject() {
        return aProjectIn(ProjectStatus.COMPLETED);
    }

    public static Project aCancelledProject() {
        return aProjectIn(ProjectStatus.CANCELLED);
    }

    /** An ongoing PROCESS board: it has no target date. */
    public static Project aProcessBoard() {
        return Project.create(WORKSPACE_ID, "OPS", "Operations", null, ProjectKind.PROCESS, ProjectStatus.ACTIVE,
                null, MONDAY, null, NOW);
    }

    private static Project aProjectIn(String key, ProjectStatus status) {
        return Project.create(WORKSPACE_ID, key, "Engineering", "Everything we build", ProjectKind.PROJECT, status,
                ADA, MONDAY, FRIDAY, NOW);
    }

    // --- work items -------------------------------------------------------------------------

    public static NewWorkItemBuilder aNewWorkItem() {
        return new NewWorkItemBuilder();
    }

    public static WorkItemChangesBuilder aChange() {
        return new WorkItemChangesBuilder();
    }

    public static ProjectChangesBuilder aProjectChange() {
        return new ProjectChangesBuilder();
    }

    /** ENG-1, a plain task in the todo state. */
    public static WorkItem aWorkItem() {
        return aWorkItemNumbered(1);
    }

    public static WorkItem aWorkItemNumbered(long number) {
        return WorkItem.create(aProject(), number, aNewWorkItem().build(), NOW);
    }

    /** ENG-1 with every optional field filled, to see what a change keeps and what it clears. */
    public static WorkItem aFullyFilledWorkItem() {
        return WorkItem.create(aProject(), 1, aNewWorkItem()
                .description("Details in **Markdown**")
                .assignedTo(ADA, GRACE)
                .reportedBy(ADA)
                .parent(UUID.fromString("0195a2b0-0000-7000-8000-0000000000ff"))
                .starting(MONDAY).due(FRIDAY)
                .estimateMinutes(90L)
                .labels("backend", "urgent")
                .customField("severity", "high")
                .build(), NOW);
    }

    /** ENG-1 as {@code builder} describes it, created at {@link #NOW}. */
    public static WorkItem aWorkItem(NewWorkItemBuilder builder) {
        return WorkItem.create(aProject(), 1, builder.build(), NOW);
    }

    /** ENG-1, completed at {@link #NOW}. */
    public static WorkItem aDoneWorkItem() {
        return WorkItem.create(aProject(), 1, aNewWorkItem().status(WorkItemStatus.DONE).build(), NOW);
    }

    // --- custom fields ----------------------------------------------------------------------

    public static CustomField aSelectField(String key, String... options) {
        return CustomField.define(WORKSPACE_ID, aProject().id(), key, "Field " + key, CustomFieldType.SELECT,
                List.of(options), false, NOW);
    }

    public static CustomField aMultiSelectField(String key, String... options) {
        return CustomField.define(WORKSPACE_ID, aProject().id(), key, "Field " + key, CustomFieldType.MULTI_SELECT,
                List.of(options), false, NOW);
    }

    /** An optional field of a type without options (TEXT, NUMBER, DATE, USER, MONEY, CHECKBOX, URL). */
    public static CustomField aField(String key, CustomFieldType type) {
        return CustomField.define(WORKSPACE_ID, aProject().id(), key, "Field " + key, type, List.of(), false, NOW);
    }

    public static CustomField aRequiredField(String key, CustomFieldType type) {
        return CustomField.define(WORKSPACE_ID, aProject().id(), key, "Field " + key, type, List.of(), true, NOW);
    }

    // --- workflows --------------------------------------------------------------------------

    /** A valid definition: todo → in_progress → done; tests add what makes their case special. */
    public static WorkflowDefinitionBuilder aWorkflowDefinition() {
        return new WorkflowDefinitionBuilder();
    }

    /** The software_delivery template as a workflow of the fixture workspace. */
    public static Workflow aSoftwareDeliveryWorkflow() {
        return WorkflowTemplates.SOFTWARE_DELIVERY.instantiate(WORKSPACE_ID, NOW);
    }

    /** A MEMBER moving {@code item}, with no approval, children or predecessors. */
    public static GuardContext aMemberMoving(WorkItem item) {
        return GuardContext.forMember(item, MemberRole.MEMBER);
    }
}
