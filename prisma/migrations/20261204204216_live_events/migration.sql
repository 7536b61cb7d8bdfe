-- CreateTable
CREATE TABLE "live_events" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "claimId" UUID,
    "articleId" UUID,
    "entityId" UUID,
    "actorId" UUID,
    "reviewerId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_events_workspaceId_id_idx" ON "live_events"("workspaceId", "id");

-- CreateIndex
CREATE INDEX "live_events_createdAt_idx" ON "live_events"("createdAt");

-- Ids in commit order. An id drawn at insert would not be: a transaction that began first may commit
-- last, and a listener or a reconnecting client reading "after id N" would then pass over its event for
-- good. So the id is drawn again when the transaction commits (a deferred trigger), under a lock held
-- until the commit ends: every event that commits later has a larger id. NOTIFY already serialises
-- committing transactions that notify (Postgres queues notifications in commit order), so the lock adds
-- no new bottleneck; taken at commit, after every other lock of the transaction, it cannot deadlock.
CREATE FUNCTION live_events_commit_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  final_id BIGINT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('claimbench_events'));
  UPDATE "live_events" SET "id" = nextval(pg_get_serial_sequence('"live_events"', 'id')) WHERE "id" = NEW."id" RETURNING "id" INTO final_id;
  PERFORM pg_notify('claimbench_events', final_id::text);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "live_events_commit_id" AFTER INSERT ON "live_events"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION live_events_commit_id();
