-- Rows read on every request (API keys by hash, workspaces by id or slug) are cached by each instance
-- (ADR 0043). A change of one is announced on the channel worklane_cache as '<table>:<id>', delivered
-- at commit to every instance, which drops the row from its cache. Only the columns a cached value holds
-- fire the trigger: the last-use flush of keys and the event sequence of workspaces do not.
CREATE FUNCTION announce_cached_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('worklane_cache', TG_TABLE_NAME || ':' || OLD.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER api_keys_announce_change
    AFTER UPDATE OF workspace_id, name, hash, scopes, instance_admin, expires_at, revoked_at OR DELETE
    ON api_keys FOR EACH ROW EXECUTE FUNCTION announce_cached_row_change();

CREATE TRIGGER workspaces_announce_change
    AFTER UPDATE OF slug, name, default_currency, time_zone, version OR DELETE
    ON workspaces FOR EACH ROW EXECUTE FUNCTION announce_cached_row_change();
