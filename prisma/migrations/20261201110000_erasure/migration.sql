-- Erasure: a withdrawn or erased signature loses every personal field (lib/privacy/erasure.ts)
-- and keeps only email_key, a keyed hash (HMAC with the site secret) of its canonical email, so
-- the same address is answered "already signed" and never counted again. Only erased signatures
-- have one, so the index is small and signing pays nothing for it; it starts with email_key so
-- an admin's subject-access search finds erased signatures on every petition through it.

-- AlterTable
ALTER TABLE "signatures" ADD COLUMN "email_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "signatures_email_key_petition_id_key" ON "signatures"("email_key", "petition_id");
