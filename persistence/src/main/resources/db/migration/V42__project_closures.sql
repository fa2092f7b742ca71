-- Project close-out (issue #13 item 7, ADR 0049): the outcome and lessons learned of each closing, the status
-- it closed with, who closed it and, when a workspace admin forced it past the refusals, the reasons
-- overridden. Kept when the project is reopened (a later closing adds a row); listed across projects as the
-- workspace's lessons, newest first. The project's key and name are copied so the lesson reads alone.
CREATE TABLE project_closures (
    id              uuid PRIMARY KEY,
    workspace_id    uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id      uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    project_key     varchar(10)   NOT NULL,
    project_name    varchar(200)  NOT NULL,
    outcome         text          NOT NULL,
    lessons_learned text,
    final_status    varchar(16)   NOT NULL,
    forced          boolean       NOT NULL,
    overridden      jsonb         NOT NULL,
    closed_by       varchar(200),
    closed_at       timestamptz   NOT NULL
);
CREATE INDEX project_closures_page ON project_closures (workspace_id, closed_at DESC, id DESC);
CREATE INDEX project_closures_project ON project_closures (project_id, closed_at DESC);
