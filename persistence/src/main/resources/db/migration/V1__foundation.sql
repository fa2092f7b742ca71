-- Worklane foundation: tenants, members, projects, custom fields, work items, comments,
-- API keys, idempotency records and the event outbox.
-- Every tenant table carries workspace_id; every list is served by an index matching its keyset order.

CREATE TABLE workspaces (
    id               uuid PRIMARY KEY,
    slug             varchar(40)  NOT NULL UNIQUE,
    name             varchar(200) NOT NULL,
    default_currency char(3)      NOT NULL,
    time_zone        varchar(64)  NOT NULL,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    -- gap-free per-workspace event sequence, taken under this row's lock by the outbox writer
    last_event_seq   bigint       NOT NULL DEFAULT 0
);
CREATE INDEX workspaces_created ON workspaces (created_at, id);

CREATE TABLE members (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email        varchar(254) NOT NULL,
    display_name varchar(200),
    role         varchar(16)  NOT NULL,
    subject      varchar(255),
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    UNIQUE (workspace_id, email)
);
CREATE INDEX members_page ON members (workspace_id, created_at, id);

CREATE TABLE projects (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key              varchar(10)  NOT NULL,
    name             varchar(200) NOT NULL,
    description      text,
    kind             varchar(16)  NOT NULL,
    status           varchar(16)  NOT NULL,
    lead_id          uuid REFERENCES members (id) ON DELETE SET NULL,
    start_date       date,
    target_date      date,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    -- gap-free work item numbering: incremented under the row lock of the creating transaction
    last_item_number bigint       NOT NULL DEFAULT 0,
    UNIQUE (workspace_id, key)
);
CREATE INDEX projects_page_created ON projects (workspace_id, created_at, id);

CREATE TABLE custom_fields (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    key          varchar(40)  NOT NULL,
    name         varchar(200) NOT NULL,
    type         varchar(16)  NOT NULL,
    options      jsonb        NOT NULL DEFAULT '[]',
    required     boolean      NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    UNIQUE (project_id, key)
);
CREATE INDEX custom_fields_page ON custom_fields (workspace_id, project_id, created_at, id);

CREATE TABLE work_items (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id       uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number           bigint       NOT NULL,
    type             varchar(16)  NOT NULL,
    title            varchar(500) NOT NULL,
    description      text,
    status           varchar(50)  NOT NULL,
    priority         varchar(16)  NOT NULL,
    assignee_ids     jsonb        NOT NULL DEFAULT '[]', -- member ids
    reporter_id      uuid,
    parent_id        uuid REFERENCES work_items (id) ON DELETE SET NULL,
    start_date       date,
    due_date         date,
    estimate_minutes bigint,
    labels           jsonb        NOT NULL DEFAULT '[]',
    custom_fields    jsonb        NOT NULL DEFAULT '{}',
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    completed_at     timestamptz,
    UNIQUE (project_id, number)
);
CREATE INDEX work_items_ws_created ON work_items (workspace_id, created_at, id);
CREATE INDEX work_items_ws_updated ON work_items (workspace_id, updated_at, id);
CREATE INDEX work_items_project_created ON work_items (project_id, created_at, id);
CREATE INDEX work_items_project_updated ON work_items (project_id, updated_at, id);
CREATE INDEX work_items_parent ON work_items (parent_id, created_at, id) WHERE parent_id IS NOT NULL;
CREATE INDEX work_items_status ON work_items (workspace_id, status);
CREATE INDEX work_items_assignees ON work_items USING gin (assignee_ids jsonb_path_ops);
CREATE INDEX work_items_labels ON work_items USING gin (labels jsonb_path_ops);

CREATE TABLE comments (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    body         text        NOT NULL,
    author_kind  varchar(16) NOT NULL,
    author_id    varchar(64) NOT NULL,
    author_name  varchar(200),
    edited       boolean     NOT NULL DEFAULT false,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX comments_page ON comments (work_item_id, created_at, id);

-- Edits keep history: each earlier body of a comment, newest last.
CREATE TABLE comment_revisions (
    id           bigserial PRIMARY KEY,
    comment_id   uuid        NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    workspace_id uuid        NOT NULL,
    body         text        NOT NULL,
    replaced_at  timestamptz NOT NULL
);
CREATE INDEX comment_revisions_comment ON comment_revisions (comment_id, id);

CREATE TABLE api_keys (
    id             uuid PRIMARY KEY,
    workspace_id   uuid REFERENCES workspaces (id) ON DELETE CASCADE,
    name           varchar(200) NOT NULL,
    prefix         varchar(16)  NOT NULL,
    hash           char(64)     NOT NULL UNIQUE,
    scopes         jsonb        NOT NULL DEFAULT '[]',
    instance_admin boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL,
    expires_at     timestamptz,
    revoked_at     timestamptz,
    last_used_at   timestamptz
);

-- Idempotency-Key records: the first response of a POST, replayed for 24 hours.
CREATE TABLE idempotency_records (
    credential_id   varchar(64)  NOT NULL,
    key             varchar(255) NOT NULL,
    operation       varchar(200) NOT NULL,
    request_hash    char(64)     NOT NULL,
    status          varchar(16)  NOT NULL, -- IN_FLIGHT or DONE
    response_status int,
    response_body   text,
    location        varchar(2048),
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (credential_id, key)
);
CREATE INDEX idempotency_records_created ON idempotency_records (created_at);

-- The transactional outbox: events written in the transaction of the change they describe.
CREATE TABLE events (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    seq          bigint       NOT NULL,
    type         varchar(100) NOT NULL,
    subject_id   uuid,
    actor_kind   varchar(16)  NOT NULL,
    actor_id     varchar(64)  NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    data         jsonb        NOT NULL,
    previous     jsonb,
    UNIQUE (workspace_id, seq)
);
