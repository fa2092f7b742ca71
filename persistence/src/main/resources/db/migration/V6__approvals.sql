-- Approvals: a decision requested on a work item, from named members or from everyone holding a role.
-- Decisions live inside the row (jsonb), so deciding is one versioned UPDATE: two approvers deciding at
-- once cannot both win, and an ALL approval never loses a decision.
CREATE TABLE approvals (
    id                uuid PRIMARY KEY,
    workspace_id      uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id      uuid         NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    approver_ids      jsonb        NOT NULL DEFAULT '[]', -- member ids; empty when a role decides
    approver_role     varchar(16),
    policy            varchar(8)   NOT NULL,
    status            varchar(16)  NOT NULL,
    decisions         jsonb        NOT NULL DEFAULT '[]', -- [{memberId, verdict, comment, at}], in decision order
    requested_by_kind varchar(16)  NOT NULL,
    requested_by_id   varchar(64)  NOT NULL,
    requested_by_name varchar(200),
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    -- members or a role, never both, never neither (the domain refuses it first; this keeps the data honest)
    CONSTRAINT approvals_members_or_role CHECK ((jsonb_array_length(approver_ids) > 0) <> (approver_role IS NOT NULL))
);
-- An item's approvals in creation order (keyset on created_at, id). Read backwards, the same index
-- finds the latest approval of an item (ORDER BY created_at DESC, id DESC LIMIT 1, or DISTINCT ON for many).
CREATE INDEX approvals_page ON approvals (work_item_id, created_at, id);
