-- Retention: signatures of petitions closed or delivered long ago are anonymised by the worker
-- (name, email, town, postcode, comment and address hash removed; country and counts kept), and
-- unconfirmed signatures are deleted after 30 days. anonymised_at makes the job idempotent.

-- AlterTable
ALTER TABLE "signatures" ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);
-- (No new index: the job finds a petition's signatures through the unique index that starts with
-- petition_id, so signing pays nothing more.)
