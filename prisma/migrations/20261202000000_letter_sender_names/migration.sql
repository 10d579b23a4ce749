-- "Show my name publicly" beside "I sent it": the name and town or organisation a supporter
-- chose to show, written in the same statement as their press (lib/letters/send.ts), shown on
-- the letter's page only once a moderator approves it. No email: a moderator removes a name on
-- request, and names never approved are deleted by the retention job.

-- CreateTable
CREATE TABLE "letter_sender_names" (
    "send_id" UUID NOT NULL,
    "letter_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "place" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "letter_sender_names_pkey" PRIMARY KEY ("send_id")
);

-- CreateIndex
CREATE INDEX "letter_sender_names_letter_id_approved_at_idx" ON "letter_sender_names"("letter_id", "approved_at");
CREATE INDEX "letter_sender_names_approved_at_created_at_idx" ON "letter_sender_names"("approved_at", "created_at");

-- AddForeignKey
ALTER TABLE "letter_sender_names" ADD CONSTRAINT "letter_sender_names_send_id_fkey" FOREIGN KEY ("send_id") REFERENCES "letter_sends"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "letter_sender_names" ADD CONSTRAINT "letter_sender_names_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letter_actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The letter's pages follow what they show: a name becoming approved, or an approved name
-- changed or removed (by a moderator, the retention job or psql alike), refreshes them
-- (lib/content/changes.ts). A name waiting for a moderator changes no page.
CREATE FUNCTION "placard_notify_letter_sender_name"() RETURNS trigger AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD."approved_at" IS NOT NULL) OR (TG_OP <> 'DELETE' AND NEW."approved_at" IS NOT NULL) THEN
    PERFORM pg_notify('placard_content', 'letter_actions:' || COALESCE(NEW."letter_id", OLD."letter_id")::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "letter_sender_names_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "letter_sender_names"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_letter_sender_name"();
