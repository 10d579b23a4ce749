-- Sponsors and supporters, and solidarity messages under appeals (issue #11). Both are kept
-- only after their email is confirmed (double opt-in) and shown only after a moderator approves
-- them. "One address, one entry": a supporter's canonical email is unique; a message's is unique
-- per post. proof_signature is unique so a proof-of-work solution works once.

-- CreateEnum
CREATE TYPE "SupporterType" AS ENUM ('individual', 'trade_union', 'party', 'ngo', 'other');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('pending', 'confirmed', 'approved');

-- CreateTable
CREATE TABLE "supporters" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "position" TEXT,
    "country" CHAR(2) NOT NULL,
    "type" "SupporterType" NOT NULL,
    "statement" TEXT,
    "email" TEXT NOT NULL,
    "email_canonical" TEXT NOT NULL,
    "show_publicly" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReviewStatus" NOT NULL DEFAULT 'pending',
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ip_hash" TEXT,
    "proof_signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),

    CONSTRAINT "supporters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "solidarity_messages" (
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "place" TEXT,
    "message" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_canonical" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'pending',
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ip_hash" TEXT,
    "proof_signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),

    CONSTRAINT "solidarity_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "supporters_email_canonical_key" ON "supporters"("email_canonical");
CREATE UNIQUE INDEX "supporters_proof_signature_key" ON "supporters"("proof_signature");
CREATE INDEX "supporters_status_type_country_idx" ON "supporters"("status", "type", "country");
CREATE INDEX "supporters_ip_hash_created_at_idx" ON "supporters"("ip_hash", "created_at");
CREATE UNIQUE INDEX "solidarity_messages_proof_signature_key" ON "solidarity_messages"("proof_signature");
CREATE UNIQUE INDEX "solidarity_messages_post_id_email_canonical_key" ON "solidarity_messages"("post_id", "email_canonical");
CREATE INDEX "solidarity_messages_post_id_status_approved_at_idx" ON "solidarity_messages"("post_id", "status", "approved_at" DESC);
CREATE INDEX "solidarity_messages_email_canonical_idx" ON "solidarity_messages"("email_canonical");
CREATE INDEX "solidarity_messages_ip_hash_created_at_idx" ON "solidarity_messages"("ip_hash", "created_at");

-- AddForeignKey
ALTER TABLE "solidarity_messages" ADD CONSTRAINT "solidarity_messages_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Public pages follow what is shown: any change to an approved entry, or one becoming approved
-- or leaving, refreshes them (a moderator's click, an erasure, or psql alike). An approved
-- message changes its post's page and the post lists (their cards carry the count).
CREATE FUNCTION "placard_notify_review_change"() RETURNS trigger AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD."status" = 'approved') OR (TG_OP <> 'DELETE' AND NEW."status" = 'approved') THEN
    IF TG_TABLE_NAME = 'solidarity_messages' THEN
      PERFORM pg_notify('placard_content', 'posts:' || COALESCE(NEW."post_id", OLD."post_id")::text || ':list');
    ELSE
      PERFORM pg_notify('placard_content', TG_TABLE_NAME || ':' || COALESCE(NEW."id", OLD."id")::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "supporters_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "supporters"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_review_change"();
CREATE TRIGGER "solidarity_messages_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "solidarity_messages"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_review_change"();
