-- Updates to a petition's signers: written in the admin, mailed by the worker to every signer
-- who asked to be kept informed and confirmed, then shown on the petition's page as news.

CREATE TYPE "UpdateState" AS ENUM ('draft', 'sending', 'sent');

-- A signer who follows the unsubscribe link in an update is never mailed again.
ALTER TABLE "signatures" ADD COLUMN "unsubscribed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "petition_updates" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "state" "UpdateState" NOT NULL DEFAULT 'draft',
    "created_by_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "petition_updates_pkey" PRIMARY KEY ("id")
);

-- One row per recipient of an update. The primary key is what makes "never twice to one
-- person" hold: a signer can be listed once per update, and a row is sent only after the
-- worker's claim on it (claimed_at, set from NULL) has committed. See lib/updates/deliver.ts.
CREATE TABLE "update_deliveries" (
    "update_id" UUID NOT NULL,
    "signature_id" UUID NOT NULL,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "update_deliveries_pkey" PRIMARY KEY ("update_id","signature_id")
);

-- CreateIndex
CREATE INDEX "petition_updates_petition_id_published_at_idx" ON "petition_updates"("petition_id", "published_at" DESC);
CREATE INDEX "petition_updates_created_at_idx" ON "petition_updates"("created_at" DESC);
CREATE INDEX "update_deliveries_signature_id_idx" ON "update_deliveries"("signature_id");
-- The recipients still to be sent, found without reading the ones already done.
CREATE INDEX "update_deliveries_waiting_idx" ON "update_deliveries"("update_id", "signature_id")
  WHERE "claimed_at" IS NULL AND "sent_at" IS NULL AND "failed_at" IS NULL;

-- AddForeignKey
ALTER TABLE "petition_updates" ADD CONSTRAINT "petition_updates_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "petition_updates" ADD CONSTRAINT "petition_updates_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "update_deliveries" ADD CONSTRAINT "update_deliveries_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "petition_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "update_deliveries" ADD CONSTRAINT "update_deliveries_signature_id_fkey" FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A published update is news on its petition's page: announce it as a change to the petition,
-- so the pages that show the petition are refreshed (lib/content/changes.ts). Drafts and the
-- worker's progress never touch the public pages.
CREATE FUNCTION "placard_notify_petition_update_change"() RETURNS trigger AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD."published_at" IS NOT NULL) OR (TG_OP <> 'DELETE' AND NEW."published_at" IS NOT NULL) THEN
    PERFORM pg_notify('placard_content', 'petitions:' || COALESCE(NEW."petition_id", OLD."petition_id")::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "petition_updates_notify_change" AFTER INSERT OR DELETE OR UPDATE OF "subject", "body_html", "published_at", "petition_id" ON "petition_updates"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_petition_update_change"();
