package io.worklane.api.application.webhook;

import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.WebhooksConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.webhook.NewWebhookSubscription;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions of a workspace. One whose {@code project} is hidden from the caller does not exist for it
 * (ADR 0085). Writing them needs {@code webhooks:write}, reading them
 * {@code webhooks:read}. The signing secret leaves this service only from {@link #create} and
 * {@link #rotateSecret}, for the response that shows it once; events never carry it.
 */
@ApplicationScoped
public class WebhookService {
    private final WebhookSubscriptions subscriptions;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final WebhooksConfig config;
    private final CustomFields customFields;
    private final WebhookGrants grants;
    private final ProjectAccess projectAccess;

    public WebhookService(WebhookSubscriptions subscriptions, Projects projects, Access access, Events events, Now now,
                          WebhooksConfig config, CustomFields customFields, WebhookGrants grants,
                          ProjectAccess projectAccess) {
        this.grants = grants;
        this.projectAccess = projectAccess;
        this.customFields = customFields;
        this.subscriptions = subscriptions;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
        this.config = config;
    }

    /** The new subscription, whose {@code secrets().current()} the caller shows once. */
    @WithTransaction
    public Uni<WebhookSubscription> create(Caller caller, String wsRef, WebhookDraft draft) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_WRITE).chain(ws -> checked(caller, ws, draft, null)
                .chain(subscriptions::insert)
                .call(saved -> events.record("webhook.created", ws.id(), saved.id(), caller, saved.createdAt(),
                        WebhookData.of(saved), null)));
    }

    public Uni<WebhookSubscription> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_READ).chain(ws -> load(caller, ws.id(), id));
    }

    /** Without the subscriptions of projects hidden from the caller (ADR 0085): such a page may hold fewer rows. */
    public Uni<Page<WebhookSubscription>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_READ).chain(ws -> subscriptions.list(ws.id(), page)
                .chain(found -> projectAccess.visibleOnly(caller, ws.id(), found, WebhookSubscription::projectId)));
    }

    /** Applies the patch; the result is checked as a new subscription would be. The secrets stay. */
    @WithTransaction
    public Uni<WebhookSubscription> update(Caller caller, String wsRef, String id, Long expectedVersion,
                                           WebhookPatch patch) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_WRITE).chain(ws -> load(caller, ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Webhook " + current.id());
            return checked(caller, ws, patch.mergedInto(current), current)
                    .chain(subscriptions::update)
                    .call(saved -> events.record("webhook.updated", ws.id(), saved.id(), caller, saved.updatedAt(),
                            WebhookData.of(saved), WebhookData.of(current)));
        }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_WRITE).chain(ws -> load(caller, ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Webhook " + current.id());
            return subscriptions.delete(ws.id(), current.id(), current.version())
                    .call(() -> events.record("webhook.deleted", ws.id(), current.id(), caller, now.instant(),
                            WebhookData.of(current), null))
                    .replaceWith(current.id());
        }));
    }

    /**
     * A new secret, whose {@code secrets().current()} the caller shows once; the replaced one keeps
     * signing until {@code worklane.webhooks.secret-overlap} has passed.
     */
    @WithTransaction
    public Uni<WebhookSubscription> rotateSecret(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_WRITE).chain(ws -> load(caller, ws.id(), id).chain(current ->
                subscriptions.update(current.rotate(WebhookSecret.generate(), config.secretOverlap(), now.instant()))
                        .call(saved -> events.record("webhook.secret_rotated", ws.id(), saved.id(), caller,
                                saved.updatedAt(), WebhookData.rotated(saved), null))));
    }

    /**
     * The keys of the subscriptions' projects and granted private projects, for representations that show them (one
     * statement), without those the caller cannot see: a representation shows only the keys found here.
     */
    public Uni<Map<UUID, String>> projectKeys(Caller caller, UUID workspaceId, Collection<WebhookSubscription> shown) {
        return projectAccess.sight(caller, workspaceId).chain(sight -> ProjectLookup.keys(projects, workspaceId,
                shown.stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.projectId()),
                        s.privateProjects().stream())).filter(sight::sees)));
    }

    /** The new subscription ({@code current} null) or the changed one, refused (400) with every problem at once. */
    private Uni<WebhookSubscription> checked(Caller caller, Workspace ws, WebhookDraft d,
                                             WebhookSubscription current) {
        // a project the caller cannot see is one that does not exist (ADR 0084)
        Uni<Optional<Project>> project = d.project() == null ? Uni.createFrom().item(Optional.empty())
                : projects.find(ws.id(), d.project()).chain(found -> projectAccess.sight(caller, ws.id())
                        .map(sight -> found.filter(p -> sight.sees(p.id()))));
        return project.map(found -> {
            List<FieldError> errors = new ArrayList<>();
            if (d.project() != null && found.isEmpty()) {
                errors.add(new FieldError("project", "UNKNOWN_PROJECT", "'" + d.project()
                        + "' is not a project of this workspace (give its id or key)"));
            }
            NewWebhookSubscription n = new NewWebhookSubscription(d.url(), d.eventTypes(),
                    found.map(Project::id).orElse(null), d.description(), d.status(), d.filter());
            try {
                WebhookSubscription result = current == null
                        ? WebhookSubscription.create(ws.id(), n, WebhookSecret.generate(), now.instant())
                        : current.change(n, now.instant());
                if (errors.isEmpty()) {
                    return result;
                }
            } catch (DomainException e) {
                if (e.code() != ErrorCode.VALIDATION_FAILED) {
                    throw e;
                }
                errors.addAll(0, e.errors());
            }
            throw DomainException.validation(errors);
        }).call(this::customFieldsChecked).chain(s -> grants.resolve(caller, ws, d.privateProjects(),
                current == null ? java.util.Set.of() : current.privateProjects()).map(s::withPrivateProjects));
    }

    /** A filter naming custom fields is checked against the workspace's definitions, as a list's is. */
    private Uni<?> customFieldsChecked(WebhookSubscription s) {
        FilterExpression filter = s.filter();
        return filter == null || !filter.namesCustomFields() ? Uni.createFrom().voidItem()
                : customFields.typesInWorkspace(s.workspaceId()).map(types -> filter.checkCustomFields(types, "filter"));
    }

    private Uni<WebhookSubscription> load(Caller caller, UUID workspaceId, String ref) {
        return WebhookLookup.load(subscriptions, projectAccess, caller, workspaceId, ref);
    }
}
