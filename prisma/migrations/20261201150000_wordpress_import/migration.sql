-- Moving in from WordPress: one row per WordPress item the importer has seen (a post, a page, a
-- category, an author, an uploaded file), keyed by the WordPress site and the item's own id, so a
-- second import finds what the first one made instead of making it again. The old permalink,
-- guid and parent are kept for the redirects from old addresses (/2013/07/slug/, /?p=123,
-- /category/parent/child/). entity_id points at the Placard row (posts, pages, categories, users
-- or media, by kind) without a foreign key: when an editor deletes an imported post, the row
-- stays, and a later import leaves the post deleted rather than bringing it back.

-- CreateTable
CREATE TABLE "wordpress_items" (
    "id" BIGSERIAL NOT NULL,
    "site" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "wp_id" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "wp_slug" TEXT NOT NULL DEFAULT '',
    "wp_url" TEXT NOT NULL DEFAULT '',
    "wp_guid" TEXT NOT NULL DEFAULT '',
    "wp_parent" TEXT NOT NULL DEFAULT '',
    "source_hash" TEXT NOT NULL,
    "entity_updated_at" TIMESTAMPTZ(3),
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wordpress_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "wordpress_items_site_kind_wp_id_key" ON "wordpress_items"("site", "kind", "wp_id");

-- CreateIndex
CREATE INDEX "wordpress_items_kind_entity_id_idx" ON "wordpress_items"("kind", "entity_id");
