-- Attachments (issue #16, ADR 0037): files on work items and comments. The row is the attachment; its
-- bytes live in the blob store (a directory or an S3 bucket) under storage_key. Rows go with their work
-- item, comment or workspace (cascades); whatever removes a row queues its bytes for removal and gives its
-- size back to the workspace's usage, in the same transaction (trigger below).
CREATE TABLE attachments (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id     uuid         NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    comment_id       uuid REFERENCES comments (id) ON DELETE CASCADE,
    file_name        varchar(255) NOT NULL,
    content_type     varchar(255) NOT NULL, -- detected from the bytes
    declared_type    varchar(255),          -- what the client said, for the record only
    size_bytes       bigint       NOT NULL CHECK (size_bytes > 0),
    sha256           char(64)     NOT NULL,
    storage_key      varchar(512) NOT NULL UNIQUE,
    uploaded_by_kind varchar(16)  NOT NULL,
    uploaded_by_id   varchar(64)  NOT NULL,
    uploaded_by_name varchar(200),
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX attachments_page ON attachments (work_item_id, created_at, id);
CREATE INDEX attachments_comment ON attachments (comment_id, created_at, id) WHERE comment_id IS NOT NULL;

-- Bytes the workspace's attachments take: an upload adds its size with one UPDATE that refuses to go over
-- the quota, so two uploads cannot both take the last space.
CREATE TABLE attachment_usage (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    used_bytes   bigint NOT NULL DEFAULT 0 CHECK (used_bytes >= 0)
);

-- Bytes to remove from the store, drained by the sweeper after commit. No foreign key: the workspace may
-- be gone by then (its deletion is what queued them).
CREATE TABLE attachment_blob_deletions (
    storage_key     varchar(512) PRIMARY KEY,
    workspace_id    uuid         NOT NULL,
    queued_at       timestamptz  NOT NULL,
    attempts        int          NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL
);
CREATE INDEX attachment_blob_deletions_due ON attachment_blob_deletions (next_attempt_at);

CREATE FUNCTION attachments_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO attachment_blob_deletions (storage_key, workspace_id, queued_at, next_attempt_at)
    VALUES (OLD.storage_key, OLD.workspace_id, now(), now()) ON CONFLICT (storage_key) DO NOTHING;
    UPDATE attachment_usage SET used_bytes = GREATEST(used_bytes - OLD.size_bytes, 0)
    WHERE workspace_id = OLD.workspace_id;
    RETURN OLD;
END $$;
CREATE TRIGGER attachments_forget AFTER DELETE ON attachments FOR EACH ROW EXECUTE FUNCTION attachments_forget();

-- Secrets every instance shares (the key that signs download and unsubscribe links), made on first use.
CREATE TABLE instance_secrets (
    name       varchar(64) PRIMARY KEY,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
