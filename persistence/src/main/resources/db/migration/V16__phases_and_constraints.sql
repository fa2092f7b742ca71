-- Project planning (issue #12, ADR 0027): a project's phases, in order, each with a date range; an
-- item belongs to at most one phase of its project. Scheduling constraints per item: "start no earlier
-- than" and "finish no later than" (both optional).
CREATE TABLE phases (
    id           uuid PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name         varchar(200) NOT NULL,
    position     integer      NOT NULL,
    start_date   date,
    end_date     date,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX phases_by_project ON phases (project_id, position, id);

ALTER TABLE work_items
    ADD COLUMN phase_id              uuid REFERENCES phases (id) ON DELETE SET NULL,
    ADD COLUMN start_no_earlier_than date,
    ADD COLUMN finish_no_later_than  date;
CREATE INDEX work_items_phase ON work_items (phase_id) WHERE phase_id IS NOT NULL;
-- lists filtered by type (milestones of a project, items of a type)
CREATE INDEX work_items_project_type ON work_items (project_id, type, created_at, id);
