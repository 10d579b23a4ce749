-- Erasure: a withdrawn or erased signature loses every personal field (lib/privacy/erasure.ts)
-- and keeps only email_key, a keyed hash (HMAC with the site secret) of its canonical email, so
-- the same address is answered "already signed" and never counted again. Only erased signatures
-- have one: the unique index is partial, so it stays small and a new signature (email_key NULL)
-- adds nothing to it. It starts with email_key, so the sign statement's check and an admin's
-- subject-access search find erased signatures on every petition through it.

-- AlterTable
ALTER TABLE "signatures" ADD COLUMN "email_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "signatures_email_key_petition_id_key" ON "signatures"("email_key", "petition_id") WHERE "email_key" IS NOT NULL;
