-- Project templates (issue #12 item 5, ADR 0029): a project's structure saved to create projects from —
-- phases, the item hierarchy with dates as working-day offsets from the project's start, dependencies,
-- custom field definitions, the workflow choice, budget lines (optional) and automation rules. The
-- structure is one versioned jsonb document (content.formatVersion), written once and read whole;
-- lists read the summary columns and never the document. Built-in templates are shipped with the
-- application (resources), not stored here.
CREATE TABLE project_templates (
    id                uuid PRIMARY KEY,
    workspace_id      uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name              varchar(200) NOT NULL,
    description       varchar(2000),
    -- the project it was saved from; the template outlives it
    source_project_id uuid REFERENCES projects (id) ON DELETE SET NULL,
    item_count        integer      NOT NULL,
    phase_count       integer      NOT NULL,
    milestone_count   integer      NOT NULL,
    dependency_count  integer      NOT NULL,
    duration_days     integer,
    has_budget        boolean      NOT NULL,
    content           jsonb        NOT NULL,
    created_by        varchar(200),
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);
-- the workspace's templates, oldest first, in keyset pages
CREATE INDEX project_templates_page ON project_templates (workspace_id, created_at, id);
CREATE INDEX project_templates_source ON project_templates (source_project_id) WHERE source_project_id IS NOT NULL;
