-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'moderator');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('draft', 'scheduled', 'published');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "password_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "author_id" UUID NOT NULL,
    "featured_image_url" TEXT,
    "featured_image_alt" TEXT,
    "featured_image_caption" TEXT,
    "featured_image_credit" TEXT,
    "source_name" TEXT,
    "source_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    -- Weighted so that a match in the title ranks above one in the body. HTML tags are
    -- recognised by PostgreSQL's parser and left out of the english configuration.
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') ||
        setweight(to_tsvector('english', "excerpt"), 'B') ||
        setweight(to_tsvector('english', "body_html"), 'C')
    ) STORED,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_categories" (
    "post_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,

    CONSTRAINT "post_categories_pkey" PRIMARY KEY ("post_id","category_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE UNIQUE INDEX "users_slug_key" ON "users"("slug");
CREATE UNIQUE INDEX "categories_name_key" ON "categories"("name");
CREATE UNIQUE INDEX "categories_slug_key" ON "categories"("slug");
CREATE UNIQUE INDEX "posts_slug_key" ON "posts"("slug");
CREATE INDEX "posts_status_published_at_idx" ON "posts"("status", "published_at" DESC);
CREATE INDEX "posts_author_id_idx" ON "posts"("author_id");
CREATE INDEX "post_categories_category_id_idx" ON "post_categories"("category_id");
CREATE INDEX "posts_search_idx" ON "posts" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "post_categories" ADD CONSTRAINT "post_categories_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "post_categories" ADD CONSTRAINT "post_categories_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every running app instance LISTENs on this channel and refreshes exactly the cached pages
-- that show the changed row, whoever made the change (admin, script, scheduler or psql).
CREATE FUNCTION "placard_notify_content_change"() RETURNS trigger AS $$
DECLARE
  row_id TEXT;
BEGIN
  IF TG_TABLE_NAME = 'post_categories' THEN
    row_id := COALESCE(NEW."post_id", OLD."post_id")::text;
    PERFORM pg_notify('placard_content', 'posts:' || row_id || ':list');
  ELSIF TG_TABLE_NAME = 'posts' THEN
    row_id := COALESCE(NEW."id", OLD."id")::text;
    -- A text-only edit refreshes the pages showing the post; anything that can move it in or
    -- out of lists (status, date, author, insert, delete) also refreshes the lists.
    IF TG_OP = 'UPDATE' AND NEW."status" IS NOT DISTINCT FROM OLD."status"
       AND NEW."published_at" IS NOT DISTINCT FROM OLD."published_at"
       AND NEW."author_id" IS NOT DISTINCT FROM OLD."author_id" THEN
      PERFORM pg_notify('placard_content', 'posts:' || row_id || ':item');
    ELSE
      PERFORM pg_notify('placard_content', 'posts:' || row_id || ':list');
    END IF;
  ELSE
    row_id := COALESCE(NEW."id", OLD."id")::text;
    PERFORM pg_notify('placard_content', TG_TABLE_NAME || ':' || row_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "posts_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "posts"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
CREATE TRIGGER "post_categories_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "post_categories"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
CREATE TRIGGER "categories_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "categories"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
CREATE TRIGGER "users_notify_change" AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "placard_notify_content_change"();
