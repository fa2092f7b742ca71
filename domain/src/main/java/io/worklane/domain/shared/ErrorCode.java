package io.worklane.domain.shared;

/**
 * The stable error codes of Worklane. Clients switch on these, so a code is never renamed;
 * the HTTP status lives with the code so that REST and GraphQL agree.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    /** A zero-byte file: an attachment needs content. */
    ATTACHMENT_EMPTY(400),
    MALFORMED_JSON(400),
    INVALID_CURSOR(400),
    /** A list filter that does not parse, names an unknown field or compares a field with a value of another type. */
    INVALID_FILTER(400),
    /** A recurrence rule (RRULE) that does not parse, fires more often than hourly, or never fires. */
    INVALID_RECURRENCE(400),
    /** An aggregate's groupBy names an unknown dimension, a date field without day/week/month, or more than two. */
    INVALID_GROUP_BY(400),
    /** An aggregate's metric is not count or sum/avg/min/max of a numeric field. */
    INVALID_METRIC(400),
    /** An analytics range whose end is before its start, or that spans more than 366 days. */
    INVALID_DATE_RANGE(400),
    /** A webhook replay's toSeq is before its fromSeq. */
    REPLAY_RANGE_REVERSED(400),
    /** A webhook replay's range holds more events than the server replays at once. */
    REPLAY_RANGE_TOO_LARGE(400),
    /** A work item cannot depend on itself. */
    DEPENDENCY_SELF(400),
    /** A work item cannot be linked to itself. */
    LINK_SELF(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    /** The credential is valid but lacks the scope (or role) the operation needs. */
    INSUFFICIENT_SCOPE(403),
    /** The member may not decide this approval: not a named approver and not holding its role. */
    NOT_AN_APPROVER(403),
    NOT_FOUND(404),
    WORKSPACE_NOT_FOUND(404),
    MEMBER_NOT_FOUND(404),
    PROJECT_NOT_FOUND(404),
    CUSTOM_FIELD_NOT_FOUND(404),
    WORK_ITEM_NOT_FOUND(404),
    COMMENT_NOT_FOUND(404),
    API_KEY_NOT_FOUND(404),
    WORKFLOW_NOT_FOUND(404),
    APPROVAL_NOT_FOUND(404),
    AUTOMATION_RULE_NOT_FOUND(404),
    WEBHOOK_NOT_FOUND(404),
    BUDGET_NOT_FOUND(404),
    EXPENSE_NOT_FOUND(404),
    EXCHANGE_RATE_NOT_FOUND(404),
    RESOURCE_NOT_FOUND(404),
    ALLOCATION_NOT_FOUND(404),
    HOLIDAY_NOT_FOUND(404),
    TIME_ENTRY_NOT_FOUND(404),
    TIME_APPROVAL_NOT_FOUND(404),
    WEBHOOK_DELIVERY_NOT_FOUND(404),
    DEPENDENCY_NOT_FOUND(404),
    LINK_NOT_FOUND(404),
    PHASE_NOT_FOUND(404),
    BASELINE_NOT_FOUND(404),
    PROJECT_TEMPLATE_NOT_FOUND(404),
    ATTACHMENT_NOT_FOUND(404),
    NOTIFICATION_NOT_FOUND(404),
    REMINDER_NOT_FOUND(404),
    RISK_NOT_FOUND(404),
    /** A saved view that does not exist, or a private view of someone else (it does not exist for them). */
    VIEW_NOT_FOUND(404),
    RECURRENCE_NOT_FOUND(404),
    STATUS_REPORT_NOT_FOUND(404),
    PORTFOLIO_NOT_FOUND(404),
    /** The project is not in the portfolio. */
    PORTFOLIO_PROJECT_NOT_FOUND(404),
    TEAM_NOT_FOUND(404),
    /** A membership of a project that does not exist, or of a project the caller may not see. */
    PROJECT_MEMBER_NOT_FOUND(404),
    /** The member is not in the team. */
    TEAM_MEMBER_NOT_FOUND(404),
    GOAL_NOT_FOUND(404),
    KEY_RESULT_NOT_FOUND(404),
    /** The project or portfolio is not linked to the goal. */
    GOAL_LINK_NOT_FOUND(404),
    /** The project states no expected benefits. */
    EXPECTED_BENEFITS_NOT_FOUND(404),
    /** A download or unsubscribe link that is not one this server signed, or whose time is up: ask for a new one. */
    LINK_NOT_VALID(404),
    CALENDAR_FEED_NOT_FOUND(404),
    /** A request intake form that does not exist, or that the caller may not see (a MEMBERS form to anyone else). */
    FORM_NOT_FOUND(404),
    JOB_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    WORKSPACE_SLUG_TAKEN(409),
    PROJECT_KEY_TAKEN(409),
    /** Another form (of any workspace) already has this slug: slugs are public addresses. */
    FORM_SLUG_TAKEN(409),
    MEMBER_ALREADY_EXISTS(409),
    CUSTOM_FIELD_KEY_TAKEN(409),
    IDEMPOTENCY_REQUEST_IN_PROGRESS(409),
    /** The workflow has no transition between the two states; the message lists the allowed targets. */
    TRANSITION_NOT_ALLOWED(409),
    /** The transition exists but one of its guards failed; each failed guard is in the errors. */
    GUARD_FAILED(409),
    /** A work item moved to the project it is already in (ADR 0082). */
    ALREADY_IN_PROJECT(409),
    /**
     * A work item (or one of its children) would move into a project whose workflow has no state of its key
     * and the request maps none for it (ADR 0082); the message names the state and the target's states.
     */
    STATE_NOT_IN_TARGET_WORKFLOW(409),
    /** The workflow is assigned to a project or type, so it cannot be deleted. */
    WORKFLOW_IN_USE(409),
    APPROVAL_ALREADY_DECIDED(409),
    /** A recurring series that has ended cannot be changed or ended again. */
    RECURRENCE_ENDED(409),
    /** A project has at most one budget; change the one it has. */
    BUDGET_ALREADY_EXISTS(409),
    /** The workspace already has a rate for this pair of currencies from this date. */
    EXCHANGE_RATE_ALREADY_EXISTS(409),
    /** Another live resource already is this member. */
    MEMBER_ALREADY_A_RESOURCE(409),
    /** The workspace calendar already has a holiday on that day. */
    HOLIDAY_EXISTS(409),
    /** An approval locks the resource's time on that day: withdraw the approval to change it. */
    PERIOD_LOCKED(409),
    /** The resource already has a running timer: stop it first. */
    TIMER_ALREADY_RUNNING(409),
    TIMER_NOT_RUNNING(409),
    /** The two items are already ordered by a dependency (in this direction). */
    DEPENDENCY_EXISTS(409),
    /** The dependency would close a cycle; the refusal names it as keys. */
    DEPENDENCY_CYCLE(409),
    /** The same link between the two items exists already. */
    LINK_EXISTS(409),
    /** A project keeps at most 20 baselines: delete one to take another. */
    BASELINE_LIMIT(409),
    /** Built-in project templates ship with the server and cannot be deleted. */
    PROJECT_TEMPLATE_BUILT_IN(409),
    /** A published status report is immutable: corrections are a new report. */
    STATUS_REPORT_PUBLISHED(409),
    /** The project cannot close yet; each reason (open items, an unpublished final report) is in the errors. */
    PROJECT_NOT_READY_TO_CLOSE(409),
    /** The project is closed already. */
    PROJECT_ALREADY_CLOSED(409),
    /** The portfolio would be nested under itself or one of its descendants (or too deep); the message says which. */
    PORTFOLIO_CYCLE(409),
    /** A portfolio with child portfolios cannot be deleted: move or delete them first. */
    PORTFOLIO_HAS_CHILDREN(409),
    /** A portfolio ranks at most 200 projects. */
    PORTFOLIO_FULL(409),
    /** A team has at most 200 members. */
    TEAM_FULL(409),
    /** Work items name the team as responsible: move them to another team first. */
    TEAM_IN_USE(409),
    /** The member or team is in the project already: change its role instead. */
    PROJECT_MEMBER_EXISTS(409),
    /** An automation rule assigns to a team that has no members: there is no one to assign. */
    TEAM_EMPTY(409),
    /** The job has ended (succeeded, failed or was cancelled): there is nothing left to cancel. */
    JOB_FINISHED(409),
    /** The goal would be its own ancestor (placed under itself or one of its descendants). */
    GOAL_CYCLE(409),
    /** Goals nest at most 5 levels deep. */
    GOAL_TOO_DEEP(409),
    /** A goal with child goals cannot be deleted: move or delete them first. */
    GOAL_HAS_CHILDREN(409),
    /** A goal has at most 25 key results and 100 links of each kind. */
    GOAL_FULL(409),
    /** A WORK key result's progress is derived from the goal's linked projects: it takes no check-ins. */
    KEY_RESULT_DERIVED(409),
    /** The change feed no longer holds events after the seq asked for: retention removed them. */
    EVENTS_EXPIRED(410),
    /** The person already has a reminder at that offset on that item. */
    REMINDER_EXISTS(409),
    /** The object changed since the version the caller based its change on. */
    CONFLICT(412),
    PAYLOAD_TOO_LARGE(413),
    /** An attachment over WORKLANE_ATTACHMENTS_MAX_BYTES; the message names the limit. */
    ATTACHMENT_TOO_LARGE(413),
    /** The attachment does not fit in what is left of the workspace's quota; the message names both. */
    ATTACHMENT_QUOTA_EXCEEDED(413),
    /** The request target (path and query) is longer than the server reads. */
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    PARENT_CYCLE(422),
    PROJECT_CLOSED(422),
    /** A status may change only through a workflow transition, not by editing the field. */
    STATUS_CHANGE_NEEDS_TRANSITION(422),
    /** Money in another currency with no exchange rate in force on its date: it cannot be counted. */
    NO_EXCHANGE_RATE(422),
    /** Something only a person has (an inbox, a watch, a reminder) asked for by an API key. */
    NOT_A_PERSON(422),
    /** Request intake forms file requests into ongoing PROCESS projects only. */
    FORM_NEEDS_PROCESS_PROJECT(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
