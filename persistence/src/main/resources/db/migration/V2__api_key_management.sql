-- API key management: who created a key, which key a rotation replaced, and the list per workspace.

-- The creator as an actor (like comments' authors). Keys made before this migration were made by
-- Worklane itself (the bootstrap administrator key), hence the backfill; new rows always name one.
ALTER TABLE api_keys
    ADD COLUMN created_by_kind varchar(16)  NOT NULL DEFAULT 'SYSTEM',
    ADD COLUMN created_by_id   varchar(64)  NOT NULL DEFAULT 'system',
    ADD COLUMN created_by_name varchar(200),
    ADD COLUMN rotated_from    uuid REFERENCES api_keys (id) ON DELETE SET NULL;
ALTER TABLE api_keys
    ALTER COLUMN created_by_kind DROP DEFAULT,
    ALTER COLUMN created_by_id DROP DEFAULT;

-- The keys of a workspace, in creation order (keyset pagination on created_at, id).
CREATE INDEX api_keys_page ON api_keys (workspace_id, created_at, id);

-- A key is rotated at most once: a second rotation (even a concurrent one) is refused here.
CREATE UNIQUE INDEX api_keys_rotated_from_key ON api_keys (rotated_from) WHERE rotated_from IS NOT NULL;
