package io.worklane.domain.webhook;

/** One ended attempt, to be recorded: the delivery as leased, what happened, and what it becomes. */
public record AttemptResult(ClaimedDelivery delivery, DeliveryAttempt attempt, NextAttempt next) {
}
