package io.worklane.domain.webhook;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where and what a workspace's events are delivered: a URL, the event types wanted (patterns such as
 * {@code work_item.*}), optionally only one project's, and the secrets deliveries are signed with.
 * The version is for optimistic locking: it starts at 0 and persistence bumps it.
 *
 * @param projectId null: every project of the workspace
 * @param filter    null: every work item; else only work item events whose item matches it (ADR 0051)
 * @param privateProjects the projects whose events it receives should they be PRIVATE (ADR 0085); the events of
 *                  every other PRIVATE project are not delivered to it
 */
public record WebhookSubscription(UUID id, UUID workspaceId, WebhookUrl url, List<EventTypePattern> eventTypes,
                                  UUID projectId, FilterExpression filter, String description, WebhookStatus status, SigningSecrets secrets,
                                  long version, Instant createdAt, Instant updatedAt, Set<UUID> privateProjects) {
    public static final int MAX_EVENT_TYPES = 50;
    public static final int MAX_DESCRIPTION = 500;

    public WebhookSubscription {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secrets, "secrets");
        eventTypes = List.copyOf(eventTypes);
        privateProjects = privateProjects == null ? Set.of() : Set.copyOf(privateProjects);
    }

    /** Sight of these private projects (replacing the former grants). */
    public WebhookSubscription withPrivateProjects(Set<UUID> granted) {
        return new WebhookSubscription(id, workspaceId, url, eventTypes, projectId, filter, description, status,
                secrets, version, createdAt, updatedAt, granted);
    }

    /** A new subscription signing with {@code secret}; refused (VALIDATION_FAILED) with every problem at once. */
    public static WebhookSubscription create(UUID workspaceId, NewWebhookSubscription n, WebhookSecret secret,
                                             Instant now) {
        return read(Ids.newId(), workspaceId, n, SigningSecrets.of(secret), 0, now, now, Set.of());
    }

    /** Replaces everything a client may set; id, workspace, secrets, version and creation stay. */
    public WebhookSubscription change(NewWebhookSubscription n, Instant now) {
        return read(id, workspaceId, n, secrets, version, createdAt, now, privateProjects);
    }

    /** Signs with {@code next} from now on, and with the current secret too until {@code overlap} has passed. */
    public WebhookSubscription rotate(WebhookSecret next, Duration overlap, Instant now) {
        return new WebhookSubscription(id, workspaceId, url, eventTypes, projectId, filter, description, status,
                secrets.rotate(next, now.plus(overlap)), version, createdAt, now, privateProjects);
    }

    public WebhookSubscription disable(Instant now) {
        return withStatus(WebhookStatus.DISABLED, now);
    }

    public WebhookSubscription enable(Instant now) {
        return withStatus(WebhookStatus.ACTIVE, now);
    }

    /** The client's view of it, for a patch to change. */
    public NewWebhookSubscription toNew() {
        return new NewWebhookSubscription(url.toString(), eventTypes.stream().map(EventTypePattern::value).toList(),
                projectId, description, status.name(), filter == null ? null : filter.text());
    }

    /** Whether an event of this type (of this project, or of none) is for this subscription. */
    public boolean wants(String eventType, UUID eventProjectId) {
        return status == WebhookStatus.ACTIVE && EventTypePattern.anyMatches(eventTypes, eventType)
                && (projectId == null || projectId.equals(eventProjectId));
    }

    /**
     * Whether the event is for this subscription: its type and project as above, and when the
     * subscription has a filter and the event is a work item's, the item as the event carries it (after
     * the change; as it was for a deletion) matches the filter. Other events do not go through the filter.
     * {@code today} in the filter is the day the event occurred (UTC), so a replay decides as the first
     * delivery did.
     */
    public boolean wants(OutboxEvent event) {
        return wants(event.type(), event.projectId()) && (filter == null || !event.isAboutWorkItem()
                || event.item() != null && filter.matches(event.item(),
                LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC)));
    }

    private WebhookSubscription withStatus(WebhookStatus next, Instant now) {
        return new WebhookSubscription(id, workspaceId, url, eventTypes, projectId, filter, description, next, secrets,
                version, createdAt, now, privateProjects);
    }

    private static WebhookSubscription read(UUID id, UUID workspaceId, NewWebhookSubscription n,
                                            SigningSecrets secrets, long version, Instant createdAt, Instant now,
                                            Set<UUID> privateProjects) {
        Validation v = new Validation();
        WebhookUrl url = null;
        try {
            url = WebhookUrl.parse(n.url(), "url");
        } catch (DomainException e) {
            v.addAll(e.errors());
        }
        List<EventTypePattern> patterns = List.of();
        if (n.eventTypes() != null && n.eventTypes().size() > MAX_EVENT_TYPES) {
            v.add(new FieldError("eventTypes", "TOO_MANY", "must name at most " + MAX_EVENT_TYPES
                    + " event types, not " + n.eventTypes().size() + "; use a wildcard such as work_item.*"));
        } else {
            try {
                patterns = EventTypePattern.parseAll(n.eventTypes(), "eventTypes");
            } catch (DomainException e) {
                v.addAll(e.errors());
            }
        }
        String description = n.description() == null || n.description().isBlank() ? null : n.description().strip();
        v.text(description, "description", 0, MAX_DESCRIPTION);
        WebhookStatus status = WebhookStatus.ACTIVE;
        if (n.status() != null) {
            status = Arrays.stream(WebhookStatus.values()).filter(s -> s.name().equals(n.status())).findFirst()
                    .orElse(null);
            v.require(status != null, "status", "INVALID_VALUE", "'" + n.status() + "' is not a status; use ACTIVE"
                    + " or DISABLED");
        }
        FilterExpression filter = null;
        if (n.filter() != null && !n.filter().isBlank()) {
            try {
                filter = FilterExpression.parseForEvents(n.filter(), "filter");
            } catch (DomainException e) {
                if (v.ok()) {
                    throw e; // the filter alone is wrong: INVALID_FILTER, with the position
                }
                v.addAll(e.errors());
            }
        }
        v.orThrow();
        return new WebhookSubscription(id, workspaceId, url, patterns, n.projectId(), filter, description, status,
                secrets, version, createdAt, now, privateProjects);
    }
}
