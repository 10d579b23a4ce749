-- Paper signatures: petitions signed on printed sheets at stalls and marches. An editor enters
-- a number with a note, or uploads the names and countries typed up from the sheets; they
-- count toward the petition's total and are shown as "of which N on paper". The sheet says
-- where to send it back (the petition's return address).

-- AlterTable
ALTER TABLE "petitions" ADD COLUMN "return_address" TEXT;

-- CreateTable
CREATE TABLE "paper_signature_entries" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "country" CHAR(2),
    "note" TEXT NOT NULL,
    "from_csv" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "paper_signature_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "paper_signature_entries_count_check" CHECK ("count" > 0)
);

-- CreateTable
CREATE TABLE "paper_signers" (
    "id" BIGSERIAL NOT NULL,
    "entry_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,

    CONSTRAINT "paper_signers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "paper_signature_entries_petition_id_created_at_idx" ON "paper_signature_entries"("petition_id", "created_at");

-- CreateIndex
CREATE INDEX "paper_signers_entry_id_idx" ON "paper_signers"("entry_id");

-- AddForeignKey
ALTER TABLE "paper_signature_entries" ADD CONSTRAINT "paper_signature_entries_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper_signature_entries" ADD CONSTRAINT "paper_signature_entries_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper_signature_entries" ADD CONSTRAINT "paper_signature_entries_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper_signers" ADD CONSTRAINT "paper_signers_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "paper_signature_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A paper entry changes the petition's numbers: refresh the pages that show them, on every
-- instance, as a change to the petition itself does.
CREATE FUNCTION "placard_notify_paper_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('placard_content', 'petitions:' || COALESCE(NEW."petition_id", OLD."petition_id")::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "paper_signature_entries_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "paper_signature_entries"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_paper_change"();
