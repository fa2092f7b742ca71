-- Recurring work (issue #15 item 7, ADR 0077): a series in one project that creates a work item from its
-- template at each date of an RFC 5545 RRULE counted from a local DTSTART in a time zone. ACTIVE series are
-- claimed by any instance's tick with FOR UPDATE SKIP LOCKED when next_occurrence_at has passed.
CREATE TABLE recurrences (
    id                 uuid PRIMARY KEY,
    workspace_id       uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id         uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    template           jsonb        NOT NULL,
    rrule              varchar(500) NOT NULL,
    dtstart            timestamp    NOT NULL,
    time_zone          varchar(64)  NOT NULL,
    status             varchar(16)  NOT NULL,
    next_occurrence_at timestamptz,
    occurrences        integer      NOT NULL DEFAULT 0,
    last_occurrence_at timestamptz,
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CHECK ((status = 'ACTIVE') = (next_occurrence_at IS NOT NULL))
);
-- a workspace's series (or one project's), oldest first, in keyset pages
CREATE INDEX recurrences_page ON recurrences (workspace_id, created_at, id);
CREATE INDEX recurrences_project ON recurrences (workspace_id, project_id, created_at, id);
-- the scheduler's claim: the active series due first
CREATE INDEX recurrences_due ON recurrences (next_occurrence_at) WHERE status = 'ACTIVE';

-- The items a series created, one per occurrence: the primary key is the last guard against a second item for
-- the same occurrence; an item belongs to at most one series.
CREATE TABLE recurrence_occurrences (
    recurrence_id uuid        NOT NULL REFERENCES recurrences (id) ON DELETE CASCADE,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id  uuid        NOT NULL UNIQUE REFERENCES work_items (id) ON DELETE CASCADE,
    occurrence_at timestamptz NOT NULL,
    PRIMARY KEY (recurrence_id, occurrence_at)
);
