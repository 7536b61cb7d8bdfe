-- An event for one person only (a `notification`): the per-recipient filter (lib/domain/live-events.ts)
-- gives it to nobody else. A migration of its own, named like the live_events one, so that a cluster that
-- holds only the live events (lib/server/live/live-restart.db.test.ts) can be given it too.
ALTER TABLE "live_events" ADD COLUMN "recipientId" UUID;
