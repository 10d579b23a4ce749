-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('draft', 'open', 'closed', 'delivered');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('pending', 'confirmed', 'withdrawn', 'invalidated');

-- CreateTable
CREATE TABLE "petitions" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "goal" INTEGER NOT NULL,
    "deadline" TIMESTAMPTZ(3),
    "status" "PetitionStatus" NOT NULL DEFAULT 'draft',
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "closed_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "delivery_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "petitions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "petitions_goal_positive" CHECK ("goal" > 0)
);

-- CreateTable
CREATE TABLE "signatures" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_canonical" TEXT NOT NULL,
    "email_domain" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "city" TEXT,
    "postcode" TEXT,
    "comment" TEXT,
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "keep_informed" BOOLEAN NOT NULL DEFAULT false,
    "consent_version" TEXT NOT NULL,
    "consented_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'pending',
    "held" BOOLEAN NOT NULL DEFAULT false,
    "hold_reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ip_hash" TEXT,
    "proof_signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),

    CONSTRAINT "signatures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_tallies" (
    "petition_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "petition_tallies_pkey" PRIMARY KEY ("petition_id","country","shard")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "done_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "petitions_slug_key" ON "petitions"("slug");
CREATE UNIQUE INDEX "signatures_petition_id_email_canonical_key" ON "signatures"("petition_id", "email_canonical");
-- A proof-of-work solution is accepted once, on any petition.
CREATE UNIQUE INDEX "signatures_proof_signature_key" ON "signatures"("proof_signature");
CREATE INDEX "signatures_ip_hash_created_at_idx" ON "signatures"("ip_hash", "created_at");
CREATE INDEX "signatures_email_domain_created_at_idx" ON "signatures"("email_domain", "created_at");
-- Only one petition can stand in the sidebar at a time.
CREATE UNIQUE INDEX "petitions_one_featured" ON "petitions"("featured") WHERE "featured";
-- The public list of recent signers who agreed to be shown.
CREATE INDEX "signatures_public_recent_idx" ON "signatures"("petition_id", "confirmed_at" DESC)
  WHERE "status" = 'confirmed' AND NOT "held" AND "show_name";
-- Jobs waiting to run, for the worker's claim query.
CREATE INDEX "jobs_waiting_idx" ON "jobs"("run_at") WHERE "done_at" IS NULL AND "failed_at" IS NULL;

-- AddForeignKey
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "petition_tallies" ADD CONSTRAINT "petition_tallies_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The count a visitor sees is the sum of these tallies. Each change of a signature's "counts"
-- state (confirmed and not held) adds or removes one on a random one of 16 shards, inside the
-- same transaction: exact at every commit, and concurrent confirmations rarely meet on a row.
CREATE FUNCTION "placard_tally_signature"() RETURNS trigger AS $$
DECLARE
  old_counts BOOLEAN := TG_OP <> 'INSERT' AND OLD."status" = 'confirmed' AND NOT OLD."held";
  new_counts BOOLEAN := TG_OP <> 'DELETE' AND NEW."status" = 'confirmed' AND NOT NEW."held";
  pick SMALLINT := floor(random() * 16)::smallint;
BEGIN
  IF old_counts AND (NOT new_counts OR OLD."country" <> NEW."country" OR OLD."petition_id" <> NEW."petition_id") THEN
    INSERT INTO "petition_tallies" ("petition_id", "country", "shard", "count")
      VALUES (OLD."petition_id", OLD."country", pick, -1)
      ON CONFLICT ("petition_id", "country", "shard") DO UPDATE SET "count" = "petition_tallies"."count" - 1;
  END IF;
  IF new_counts AND (NOT old_counts OR OLD."country" <> NEW."country" OR OLD."petition_id" <> NEW."petition_id") THEN
    INSERT INTO "petition_tallies" ("petition_id", "country", "shard", "count")
      VALUES (NEW."petition_id", NEW."country", pick, 1)
      ON CONFLICT ("petition_id", "country", "shard") DO UPDATE SET "count" = "petition_tallies"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The WHEN clauses keep the common case (a new, unconfirmed signature) free of any trigger call.
CREATE TRIGGER "signatures_tally_insert" AFTER INSERT ON "signatures"
  FOR EACH ROW WHEN (NEW."status" = 'confirmed' AND NOT NEW."held")
  EXECUTE FUNCTION "placard_tally_signature"();
CREATE TRIGGER "signatures_tally_update" AFTER UPDATE OF "status", "held", "country", "petition_id" ON "signatures"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."held" IS DISTINCT FROM NEW."held"
    OR OLD."country" IS DISTINCT FROM NEW."country" OR OLD."petition_id" IS DISTINCT FROM NEW."petition_id")
  EXECUTE FUNCTION "placard_tally_signature"();
CREATE TRIGGER "signatures_tally_delete" AFTER DELETE ON "signatures"
  FOR EACH ROW WHEN (OLD."status" = 'confirmed' AND NOT OLD."held")
  EXECUTE FUNCTION "placard_tally_signature"();

-- Petition text and status changes refresh the pages that show the petition.
CREATE TRIGGER "petitions_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "petitions"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
