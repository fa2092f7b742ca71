-- Sign-in links a member to its identity-provider subject on first use (by verified email), then
-- finds it by subject on every request: both lookups span workspaces, so both need an index.
-- A subject is at most one member per workspace.
CREATE UNIQUE INDEX members_by_subject ON members (subject, workspace_id) WHERE subject IS NOT NULL;
CREATE INDEX members_unlinked_by_email ON members (email) WHERE subject IS NULL;
