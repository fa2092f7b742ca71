/**
 * Outbound webhooks after the Standard Webhooks specification: secrets, signatures, the retry
 * schedule, how a response is judged, which event types a subscription wants, which addresses may
 * be called, when a payload is sent thin and when a failing subscription is disabled. Pure
 * decisions only: sending, storing and scheduling live in the application and persistence layers.
 */
package io.worklane.domain.webhook;
