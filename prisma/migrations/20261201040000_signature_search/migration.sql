-- Moderators search every signature, see what is trending, and invalidate (and undo) many at
-- once. Each index below is also written on every signature insert, so each earns its place in
-- `npm run bench:search` (scripts/explain-signature-search.ts) and costs were measured with
-- `npm run bench:sign` before and after (see the README).

-- One petition's signatures, newest first; with the domain and IP hash inside the index, the
-- trending counts per petition are index-only scans.
CREATE INDEX "signatures_petition_id_created_at_idx" ON "signatures"("petition_id", "created_at" DESC, "id" DESC)
  INCLUDE ("email_domain", "ip_hash");
-- All petitions together, newest first (and the keyset pages after them).
CREATE INDEX "signatures_created_at_idx" ON "signatures"("created_at" DESC, "id" DESC);
-- One signer's signatures on any petition (the unique index starts with the petition).
CREATE INDEX "signatures_email_canonical_idx" ON "signatures"("email_canonical");
-- Names by their start, whatever the case: a btree, cheap on the insert path (a trigram GIN
-- index for "contains" cost more on signing than it saved here; see the README).
CREATE INDEX "signatures_full_name_prefix_idx" ON "signatures"(lower("full_name") text_pattern_ops);
-- One country's signatures, newest first (a rare country in a big petition is found at once).
CREATE INDEX "signatures_country_created_at_idx" ON "signatures"("country", "created_at" DESC, "id" DESC);
-- Withdrawn and invalidated signatures: a new signature is never either, so signing never
-- writes to this one.
CREATE INDEX "signatures_not_counting_idx" ON "signatures"("created_at" DESC, "id" DESC)
  WHERE "status" IN ('withdrawn', 'invalidated');
-- Only signatures that were held for a reason are in this one, so it stays small.
CREATE INDEX "signatures_hold_reasons_idx" ON "signatures"("created_at" DESC, "id" DESC)
  WHERE cardinality("hold_reasons") > 0;

-- A bulk invalidation: the filter it was started from, who asked, and how far it got.
CREATE TABLE "signature_invalidations" (
    "id" UUID NOT NULL,
    "filter" JSONB NOT NULL,
    "requested_by_id" UUID,
    "requested_by_label" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "restored" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "undo_requested_at" TIMESTAMPTZ(3),
    "undone_by_label" TEXT,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "signature_invalidations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "signature_invalidations_state" CHECK ("state" IN ('queued', 'running', 'done', 'undoing', 'undone'))
);
CREATE INDEX "signature_invalidations_created_at_idx" ON "signature_invalidations"("created_at" DESC);
ALTER TABLE "signature_invalidations" ADD CONSTRAINT "signature_invalidations_requested_by_id_fkey"
  FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The signatures an invalidation covers, fixed when the worker starts it (what the preview counted).
-- previous_status is set only for the rows this operation itself changed, so an undo puts back
-- exactly those, and only while they are still invalidated.
CREATE TABLE "signature_invalidation_items" (
    "invalidation_id" UUID NOT NULL,
    "signature_id" UUID NOT NULL,
    "applied" BOOLEAN NOT NULL DEFAULT false,
    "previous_status" "SignatureStatus",
    "restored" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "signature_invalidation_items_pkey" PRIMARY KEY ("invalidation_id", "signature_id")
);
CREATE INDEX "signature_invalidation_items_signature_id_idx" ON "signature_invalidation_items"("signature_id");
ALTER TABLE "signature_invalidation_items" ADD CONSTRAINT "signature_invalidation_items_invalidation_id_fkey"
  FOREIGN KEY ("invalidation_id") REFERENCES "signature_invalidations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signature_invalidation_items" ADD CONSTRAINT "signature_invalidation_items_signature_id_fkey"
  FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE CASCADE ON UPDATE CASCADE;
