-- Mentions and watchers (issue #16, ADR 0038). Both are written in the transaction of the change that
-- caused them (a description or comment saved, someone assigned), by the collaboration reactions.

-- Who a work item's description or a comment mentions (@handle or @email of a member of the workspace).
-- comment_id is null for the item's description. Replaced whenever the text is saved.
CREATE TABLE mentions (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    comment_id   uuid REFERENCES comments (id) ON DELETE CASCADE,
    member_id    uuid        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL
);
-- one mention per person per text (the description, comment_id null, is one text too)
CREATE UNIQUE INDEX mentions_once ON mentions
    (work_item_id, COALESCE(comment_id, '00000000-0000-0000-0000-000000000000'::uuid), member_id);
CREATE INDEX mentions_page ON mentions (work_item_id, created_at, id);
CREATE INDEX mentions_comment ON mentions (comment_id) WHERE comment_id IS NOT NULL;

-- Who follows a work item. Creators, assignees, commenters and mentioned people are added automatically
-- (reason); anyone may stop watching: the row stays with watching = false, so that automatic reasons do
-- not add them back (only watching again explicitly does).
CREATE TABLE watchers (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    work_item_id uuid        NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
    member_id    uuid        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    reason       varchar(16) NOT NULL, -- CREATOR, ASSIGNEE, COMMENTER, MENTIONED, MANUAL
    watching     boolean     NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (work_item_id, member_id)
);
CREATE INDEX watchers_page ON watchers (work_item_id, created_at, member_id) WHERE watching;
CREATE INDEX watchers_member ON watchers (member_id) WHERE watching;
