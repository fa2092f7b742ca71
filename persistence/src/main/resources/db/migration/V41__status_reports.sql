-- Status reports of projects (issue #13 item 6, ADR 0048): a period ending as_of, the figures drafted from
-- the data as one jsonb document (progress, schedule, budget, risks, items done, blocked items) frozen when
-- drafted, the suggested health and its reasons, and what people write. PUBLISHED reports are final.
CREATE TABLE status_reports (
    id                        uuid PRIMARY KEY,
    workspace_id              uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id                uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    period_start              date          NOT NULL,
    as_of                     date          NOT NULL,
    status                    varchar(16)   NOT NULL,
    suggested_health          varchar(16)   NOT NULL,
    reasons                   jsonb         NOT NULL,
    health                    varchar(16)   NOT NULL,
    summary                   text,
    highlights                text,
    next_steps                text,
    figures                   jsonb         NOT NULL,
    budget_visible_to_members boolean       NOT NULL,
    published_at              timestamptz,
    published_by              varchar(200),
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CHECK (period_start <= as_of)
);
-- a project's reports newest first, in keyset pages
CREATE INDEX status_reports_by_project ON status_reports (project_id, created_at DESC, id DESC);
-- the latest published one (the next draft's period, close-out) and the health trend
CREATE INDEX status_reports_published ON status_reports (project_id, as_of, published_at)
    WHERE status = 'PUBLISHED';
