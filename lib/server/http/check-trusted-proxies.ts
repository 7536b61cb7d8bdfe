import { parseTrustedProxies, TrustedProxiesError } from "./trusted-proxies";

/**
 * For instrumentation.ts (Node runtime only): a server started with a CLAIMBENCH_TRUSTED_PROXIES it
 * cannot read stops, rather than guess which addresses to believe. scripts/start.ts checks it
 * before this; this catches a server started another way.
 */
export function exitOnMalformedTrustedProxies(): void {
  try {
    parseTrustedProxies(process.env.CLAIMBENCH_TRUSTED_PROXIES);
  } catch (error) {
    if (!(error instanceof TrustedProxiesError)) throw error;
    console.error(`\n✖ ${error.message}\n`);
    process.exit(1);
  }
}
