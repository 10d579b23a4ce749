-- The background workers' heartbeats: each worker process updates its own row every few seconds
-- (lib/jobs/heartbeat.ts), and /api/ready reports "not ready" when no row is recent, so a load
-- balancer and an operator learn that emails have stopped. Rows of workers gone for a day are
-- removed by the next worker to start.

-- CreateTable
CREATE TABLE "worker_heartbeats" (
    "worker_id" TEXT NOT NULL,
    "beat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "worker_heartbeats_pkey" PRIMARY KEY ("worker_id")
);
