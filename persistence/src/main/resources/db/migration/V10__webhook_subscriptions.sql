-- Webhook subscriptions: where a workspace's events are delivered, which event types (patterns such
-- as work_item.*, kept as a jsonb list), optionally only those of one project. The signing secret is
-- kept as the client was shown it (whsec_…), since it must be usable to sign; after a rotation the
-- previous one keeps signing until previous_secret_until. Encrypting both at rest is a later step.
CREATE TABLE webhook_subscriptions (
    id                    uuid PRIMARY KEY,
    workspace_id          uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url                   varchar(2048) NOT NULL,
    event_types           jsonb         NOT NULL,
    project_id            uuid REFERENCES projects (id) ON DELETE CASCADE, -- NULL: every project
    description           varchar(500),
    status                varchar(20)   NOT NULL,
    secret                text          NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    version               bigint        NOT NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL
);
CREATE INDEX webhook_subscriptions_page ON webhook_subscriptions (workspace_id, created_at, id);
