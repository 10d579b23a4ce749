-- Standalone pages (About the campaign, Aims, Contact, Donate): outside the post stream, at
-- their own address, listed in the site's navigation in the order editors choose.

-- CreateTable
CREATE TABLE "pages" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'draft',
    "nav_order" INTEGER NOT NULL DEFAULT 0,
    "show_in_nav" BOOLEAN NOT NULL DEFAULT true,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pages_slug_key" ON "pages"("slug");
CREATE INDEX "pages_status_nav_order_idx" ON "pages"("status", "nav_order");

-- AddForeignKey
ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Any change to a page refreshes its cached page and the navigation (on every page).
CREATE TRIGGER "pages_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "pages"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
