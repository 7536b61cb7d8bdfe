import pg from "pg";

// Whether Postgres answers, as the proxy asks before rendering a page: with the database away a page
// would fail deep inside a render with a 500; this lets it answer 503 with Retry-After and a page that
// says so. One probe (`select 1` on a pool of one connection, 1.5 s to connect) is shared by every
// request of the next two seconds, so a busy server probes at most once per interval. The answer is
// a cache of the database's state, never state that another app server would need.
const INTERVAL_MS = 2_000;

interface Probe {
  at: number;
  result: Promise<boolean>;
}

const state = globalThis as unknown as { claimbenchHealthPool?: pg.Pool; claimbenchHealthProbe?: Probe };

function pool(): pg.Pool | null {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return null;
  if (!state.claimbenchHealthPool) {
    const created = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 1_500, idleTimeoutMillis: 60_000, query_timeout: 3_000 });
    created.on("error", () => {}); // a dropped idle connection is replaced on the next probe
    state.claimbenchHealthPool = created;
  }
  return state.claimbenchHealthPool;
}

export function databaseReachable(now = Date.now()): Promise<boolean> {
  const probe = state.claimbenchHealthProbe;
  if (probe && now - probe.at < INTERVAL_MS) return probe.result;
  const target = pool();
  const result = target ? target.query("select 1").then(() => true, () => false) : Promise.resolve(true);
  state.claimbenchHealthProbe = { at: now, result };
  return result;
}
