-- Issue #20 (item 5): DELIVERED deliveries are purged after worklane.webhooks.delivered-retention, oldest
-- first, in batches (DeliveryRetention); this index finds them without reading the rest of the log.
CREATE INDEX webhook_deliveries_delivered ON webhook_deliveries (updated_at) WHERE status = 'DELIVERED';
