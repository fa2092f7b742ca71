-- A filter on a webhook subscription (issue #14, ADR 0051): only work item events whose item matches it
-- are delivered. Kept as the client wrote it and parsed on read; NULL: every work item.
ALTER TABLE webhook_subscriptions ADD COLUMN item_filter varchar(2000);
