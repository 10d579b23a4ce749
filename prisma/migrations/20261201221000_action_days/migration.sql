-- Days of action (an editor's date and call, local protests registered by supporters, a report
-- with photos afterwards) and the donate page's settings (issue #11).

CREATE TYPE "ActionEventStatus" AS ENUM ('pending', 'confirmed', 'approved', 'rejected');

CREATE TABLE "action_days" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "call_html" TEXT NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'draft',
    "report_html" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "action_days_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "action_days_slug_key" ON "action_days"("slug");
CREATE INDEX "action_days_status_date_idx" ON "action_days"("status", "date" DESC);

CREATE TABLE "action_day_photos" (
    "action_day_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "action_day_photos_pkey" PRIMARY KEY ("action_day_id", "media_id")
);
CREATE INDEX "action_day_photos_media_id_idx" ON "action_day_photos"("media_id");
ALTER TABLE "action_day_photos" ADD CONSTRAINT "action_day_photos_action_day_id_fkey" FOREIGN KEY ("action_day_id") REFERENCES "action_days"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "action_day_photos" ADD CONSTRAINT "action_day_photos_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "action_events" (
    "id" UUID NOT NULL,
    "action_day_id" UUID NOT NULL,
    "city" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "place" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "organiser_name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_canonical" TEXT NOT NULL,
    "email_domain" TEXT NOT NULL,
    "status" "ActionEventStatus" NOT NULL DEFAULT 'pending',
    "hold_reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ip_hash" TEXT,
    "proof_signature" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "action_events_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "action_events_proof_signature_key" ON "action_events"("proof_signature");
CREATE INDEX "action_events_action_day_id_status_country_city_idx" ON "action_events"("action_day_id", "status", "country", "city");
CREATE INDEX "action_events_status_created_at_idx" ON "action_events"("status", "created_at");
CREATE INDEX "action_events_email_canonical_idx" ON "action_events"("email_canonical");
CREATE INDEX "action_events_ip_hash_created_at_idx" ON "action_events"("ip_hash", "created_at");
ALTER TABLE "action_events" ADD CONSTRAINT "action_events_action_day_id_fkey" FOREIGN KEY ("action_day_id") REFERENCES "action_days"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "donation_settings" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "ask" TEXT NOT NULL,
    "amounts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "account_holder" TEXT NOT NULL DEFAULT '',
    "iban" TEXT NOT NULL DEFAULT '',
    "bic" TEXT NOT NULL DEFAULT '',
    "local_details" TEXT NOT NULL DEFAULT '',
    "reference" TEXT NOT NULL DEFAULT '',
    "links" JSONB NOT NULL DEFAULT '[]',
    "usage" TEXT NOT NULL DEFAULT '',
    "show_in_sidebar" BOOLEAN NOT NULL DEFAULT true,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "donation_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "donation_settings_one_row" CHECK ("id" = 1)
);

-- Cached public pages follow these tables: a day's page when the day, one of its public events
-- or its photos change (a registration waiting for confirmation or a moderator refreshes
-- nothing); the donate page and every page's sidebar when the donation settings change.
CREATE FUNCTION "placard_notify_action_day_change"() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'action_days' THEN
    PERFORM pg_notify('placard_content', 'action_days:' || COALESCE(NEW."id", OLD."id")::text);
  ELSIF TG_TABLE_NAME = 'action_day_photos' THEN
    PERFORM pg_notify('placard_content', 'action_days:' || COALESCE(NEW."action_day_id", OLD."action_day_id")::text);
  ELSIF (TG_OP <> 'INSERT' AND OLD."status" = 'approved') OR (TG_OP <> 'DELETE' AND NEW."status" = 'approved') THEN
    PERFORM pg_notify('placard_content', 'action_days:' || COALESCE(NEW."action_day_id", OLD."action_day_id")::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "action_days_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "action_days"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_action_day_change"();
CREATE TRIGGER "action_day_photos_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "action_day_photos"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_action_day_change"();
CREATE TRIGGER "action_events_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "action_events"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_action_day_change"();

CREATE FUNCTION "placard_notify_donations_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('placard_content', 'donations');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "donation_settings_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "donation_settings"
  FOR EACH STATEMENT EXECUTE FUNCTION "placard_notify_donations_change"();
