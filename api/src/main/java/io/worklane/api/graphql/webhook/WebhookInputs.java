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
        public String workspace;
        @NonNull
        public String url;
        @NonNull
        @Description("1 to 50 exact types (work_item.created), families (work_item.*) or everything (*).")
        public List<@NonNull String> eventTypes;
        @Description("The project (key or id) whose events are sent; null: every project.")
        public String project;
        @Description("A filter on work items (the item fields of the filter language, e.g. priority IN (HIGH, URGENT)): "
                + "only work_item.* events whose item matches are delivered; other events as before. Null: every item.")
        public String filter;
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
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String url;
        public List<@NonNull String> eventTypes;
        public String project;
        @Description("See CreateWebhookInput.filter; clear FILTER removes it.")
        public String filter;
        public String description;
        public WebhookTypes.Status status;
        public List<WebhookTypes.@NonNull Field> clear;
    }

    @Input("DeleteWebhookInput")
    public static class Delete {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("RotateWebhookSecretInput")
    public static class Rotate {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("TestWebhookInput")
    public static class Test {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
    }

    @Input("RedeliverWebhookDeliveryInput")
    public static class Redeliver {
        @NonNull
        public String workspace;
        @NonNull
        @Id
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
        public String workspace;
        @NonNull
        @Id
        public String id;
        @NonNull
        public Long fromSeq;
        @NonNull
        public Long toSeq;
    }
}
