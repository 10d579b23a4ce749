-- The moderators' queue: held signatures that still may count (pending or confirmed), newest
-- first, across petitions or for one. A partial index stays small however many signatures
-- the petitions collect, since only the held ones are in it.
CREATE INDEX "signatures_held_queue_idx" ON "signatures"("created_at" DESC, "id")
  WHERE "held" AND "status" IN ('pending', 'confirmed');
