-- A signer's name goes to the petition's addressee (the government or company petitioned) only
-- if they ticked the box for it: for signers at risk, the addressee is the last to be told.
-- Signatures made before the box existed never agreed to it, so they stay unshared.

-- AlterTable
ALTER TABLE "signatures" ADD COLUMN "share_with_target" BOOLEAN NOT NULL DEFAULT false;
