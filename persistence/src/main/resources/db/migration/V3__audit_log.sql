-- The audit log: security-relevant facts (keys, memberships, failed authentications), kept apart
-- from the change feed because it outlives the feed's retention and is read by admins only.
CREATE TABLE audit_events (
    id           uuid PRIMARY KEY,
    workspace_id uuid REFERENCES workspaces (id) ON DELETE CASCADE,
    occurred_at  timestamptz  NOT NULL,
    action       varchar(64)  NOT NULL,
    actor_kind   varchar(16)  NOT NULL,
    actor_id     varchar(64)  NOT NULL,
    actor_name   varchar(200),
    target_kind  varchar(32)  NOT NULL,
    target_id    varchar(64)  NOT NULL,
    details      jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_page ON audit_events (workspace_id, occurred_at, id);
