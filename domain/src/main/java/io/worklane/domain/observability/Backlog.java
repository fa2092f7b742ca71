package io.worklane.domain.observability;

/**
 * What is waiting in the database, across all instances: the age of the oldest committed event that
 * no active webhook subscription has fanned out yet (0 when none waits), deliveries not yet delivered
 * or failed and those of them due now, and time-based automation rules due now.
 */
public record Backlog(double outboxLagSeconds, long webhooksPending, long webhooksDue, long automationRulesDue) {
}
