-- Full-text search in each article's language (issue 13). Hand-written: no schema change, only functions,
-- triggers and a rebuild of the vectors the init migration's triggers made in 'english'.
--
-- An article's "searchVector" is built in its language's configuration, and so are its claims' vectors;
-- a query must parse its text with the same configuration per row (lib/data/full-text.ts). The map below
-- is the one of lib/domain/languages.ts (SEARCH_CONFIG_OF); a database test checks that they agree.

CREATE FUNCTION "claimbench_search_config"(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'fr' THEN 'french'::regconfig
        WHEN 'es' THEN 'spanish'::regconfig
        WHEN 'ar' THEN 'arabic'::regconfig
        ELSE 'simple'::regconfig
    END
$$;

CREATE OR REPLACE FUNCTION "articles_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    config regconfig := "claimbench_search_config"(NEW."language");
BEGIN
    NEW."searchVector" :=
        setweight(to_tsvector(config, coalesce(NEW."title", '')), 'A') ||
        setweight(to_tsvector(config, coalesce(NEW."body", '')), 'B');
    RETURN NEW;
END
$$;

DROP TRIGGER "articles_search_vector" ON "articles";
CREATE TRIGGER "articles_search_vector"
    BEFORE INSERT OR UPDATE OF "title", "body", "language", "searchVector" ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "articles_search_vector"();

-- A claim is searched in the language of the article it quotes.
CREATE OR REPLACE FUNCTION "claims_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    config regconfig := "claimbench_search_config"((SELECT a."language" FROM "articles" a WHERE a."id" = NEW."articleId"));
BEGIN
    NEW."searchVector" :=
        setweight(to_tsvector(config, coalesce(NEW."statement", '')), 'A') ||
        setweight(to_tsvector(config, coalesce(NEW."exact", '')), 'B');
    RETURN NEW;
END
$$;

DROP TRIGGER "claims_search_vector" ON "claims";
CREATE TRIGGER "claims_search_vector"
    BEFORE INSERT OR UPDATE OF "statement", "exact", "articleId", "searchVector" ON "claims"
    FOR EACH ROW EXECUTE FUNCTION "claims_search_vector"();

-- When an article's language changes, its claims' vectors are rebuilt in the same transaction, whichever
-- code changed it. Writing "searchVector" fires their trigger; "updatedAt" is the app's and stays as it is.
CREATE FUNCTION "articles_language_rebuilds_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "claims" SET "searchVector" = NULL WHERE "articleId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "articles_language_rebuilds_claims"
    AFTER UPDATE OF "language" ON "articles"
    FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
    EXECUTE FUNCTION "articles_language_rebuilds_claims"();

-- Existing vectors were all built in 'english': rebuild them in each article's language.
UPDATE "articles" SET "searchVector" = NULL;
UPDATE "claims" SET "searchVector" = NULL;
