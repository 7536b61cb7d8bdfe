-- Matches ("checked before?"): the claims and outside fact-checks of one workspace nearest in wording to a
-- statement, read from a GiST index in order of trigram distance (`statement <-> $1` with a limit: a KNN scan
-- that stops after the limit, however many claims read alike). btree_gist puts the workspace in the same index,
-- so a small workspace beside a large one is not read past the other's rows. Both extensions are trusted
-- (PostgreSQL 13+), so a database owner may create them without being a superuser.
--
-- siglen: a trigram GiST entry is a bit signature of its trigrams, 12 bytes by default. A statement of 60 to
-- 200 characters holds 60 to 200 trigrams, which fill 96 bits almost entirely, so every entry would look alike
-- to the index and the KNN scan would read most of it. 256 bytes (2,048 bits) keep a statement's signature
-- sparse. Prisma does not describe opclass parameters, so schema.prisma names the opclass alone.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- CreateIndex
CREATE INDEX "claims_workspaceId_statement_idx" ON "claims" USING GIST ("workspaceId" gist_uuid_ops, "statement" gist_trgm_ops(siglen=256));

-- CreateIndex
CREATE INDEX "sources_workspaceId_claimReviewed_idx" ON "sources" USING GIST ("workspaceId" gist_uuid_ops, "claimReviewed" gist_trgm_ops(siglen=256));
