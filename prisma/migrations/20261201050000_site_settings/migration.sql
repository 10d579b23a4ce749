-- Site-wide settings an admin changes at /admin/settings: one row (id 1), absent until an admin
-- first saves, and the built-in defaults apply until then. Today it holds the rules that hold
-- suspicious signatures for moderation (burst limits, their window, the minimum fill time).
CREATE TABLE "site_settings" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "ip_burst_limit" INTEGER NOT NULL,
    "domain_burst_limit" INTEGER NOT NULL,
    "burst_window_minutes" INTEGER NOT NULL,
    "min_fill_seconds" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "site_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "site_settings_one_row" CHECK ("id" = 1),
    -- The admin form checks the exact bounds (lib/validation/hold-rules.ts); these only stop
    -- a hand-typed row that would hold every signature or none.
    CONSTRAINT "site_settings_positive" CHECK ("ip_burst_limit" > 0 AND "domain_burst_limit" > 0
      AND "burst_window_minutes" > 0 AND "min_fill_seconds" >= 0)
);

-- Every app instance keeps the settings in memory (the sign path reads them on every
-- signature) and LISTENs here to reload them, whoever changed them (admin, script or psql).
-- A statement trigger, so TRUNCATE is announced too.
CREATE FUNCTION "placard_notify_settings_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('placard_settings', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "site_settings_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "site_settings"
  FOR EACH STATEMENT EXECUTE FUNCTION "placard_notify_settings_change"();
