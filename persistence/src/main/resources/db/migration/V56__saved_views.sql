-- Saved views of work items (issue #14 item 4, ADR 0064): a name, an owner (the member or API key that saved
-- it), shared with the workspace or private, a filter (the list filter language's text form) and a sort
-- (the list sort syntax) kept as written, the columns and grouping a front end shows, and a layout.
CREATE TABLE saved_views (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    owner_kind   varchar(16)  NOT NULL,
    owner_id     varchar(64)  NOT NULL,
    owner_name   varchar(200),
    name         varchar(200) NOT NULL,
    sharing      varchar(16)  NOT NULL,
    filter       text,
    sort         varchar(500),
    columns      jsonb        NOT NULL DEFAULT '[]',
    grouping     varchar(100),
    layout       varchar(16)  NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);
-- the views a caller sees: the shared ones and their own, oldest first, in keyset pages
CREATE INDEX saved_views_shared ON saved_views (workspace_id, created_at, id) WHERE sharing = 'WORKSPACE';
CREATE INDEX saved_views_owner ON saved_views (workspace_id, owner_kind, owner_id, created_at, id);
