-- Webhook delivery (ADR 0023). Fan-out: each subscription keeps a cursor on its workspace's event seq;
-- the dispatcher claims subscriptions that are behind (FOR UPDATE SKIP LOCKED), writes a delivery for
-- each wanted event after the cursor and moves the cursor, in one transaction. A subscription starts at
-- the workspace's current seq: it is sent what happens after it was created.
ALTER TABLE webhook_subscriptions ADD COLUMN delivered_through_seq bigint NOT NULL DEFAULT 0;
-- the failed deliveries in a row since the last success (FailureStreak), for disabling a dead receiver
ALTER TABLE webhook_subscriptions ADD COLUMN failure_count int NOT NULL DEFAULT 0;
ALTER TABLE webhook_subscriptions ADD COLUMN failing_since timestamptz;

UPDATE webhook_subscriptions s SET delivered_through_seq = w.last_event_seq FROM workspaces w
WHERE w.id = s.workspace_id;

CREATE FUNCTION webhook_subscription_starts_now() RETURNS trigger AS $$
BEGIN
    NEW.delivered_through_seq := (SELECT last_event_seq FROM workspaces WHERE id = NEW.workspace_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER webhook_subscription_starts_now BEFORE INSERT ON webhook_subscriptions
    FOR EACH ROW EXECUTE FUNCTION webhook_subscription_starts_now();

-- One message to one subscription: an event (or a ping, or a replayed event), its body fixed when it
-- was queued so every attempt signs the same bytes under the same webhook-id.
CREATE TABLE webhook_deliveries (
    id              uuid PRIMARY KEY,
    workspace_id    uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    message_id      varchar(64)  NOT NULL, -- the webhook-id header
    event_id        uuid,                  -- null for a ping
    event_seq       bigint,
    event_type      varchar(100) NOT NULL,
    body            text         NOT NULL,
    status          varchar(16)  NOT NULL, -- PENDING, DELIVERED, FAILED
    attempts        int          NOT NULL DEFAULT 0, -- attempts of the current round (a redelivery starts one)
    next_attempt_at timestamptz,           -- when PENDING: due from then
    locked_until    timestamptz,           -- a worker's lease; once it passes the delivery is due again
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_page ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

-- Every attempt, as the delivery log shows it.
CREATE TABLE webhook_delivery_attempts (
    id            uuid PRIMARY KEY,
    delivery_id   uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    attempted_at  timestamptz NOT NULL,
    status_code   int,                  -- null: no response (refused target, connection error, timeout)
    latency_ms    int         NOT NULL,
    error         text,
    response_body text                  -- the start of the response body (truncated)
);
CREATE INDEX webhook_delivery_attempts_of ON webhook_delivery_attempts (delivery_id, attempted_at);
