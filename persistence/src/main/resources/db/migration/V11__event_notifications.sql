-- Every committed event is announced on the channel worklane_events, so that every instance on this
-- database learns of it at once (GraphQL subscriptions, the webhook dispatcher). NOTIFY is delivered
-- only at commit, in commit order, and never for a rolled-back transaction. The payload carries ids
-- only (a NOTIFY payload is limited to 8000 bytes); listeners read the events themselves, so a lost
-- notification costs latency, never an event.
CREATE FUNCTION announce_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('worklane_events', json_build_object(
        'workspaceId', NEW.workspace_id, 'seq', NEW.seq, 'id', NEW.id, 'type', NEW.type)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER events_announce AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION announce_event();
