-- Due-date reminders (issue #16, ADR 0038): a person's reminder on a work item at a chosen offset before its
-- due moment (the due date at 09:00 in the workspace's time zone; a negative offset is after it). remind_at
-- follows the item's due date (recomputed in the transaction that changes it); snoozing moves the reminder
-- to snoozed_until. Due ones are claimed with FOR UPDATE SKIP LOCKED and delivered as notifications once.
CREATE TABLE reminders (
    id                    uuid PRIMARY KEY,
    workspace_id          uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    member_id             uuid        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    work_item_id          uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    remind_before_minutes int         NOT NULL,
    remind_at             timestamptz,          -- null while the item has no due date
    snoozed_until         timestamptz,
    sent_at               timestamptz,
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    UNIQUE (work_item_id, member_id, remind_before_minutes)
);
CREATE INDEX reminders_due ON reminders ((COALESCE(snoozed_until, remind_at))) WHERE sent_at IS NULL;
CREATE INDEX reminders_member ON reminders (member_id, created_at, id);
