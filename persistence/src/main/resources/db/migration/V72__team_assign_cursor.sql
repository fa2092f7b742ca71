-- The round robin of automation's ASSIGN to a team (issue #13 item 1, ADR 0070): the member assigned last.
-- It is read and moved under the team row's lock in the rule's transaction; a member who leaves the
-- workspace leaves it NULL, which restarts the round at the first member.
ALTER TABLE teams ADD COLUMN assign_cursor uuid REFERENCES members (id) ON DELETE SET NULL;
