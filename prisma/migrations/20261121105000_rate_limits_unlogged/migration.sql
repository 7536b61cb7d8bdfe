-- Rate-limit counters are throwaway: every API request and sign-in attempt upserts one, and a lost
-- window after a crash only resets a count. Unlogged, those writes skip the WAL and its flush at commit.
-- (Unlogged tables are not replicated; each replica has no use for them anyway.)
ALTER TABLE "rate_limits" SET UNLOGGED;
