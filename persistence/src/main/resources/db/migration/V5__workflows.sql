-- Workflows: a state machine per workspace, its definition (states, initial state, transitions with
-- guards) kept as one jsonb document because it is read and written whole. Every workspace has one
-- default workflow, used by projects that chose none (projects.workflow_id NULL) and by item types
-- a project does not override (projects.workflow_overrides: {"BUG": "<workflow id>"}).
CREATE TABLE workflows (
    id                   uuid PRIMARY KEY,
    workspace_id         uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name                 varchar(100) NOT NULL,
    description          varchar(2000),
    definition           jsonb        NOT NULL,
    is_workspace_default boolean      NOT NULL DEFAULT false,
    version              bigint       NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL
);
CREATE INDEX workflows_page ON workflows (workspace_id, created_at, id);
CREATE UNIQUE INDEX workflows_one_default ON workflows (workspace_id) WHERE is_workspace_default;

ALTER TABLE projects ADD COLUMN workflow_id uuid REFERENCES workflows (id);
ALTER TABLE projects ADD COLUMN workflow_overrides jsonb NOT NULL DEFAULT '{}';
CREATE INDEX projects_by_workflow ON projects (workflow_id) WHERE workflow_id IS NOT NULL;
-- items per state of a project, for workflow changes and board counts
CREATE INDEX work_items_by_status ON work_items (project_id, status);

-- Workspaces made before workflows get the default workflow: the foundation's states, plus
-- cancelled, every move allowed (WorkflowTemplates.DEFAULT, in the format of WorkflowJson).
INSERT INTO workflows (id, workspace_id, name, description, definition, is_workspace_default, version, created_at,
                       updated_at)
SELECT gen_random_uuid(), w.id, 'Default', 'To do, in progress, done or cancelled; any move allowed.',
       '{"initialState":"todo","states":[{"key":"todo","name":"To do","category":"TODO"},{"key":"in_progress","name":"In progress","category":"IN_PROGRESS"},{"key":"done","name":"Done","category":"DONE"},{"key":"cancelled","name":"Cancelled","category":"CANCELLED"}],"transitions":[{"from":"*","to":"todo","name":"Move to To do","guards":[]},{"from":"*","to":"in_progress","name":"Start","guards":[]},{"from":"*","to":"done","name":"Complete","guards":[]},{"from":"*","to":"cancelled","name":"Cancel","guards":[]}]}'::jsonb,
       true, 0, now(), now()
FROM workspaces w;
