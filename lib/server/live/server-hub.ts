import "server-only";
import { LiveHub } from "./live-hub";

// This server's hub, started on the first events stream. Kept on globalThis as the Prisma client is, so
// Next.js's module reloading in development does not open a second listening connection.

const state = globalThis as unknown as { claimbenchLiveHub?: LiveHub };

/** LISTEN_DATABASE_URL when set (behind a transaction-mode pooler it must reach Postgres directly), else DATABASE_URL. */
export function listenDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.LISTEN_DATABASE_URL || env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, which set it.");
  return url;
}

export function getServerLiveHub(): LiveHub {
  state.claimbenchLiveHub ??= new LiveHub(listenDatabaseUrl());
  return state.claimbenchLiveHub;
}
