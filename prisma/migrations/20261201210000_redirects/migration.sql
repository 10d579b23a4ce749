-- Old addresses that lead somewhere else: every WordPress permalink an import brought across
-- (/2013/07/some-slug/, /?p=123, /category/news/ …) and any moved link an admin adds at
-- /admin/redirects. scripts/serve.ts keeps all sources in memory and answers a match before the
-- page cache and Next; from_query holds a query that must match too ("p=123", "" for none).
-- source: 'wordpress' rows are the importer's and a re-import may rewrite them; 'admin' rows
-- (made or edited by hand) are never touched by an import.
CREATE TABLE "redirects" (
    "id" UUID NOT NULL,
    "from_path" TEXT NOT NULL,
    "from_query" TEXT NOT NULL DEFAULT '',
    "to_path" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 301,
    "source" TEXT NOT NULL DEFAULT 'admin',
    "hits" INTEGER NOT NULL DEFAULT 0,
    "last_hit_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "redirects_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "redirects_status" CHECK ("status" IN (301, 302)),
    CONSTRAINT "redirects_source" CHECK ("source" IN ('wordpress', 'admin')),
    CONSTRAINT "redirects_from_is_a_path" CHECK (left("from_path", 1) = '/')
);

-- CreateIndex
CREATE UNIQUE INDEX "redirects_from_path_from_query_key" ON "redirects"("from_path", "from_query");

-- CreateIndex
CREATE INDEX "redirects_to_path_idx" ON "redirects"("to_path");

-- Every web server reloads its in-memory copy when the redirects change, whoever changed them
-- (the admin screen, an import, psql). Counting hits (hits, last_hit_at) announces nothing.
CREATE FUNCTION "placard_notify_redirects_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('placard_redirects', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "redirects_notify_change" AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "from_path", "from_query", "to_path", "status" ON "redirects"
  FOR EACH STATEMENT EXECUTE FUNCTION "placard_notify_redirects_change"();
