-- Background work that gives up (the job queue's last attempt failed) says so on its screen
-- instead of showing "sending" or "invalidating" for ever: an update or a bulk invalidation is
-- marked stopped, with the reason.

-- AlterEnum
ALTER TYPE "UpdateState" ADD VALUE 'stopped';

-- AlterTable
ALTER TABLE "petition_updates" ADD COLUMN "stopped_reason" TEXT;

-- AlterTable
ALTER TABLE "signature_invalidations" ADD COLUMN "stopped_reason" TEXT;

-- AlterTable
ALTER TABLE "signature_invalidations" DROP CONSTRAINT "signature_invalidations_state";
ALTER TABLE "signature_invalidations" ADD CONSTRAINT "signature_invalidations_state" CHECK ("state" IN ('queued', 'running', 'done', 'undoing', 'undone', 'stopped'));
