-- Editors write petitions in the admin area: a goal they can pin (no stepping up once it is
-- reached), an optional image from the media library, and who saved the petition last (for
-- "someone else saved this petition" answers).

-- AlterTable
ALTER TABLE "petitions" ADD COLUMN "goal_pinned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "image_url" TEXT,
ADD COLUMN "image_alt" TEXT,
ADD COLUMN "updated_by_id" UUID;

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
