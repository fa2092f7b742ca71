-- Notifications (issue #16, ADR 0038, 0039): a per-person inbox, preferences per person and kind, and the
-- e-mail outbox. Notifications are written in the transaction of the change that caused them.
CREATE TABLE notifications (
    id              uuid PRIMARY KEY,
    workspace_id    uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    member_id       uuid         NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind            varchar(32)  NOT NULL,
    -- what it is about; no foreign keys: a notification outlives a deleted item (it says what it was)
    work_item_id    uuid,
    work_item_key   varchar(24),
    work_item_title varchar(500),
    comment_id      uuid,
    approval_id     uuid,
    actor_kind      varchar(16)  NOT NULL,
    actor_id        varchar(64)  NOT NULL,
    actor_name      varchar(200),
    summary         varchar(1000) NOT NULL,
    -- how many changes it stands for: a burst on one item within the coalescing window is one notification
    count           int          NOT NULL DEFAULT 1,
    -- NONE (inbox only), QUEUED (an immediate mail is in mail_outbox), DIGEST (waits for the person's digest),
    -- DIGESTED (taken into a digest mail)
    email_state     varchar(16)  NOT NULL,
    -- DIGEST: when the digest that carries it is due (the next full hour; the next 08:00 in the workspace's zone)
    email_due_at    timestamptz,
    read_at         timestamptz,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
-- the inbox, newest first, and its unread part
CREATE INDEX notifications_inbox ON notifications (member_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (member_id, created_at DESC, id DESC) WHERE read_at IS NULL;
-- coalescing looks for the person's latest unread one about the same item and kind
CREATE INDEX notifications_coalesce ON notifications (member_id, work_item_id, kind, created_at DESC)
    WHERE read_at IS NULL;
CREATE INDEX notifications_digest ON notifications (email_due_at, member_id) WHERE email_state = 'DIGEST';

-- A person's choices per kind (no row: the kind's default). channel INBOX, EMAIL or NONE; digest
-- IMMEDIATE, HOURLY or DAILY (for EMAIL).
CREATE TABLE notification_preferences (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    member_id    uuid        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind         varchar(32) NOT NULL,
    channel      varchar(8)  NOT NULL,
    digest       varchar(8)  NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- E-mails to send, written in the transaction that made their notification (immediate) or by the digest
-- worker (digests); sent after commit by the mail worker, retried with backoff until the server takes them.
-- One immediate mail per notification, ever (unique); a digest names the notifications it carries.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    workspace_id    uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    member_id       uuid         NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind            varchar(16)  NOT NULL, -- IMMEDIATE or DIGEST
    notification_id uuid UNIQUE REFERENCES notifications (id) ON DELETE CASCADE,
    digest_of       uuid[],
    status          varchar(16)  NOT NULL, -- PENDING, SENT
    attempts        int          NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    locked_until    timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';

-- Live delivery: every new notification, and every one a burst adds to, is announced at commit on
-- worklane_notifications (never for a rolled-back change); GraphQL subscribers of every instance hear it.
CREATE FUNCTION notifications_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('worklane_notifications', json_build_object('memberId', NEW.member_id, 'id', NEW.id,
        'workspaceId', NEW.workspace_id)::text);
    RETURN NEW;
END $$;
CREATE TRIGGER notifications_announce AFTER INSERT OR UPDATE OF count ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_announce();
