-- Request intake forms (issue #15 item 6, ADR 0076): a form of a PROCESS project whose submissions become work
-- items (REQUEST by default). The slug is the form's public address (/api/v1/forms/{slug}), so it is unique
-- across workspaces. Fields are kept as one jsonb document: they are always read and written whole.
CREATE TABLE forms (
    id           uuid PRIMARY KEY,
    workspace_id uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    slug         varchar(63)   NOT NULL,
    title        varchar(200)  NOT NULL,
    description  text,
    item_type    varchar(16)   NOT NULL,
    access       varchar(16)   NOT NULL,
    confirmation varchar(2000),
    fields       jsonb         NOT NULL DEFAULT '[]',
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    CONSTRAINT forms_slug_key UNIQUE (slug)
);
-- a workspace's forms, oldest first, in keyset pages
CREATE INDEX forms_workspace ON forms (workspace_id, created_at, id);

-- One row per accepted submission: the item it created, the submitter's email, and the SHA-256 of the tracking
-- token answered once (as for API keys and calendar feeds). Deleting the form or the item forgets the tracking.
CREATE TABLE form_submissions (
    id              uuid PRIMARY KEY,
    workspace_id    uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    form_id         uuid          NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    work_item_id    uuid          NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    submitter_email varchar(254)  NOT NULL,
    token_hash      char(64)      NOT NULL UNIQUE,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX form_submissions_form ON form_submissions (form_id);
CREATE INDEX form_submissions_item ON form_submissions (work_item_id);

-- Submissions counted per client address and minute, shared by every instance (one upsert per submission);
-- rows of past minutes are swept.
CREATE TABLE form_submission_windows (
    address      varchar(80)  NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL,
    PRIMARY KEY (address, window_start)
);
CREATE INDEX form_submission_windows_start ON form_submission_windows (window_start);
