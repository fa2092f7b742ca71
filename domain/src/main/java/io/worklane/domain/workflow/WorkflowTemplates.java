package io.worklane.domain.workflow;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import static io.worklane.domain.workflow.StateCategory.CANCELLED;
import static io.worklane.domain.workflow.StateCategory.DONE;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static io.worklane.domain.workflow.StateCategory.TODO;
import static io.worklane.domain.workflow.Transition.ANY_STATE;

import java.util.List;
import java.util.Optional;

/** The built-in workflows. Each must pass its own validation (WorkflowTemplatesTest). */
public final class WorkflowTemplates {

    /** Any move between distinct states, no guards: what every project had before workflows. */
    public static final WorkflowTemplate DEFAULT = template("default", "Default",
            "To do, in progress, done or cancelled; any move allowed.", "todo",
            List.of(state("todo", "To do", TODO), state("in_progress", "In progress", IN_PROGRESS),
                    state("done", "Done", DONE), state("cancelled", "Cancelled", CANCELLED)),
            List.of(move(ANY_STATE, "todo", "Move to To do"), move(ANY_STATE, "in_progress", "Start"),
                    move(ANY_STATE, "done", "Complete"), move(ANY_STATE, "cancelled", "Cancel")));

    public static final WorkflowTemplate SOFTWARE_DELIVERY = template("software_delivery", "Software delivery",
            "Backlog to done through review; work starts only once someone is assigned.", "backlog",
            List.of(state("backlog", "Backlog", TODO), state("todo", "To do", TODO),
                    state("in_progress", "In progress", IN_PROGRESS), state("in_review", "In review", IN_PROGRESS),
                    state("done", "Done", DONE), state("cancelled", "Cancelled", CANCELLED)),
            List.of(move("backlog", "todo", "Plan"), move("todo", "backlog", "Move to backlog"),
                    move("todo", "in_progress", "Start", Guard.requiredFields("assignees")),
                    move("in_progress", "todo", "Stop"), move("in_progress", "in_review", "Request review"),
                    move("in_review", "in_progress", "Request changes"), move("in_review", "done", "Complete"),
                    move("done", "in_progress", "Reopen"), move(ANY_STATE, "cancelled", "Cancel"),
                    move("cancelled", "backlog", "Restore")));

    public static final WorkflowTemplate REQUEST_INTAKE = template("request_intake", "Request intake",
            "Requests are triaged, approved or rejected, then fulfilled.", "submitted",
            List.of(state("submitted", "Submitted", TODO), state("triage", "Triage", IN_PROGRESS),
                    state("awaiting_approval", "Awaiting approval", IN_PROGRESS),
                    state("approved", "Approved", IN_PROGRESS), state("rejected", "Rejected", CANCELLED),
                    state("fulfilled", "Fulfilled", DONE)),
            List.of(move("submitted", "triage", "Triage", Guard.requiredFields("description")),
                    move("triage", "awaiting_approval", "Request approval"), move("triage", "rejected", "Reject"),
                    move("awaiting_approval", "approved", "Approve", Guard.approval()),
                    move("awaiting_approval", "rejected", "Reject"),
                    move("awaiting_approval", "triage", "Back to triage"),
                    move("approved", "fulfilled", "Fulfil"), move("rejected", "triage", "Reopen")));

    public static final WorkflowTemplate EMPLOYEE_ONBOARDING = template("employee_onboarding", "Employee onboarding",
            "A checklist: the onboarding is done when every child item is.", "not_started",
            List.of(state("not_started", "Not started", TODO), state("in_progress", "In progress", IN_PROGRESS),
                    state("done", "Done", DONE), state("cancelled", "Cancelled", CANCELLED)),
            List.of(move("not_started", "in_progress", "Start"), move("in_progress", "not_started", "Pause"),
                    move("in_progress", "done", "Complete", Guard.childrenDone()),
                    move("done", "in_progress", "Reopen"), move(ANY_STATE, "cancelled", "Cancel"),
                    move("cancelled", "not_started", "Restore")));

    private static final List<WorkflowTemplate> ALL =
            List.of(DEFAULT, SOFTWARE_DELIVERY, REQUEST_INTAKE, EMPLOYEE_ONBOARDING);

    private WorkflowTemplates() {
    }

    public static List<WorkflowTemplate> all() {
        return ALL;
    }

    /**
     * A new workflow's definition from the template {@code key}, under the given name (and
     * description, else the template's); refused when the key names no template.
     */
    public static WorkflowDefinition definition(String key, String name, String description) {
        WorkflowDefinition t = find(key).map(WorkflowTemplate::definition).orElseThrow(() ->
                DomainException.validation(List.of(
                        new FieldError("template", "UNKNOWN_TEMPLATE", "'" + key
                                + "' is not a template; known: " + String.join(", ",
                                ALL.stream().map(WorkflowTemplate::key).toList())))));
        return new WorkflowDefinition(name, description != null ? description : t.description(), t.states(),
                t.initialState(), t.transitions());
    }

    public static Optional<WorkflowTemplate> find(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static WorkflowTemplate template(String key, String name, String description, String initial,
                                             List<WorkflowState> states, List<Transition> transitions) {
        return new WorkflowTemplate(key, name, description,
                new WorkflowDefinition(name, description, states, initial, transitions));
    }

    private static WorkflowState state(String key, String name, StateCategory category) {
        return new WorkflowState(key, name, category);
    }

    private static Transition move(String from, String to, String name, Guard... guards) {
        return Transition.of(from, to, name, guards);
    }
}
