package io.worklane.api.application.webhook;

import io.worklane.domain.shared.Change;
import io.worklane.domain.webhook.WebhookSubscription;
import java.util.List;

/**
 * A partial change of a subscription. {@code eventTypes} is replaced whole; a null {@code project}
 * makes it cover every project, a null {@code description} or {@code filter} removes it; {@code privateProjects}
 * replaces the grants the caller sees (null: none).
 */
public record WebhookPatch(Change<String> url, Change<List<String>> eventTypes, Change<String> project,
                           Change<String> description, Change<String> status, Change<String> filter,
                           Change<List<String>> privateProjects) {

    /** The complete subscription the patch makes of {@code current}, in the shapes a client writes. */
    WebhookDraft mergedInto(WebhookSubscription current) {
        var was = current.toNew();
        return new WebhookDraft(url.or(was.url()), eventTypes.or(was.eventTypes()),
                project.present() ? project.value() : current.projectId() == null ? null
                        : current.projectId().toString(),
                description.or(was.description()), status.or(was.status()), filter.or(was.filter()),
                !privateProjects.present() ? null : privateProjects.value() == null ? List.of() : privateProjects.value());
    }
}
