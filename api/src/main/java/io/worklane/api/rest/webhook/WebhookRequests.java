package io.worklane.api.rest.webhook;

import io.worklane.api.application.webhook.WebhookDraft;
import io.worklane.api.application.webhook.WebhookPatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.webhook.WebhookStatus;
import io.worklane.openapi.model.WebhookCreate;
import java.util.Map;
import java.util.Set;

/** REST bodies → subscription drafts and patches. Nulls pass through, so the domain names what is missing. */
final class WebhookRequests {
    static final Set<String> PATCHABLE = Set.of("url", "eventTypes", "project", "description", "status", "filter",
            "privateProjects");

    private WebhookRequests() {
    }

    static WebhookDraft draft(WebhookCreate b) {
        return new WebhookDraft(b.getUrl(), b.getEventTypes(), b.getProject(), b.getDescription(),
                b.getStatus() == null ? null : b.getStatus().name(), b.getFilter(), b.getPrivateProjects());
    }

    static WebhookPatch patch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        WebhookPatch patch = new WebhookPatch(p.requiredText("url"), p.strings("eventTypes"), p.text("project"),
                p.text("description"), p.enumValue("status", WebhookStatus.class).map(Enum::name), p.text("filter"),
                p.strings("privateProjects"));
        p.check();
        return patch;
    }
}
