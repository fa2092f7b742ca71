package io.worklane.api.graphql.webhook;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the webhook mutations. */
final class WebhookInputs {
    private WebhookInputs() {
    }

    @Input("CreateWebhookInput")
    @Description("A subscription, e.g. url \"https://example.com/hooks\", eventTypes [\"work_item.*\"].")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("An absolute http(s) URL the events are POSTed to.")
        public String url;
        @NonNull
        @Description("1 to 50 exact types (work_item.created), families (work_item.*) or everything (*).")
        public List<@NonNull String> eventTypes;
        @Description("The project (key or id) whose events are sent; null: every project.")
        public String project;
        @Description("A filter on work items (the item fields of the filter language, e.g. priority IN (HIGH, URGENT)): "
                + "only work_item.* events whose item matches are delivered; other events as before. Null: every item.")
        public String filter;
        @Description("Keys or ids of the PRIVATE projects whose events it receives (ADR 0085); by default none of a "
                + "PRIVATE project's events. Granting one needs admin or the project's MANAGER role.")
        public List<@NonNull String> privateProjects;
        @Description("What the subscription is for.")
        public String description;
        @Description("Default ACTIVE.")
        public WebhookTypes.Status status;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateWebhookInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied. eventTypes is replaced "
            + "whole.")
    public static class Update {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The webhook subscription's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the webhook subscription changed since, the "
                + "error CONFLICT.")
        public Integer expectedVersion;
        @Description("The new URL; null: unchanged.")
        public String url;
        @Description("The event types, replacing the whole list; null: unchanged.")
        public List<@NonNull String> eventTypes;
        @Description("The project (key or id) whose events are sent now; null: unchanged.")
        public String project;
        @Description("See CreateWebhookInput.filter; clear FILTER removes it.")
        public String filter;
        @Description("See CreateWebhookInput.privateProjects: replaces the grants of the projects you see ([] drops "
                + "them); null: unchanged.")
        public List<@NonNull String> privateProjects;
        @Description("The new description; null: unchanged.")
        public String description;
        @Description("ACTIVE or DISABLED (nothing is sent); null: unchanged.")
        public WebhookTypes.Status status;
        @Description("Optional fields to remove (DESCRIPTION, FILTER, PROJECT: every project).")
        public List<WebhookTypes.@NonNull Field> clear;
    }

    @Input("DeleteWebhookInput")
    @Description("Deletes a webhook subscription; nothing more is sent to it.")
    public static class Delete {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The webhook subscription's id.")
        public String id;
        @Description("Optional: act only if the webhook subscription is still at this version (its version field), "
                + "else the error CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("RotateWebhookSecretInput")
    @Description("Gives a subscription a new signing secret; the old one signs too until previousSecretExpiresAt.")
    public static class Rotate {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The webhook subscription's id.")
        public String id;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("TestWebhookInput")
    @Description("Sends a ping to a subscription to check its receiver.")
    public static class Test {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The webhook subscription's id.")
        public String id;
    }

    @Input("RedeliverWebhookDeliveryInput")
    @Description("Makes a delivery due again.")
    public static class Redeliver {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The subscription's id.")
        public String webhookId;
        @NonNull
        @Id
        @Description("The delivery's id.")
        public String id;
    }

    @Input("ReplayWebhookInput")
    @Description("The range of seqs to send again, both ends included, e.g. fromSeq 120, toSeq 180.")
    public static class Replay {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The webhook subscription's id.")
        public String id;
        @NonNull
        @Description("The first event seq to send again (at least 1).")
        public Long fromSeq;
        @NonNull
        @Description("The last event seq to send again, inclusive.")
        public Long toSeq;
    }
}
