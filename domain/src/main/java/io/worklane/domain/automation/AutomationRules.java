package io.worklane.domain.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the automation rules of a workspace, and what the scheduler asks of them. Every call but the
 * scheduler's claim is scoped to one workspace. {@code nextRunAt} is when a time-based rule is due
 * next (null for rules that answer to changes).
 */
public interface AutomationRules {
    Uni<Optional<AutomationRule>> find(UUID workspaceId, UUID id);

    /** Oldest first. */
    Uni<Page<AutomationRule>> list(UUID workspaceId, PageRequest page);

    /** The enabled rules that answer to changes (not time-based) and cover the project, oldest first. */
    Uni<List<AutomationRule>> onChanges(UUID workspaceId, UUID projectId);

    /** The rules of one project (not those covering every project), oldest first: what a template keeps. */
    Uni<List<AutomationRule>> ofProject(UUID workspaceId, UUID projectId);

    Uni<AutomationRule> insert(AutomationRule rule, Instant nextRunAt);

    Uni<AutomationRule> update(AutomationRule changed, Instant nextRunAt);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);

    /**
     * The enabled rule due first at {@code now}, locked until the current transaction ends; rules that
     * another transaction has claimed are skipped (FOR UPDATE SKIP LOCKED), so no rule runs twice.
     */
    Uni<Optional<AutomationRule>> claimDue(Instant now);

    /** Sets when a claimed rule is due next, in the current transaction; its version stays. */
    Uni<Void> reschedule(UUID ruleId, Instant nextRunAt);

    /** Items in the rule's scope, most recently updated first: what a SCHEDULE rule's condition is tried on. */
    Uni<List<UUID>> itemsInScope(AutomationRule rule, int limit);

    /** Items in the rule's scope due from {@code from} to {@code to} that it has not fired on for that due date. */
    Uni<List<UUID>> dueItems(AutomationRule rule, LocalDate from, LocalDate to, int limit);

    /** Remembers, in the current transaction, that the rule fired on the item for this due date. */
    Uni<Void> markDueFired(UUID ruleId, UUID workItemId, LocalDate dueDate, Instant at);
}
