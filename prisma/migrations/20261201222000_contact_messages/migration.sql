-- Messages from the public contact form (lib/contact/).
CREATE TABLE "contact_messages" (
    "id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "may_publish" BOOLEAN NOT NULL DEFAULT false,
    "held_reason" TEXT,
    "ip_hash" TEXT,
    "forwarded_at" TIMESTAMPTZ(3),
    "handled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_messages_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages"("created_at");
