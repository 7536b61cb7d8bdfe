// Settings that must be right before anything starts (scripts/start.ts; the server checks the
// proxy setting again itself in instrumentation.ts). Each failure names the setting to fix.
import { DbSetupError } from "@/lib/db/errors";
import { configuredPublicUrl, PublicUrlError } from "@/lib/server/http/public-url";
import { parseTrustedProxies, TrustedProxiesError } from "@/lib/server/http/trusted-proxies";
import { fetchAllowProblem } from "@/lib/net/fetch-settings";
import { readLiveEventSettings } from "@/lib/domain/live-events";

export function checkStartUpSettings(env: Record<string, string | undefined>): void {
  try {
    parseTrustedProxies(env.CLAIMBENCH_TRUSTED_PROXIES);
  } catch (error) {
    if (error instanceof TrustedProxiesError) throw new DbSetupError(error.message);
    throw error;
  }
  try {
    configuredPublicUrl(env);
  } catch (error) {
    if (error instanceof PublicUrlError) throw new DbSetupError(error.message);
    throw error;
  }
  // A mistyped allow-list entry would otherwise be ignored in silence, and the intranet page it was
  // meant for refused with no hint why.
  const fetchAllow = fetchAllowProblem(env);
  if (fetchAllow) throw new DbSetupError(fetchAllow);
  // Read by the events streams and the sweep long after start: a bad value would surface only then.
  try {
    readLiveEventSettings(env);
  } catch (error) {
    throw new DbSetupError(error instanceof Error ? error.message : String(error));
  }
  // With the embedded database the secret is generated into its data folder, beside the data. A
  // shared database is shared by servers that would each generate their own, and then each refuse
  // the others' sessions (a user signed in on one is signed out by the next request the balancer
  // sends to another). So there it must be given, the same to all.
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
    throw new DbSetupError(
      "DATABASE_URL is set but NEXTAUTH_SECRET is not. Every server on a shared database must sign sessions with the same key, " +
        "or sign-ins made on one are refused by the others. Set NEXTAUTH_SECRET to one long random value for all of them, " +
        "for example the output of: openssl rand -base64 32",
    );
  }
}
