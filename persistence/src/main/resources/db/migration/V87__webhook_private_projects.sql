-- Webhook deliveries honour private projects (issue #13 item 2, ADR 0085): a subscription receives the events of
-- a PRIVATE project only when it was granted sight of it (by a workspace ADMIN/OWNER or the project's MANAGER).
-- The granted project ids, a JSON array as event_types is; a deleted project's id left here grants nothing (no
-- event of it is written any more).
ALTER TABLE webhook_subscriptions ADD COLUMN private_project_ids jsonb NOT NULL DEFAULT '[]';
