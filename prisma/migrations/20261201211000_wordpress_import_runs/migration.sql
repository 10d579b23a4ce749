-- Imports from WordPress started in the admin area (/admin/import): the uploaded export waits
-- on disk while the worker imports it (lib/wordpress/import-runs.ts). state: queued → running →
-- done | failed. The worker writes its progress (which pass, bytes read, items done) and a
-- heartbeat as it goes, and the report as JSON at the end, so the screen can show it and a run
-- whose worker died is noticed. started_by_id has no foreign key, like the audit log: the
-- history outlives the user.

-- CreateTable
CREATE TABLE "wordpress_import_runs" (
    "id" UUID NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "file_name" TEXT NOT NULL,
    "file_bytes" BIGINT NOT NULL,
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "signature_petition" TEXT NOT NULL DEFAULT '',
    "started_by_id" UUID,
    "started_by_name" TEXT NOT NULL DEFAULT '',
    "pass" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" BIGINT NOT NULL DEFAULT 0,
    "items_done" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "wordpress_import_runs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "wordpress_import_runs_state_check" CHECK ("state" IN ('queued', 'running', 'done', 'failed'))
);

-- CreateIndex
CREATE INDEX "wordpress_import_runs_created_at_idx" ON "wordpress_import_runs"("created_at");

-- One import at a time: at most one row may be queued or running (not expressible in schema.prisma).
CREATE UNIQUE INDEX "wordpress_import_runs_one_active" ON "wordpress_import_runs"((true)) WHERE "state" IN ('queued', 'running');
