-- Protest letters: a directory of addressees (embassies and consulates per host country,
-- ministries, companies), letter actions with a model letter, and the public count of
-- "I sent it" presses, kept the way petition counts are (16 shard rows per letter moved by a
-- trigger, never one hot row). A press stores no personal data.

-- CreateEnum
CREATE TYPE "AddresseeKind" AS ENUM ('embassy', 'consulate', 'ministry', 'company', 'other');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateTable
CREATE TABLE "letter_addressees" (
    "id" UUID NOT NULL,
    "kind" "AddresseeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "host_country" CHAR(2),
    "postal_address" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "fax" TEXT,
    "source" TEXT NOT NULL DEFAULT '',
    "checked_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "letter_addressees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "letter_actions" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "status" "LetterStatus" NOT NULL DEFAULT 'draft',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "embassies_of" TEXT,
    "cc_emails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "demands" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "letter_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "letter_action_addressees" (
    "letter_id" UUID NOT NULL,
    "addressee_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "letter_action_addressees_pkey" PRIMARY KEY ("letter_id","addressee_id")
);

-- CreateTable
CREATE TABLE "letter_sends" (
    "id" UUID NOT NULL,
    "letter_id" UUID NOT NULL,
    "held" BOOLEAN NOT NULL DEFAULT false,
    "hold_reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ip_hash" TEXT,
    "proof_signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "letter_sends_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "letter_tallies" (
    "letter_id" UUID NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "letter_tallies_pkey" PRIMARY KEY ("letter_id","shard")
);

-- CreateIndex (an embassy without a host country is still one entry: NULLS NOT DISTINCT)
CREATE UNIQUE INDEX "letter_addressees_kind_state_host_country_name_key" ON "letter_addressees"("kind", "state", "host_country", "name") NULLS NOT DISTINCT;
CREATE INDEX "letter_addressees_state_host_country_idx" ON "letter_addressees"("state", "host_country");
CREATE UNIQUE INDEX "letter_actions_slug_key" ON "letter_actions"("slug");
CREATE UNIQUE INDEX "letter_sends_proof_signature_key" ON "letter_sends"("proof_signature");
CREATE INDEX "letter_sends_ip_hash_created_at_idx" ON "letter_sends"("ip_hash", "created_at");
CREATE INDEX "letter_sends_letter_id_held_idx" ON "letter_sends"("letter_id", "held");

-- AddForeignKey
ALTER TABLE "letter_action_addressees" ADD CONSTRAINT "letter_action_addressees_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letter_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "letter_action_addressees" ADD CONSTRAINT "letter_action_addressees_addressee_id_fkey" FOREIGN KEY ("addressee_id") REFERENCES "letter_addressees"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "letter_sends" ADD CONSTRAINT "letter_sends_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letter_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "letter_tallies" ADD CONSTRAINT "letter_tallies_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letter_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A press counts unless it is held (the same burst and proof-of-work rules as signing); a
-- moderator's release moves it onto the count. One of 16 shards, as for petitions.
CREATE FUNCTION "placard_tally_letter_send"() RETURNS trigger AS $$
DECLARE
  old_counts BOOLEAN := TG_OP <> 'INSERT' AND NOT OLD."held";
  new_counts BOOLEAN := TG_OP <> 'DELETE' AND NOT NEW."held";
  pick SMALLINT := floor(random() * 16)::smallint;
BEGIN
  IF old_counts AND NOT new_counts THEN
    INSERT INTO "letter_tallies" ("letter_id", "shard", "count") VALUES (OLD."letter_id", pick, -1)
      ON CONFLICT ("letter_id", "shard") DO UPDATE SET "count" = "letter_tallies"."count" - 1;
  END IF;
  IF new_counts AND NOT old_counts THEN
    INSERT INTO "letter_tallies" ("letter_id", "shard", "count") VALUES (NEW."letter_id", pick, 1)
      ON CONFLICT ("letter_id", "shard") DO UPDATE SET "count" = "letter_tallies"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "letter_sends_tally_insert" AFTER INSERT ON "letter_sends"
  FOR EACH ROW WHEN (NOT NEW."held") EXECUTE FUNCTION "placard_tally_letter_send"();
CREATE TRIGGER "letter_sends_tally_update" AFTER UPDATE OF "held" ON "letter_sends"
  FOR EACH ROW WHEN (OLD."held" IS DISTINCT FROM NEW."held") EXECUTE FUNCTION "placard_tally_letter_send"();
CREATE TRIGGER "letter_sends_tally_delete" AFTER DELETE ON "letter_sends"
  FOR EACH ROW WHEN (NOT OLD."held") EXECUTE FUNCTION "placard_tally_letter_send"();

-- Letter and directory edits refresh the pages that show them (lib/content/changes.ts).
CREATE TRIGGER "letter_actions_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "letter_actions"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
CREATE TRIGGER "letter_addressees_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "letter_addressees"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
