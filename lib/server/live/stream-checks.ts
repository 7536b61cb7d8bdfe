import "server-only";
import { checkStreamAccess, credentialKey, listOwnVerdicts, type StreamAccessNow, type StreamCredential } from "@/lib/data/events/stream-access";
import { readLiveEventSettings } from "@/lib/domain/live-events";

// The checks every events stream of one server needs, made once for all of them (issue 18, "Speed and
// scale"). Membership, role, blind review and credentials are read in ONE statement per interval for every
// connected stream (and at most once a second more while events flow), instead of each stream asking on
// its own timer; whether reviewers rated a claim is asked in one statement per burst of verdict events.
// So the database load of N idle streams is one query per interval, whatever N.

export interface AccessWatcher extends StreamCredential {
  /** Called after each check with what the database says now. */
  update(now: StreamAccessNow | undefined): void;
  /** The stream's whole authentication again, run by the shared check every FULL_CHECK_MS (not per-stream timers). */
  fullCheck(): void;
}

/** How often each stream's whole authentication is run again: what the shared statement cannot see (a session's expiry). */
const FULL_CHECK_MS = 5 * 60_000;

export class StreamChecks {
  /** Each watcher with when its whole authentication is due again. */
  private readonly watchers = new Map<AccessWatcher, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastStartedAt = 0;
  private pendingVerdicts = new Map<string, { userId: string; claimId: string; resolve: (has: boolean) => void; reject: (error: unknown) => void }[]>();
  /** Statements sent so far (access checks and verdict lookups): what the tests and the benchmark count. */
  queries = 0;

  constructor(private readonly intervalMs: () => number = () => readLiveEventSettings(process.env).recheckSeconds * 1000) {}

  /** Starts watching a stream's credential; the returned function stops. The first answer is the current one. */
  async watch(watcher: AccessWatcher): Promise<{ now: StreamAccessNow | undefined; stop: () => void }> {
    this.queries += 1;
    const now = (await checkStreamAccess([watcher])).get(credentialKey(watcher));
    this.watchers.set(watcher, Date.now() + FULL_CHECK_MS);
    this.timer ??= setInterval(() => void this.checkAll(), this.intervalMs());
    return {
      now,
      stop: () => {
        this.watchers.delete(watcher);
        if (this.watchers.size === 0 && this.timer) {
          clearInterval(this.timer);
          this.timer = null;
        }
      },
    };
  }

  /** Resolves once every watcher has been updated by a check started less than `maxAgeMs` ago (one shared check). */
  fresh(maxAgeMs: number): Promise<void> {
    if (this.running && Date.now() - this.lastStartedAt <= maxAgeMs) return this.running;
    if (!this.running && Date.now() - this.lastStartedAt <= maxAgeMs) return Promise.resolve();
    return (this.running ?? Promise.resolve()).then(() => this.checkAll());
  }

  /** Whether fresh(maxAgeMs) would resolve at once: no check running, the last started less than `maxAgeMs` ago. */
  isFresh(maxAgeMs: number): boolean {
    return !this.running && Date.now() - this.lastStartedAt <= maxAgeMs;
  }

  /** One statement for every watched credential; each watcher then learns its own answer. */
  checkAll(): Promise<void> {
    if (this.running) return this.running;
    const watchers = [...this.watchers.keys()];
    if (watchers.length === 0) return Promise.resolve();
    this.lastStartedAt = Date.now();
    for (const [watcher, due] of this.watchers) {
      if (due > this.lastStartedAt) continue;
      this.watchers.set(watcher, this.lastStartedAt + FULL_CHECK_MS);
      watcher.fullCheck();
    }
    this.queries += 1;
    this.running = checkStreamAccess(watchers)
      .then((answers) => {
        for (const watcher of watchers) if (this.watchers.has(watcher)) watcher.update(answers.get(credentialKey(watcher)));
      })
      // The database being away (a restart) ends no stream: the hub's reconnect sends `resync`, the next check decides.
      .catch((error: unknown) => console.error("Checking the events streams' access failed", error instanceof Error ? error.message : error))
      .finally(() => void (this.running = null));
    return this.running;
  }

  /** Whether the user has a verdict on the claim; the questions of one tick (every stream at one event) go as one statement. */
  hasOwnVerdict(userId: string, claimId: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      if (this.pendingVerdicts.size === 0) setImmediate(() => void this.lookUpVerdicts());
      const key = `${userId}|${claimId}`;
      const list = this.pendingVerdicts.get(key) ?? [];
      list.push({ userId, claimId, resolve, reject });
      this.pendingVerdicts.set(key, list);
    });
  }

  private async lookUpVerdicts() {
    const batch = this.pendingVerdicts;
    this.pendingVerdicts = new Map();
    this.queries += 1;
    try {
      const found = await listOwnVerdicts([...batch.values()].map((list) => list[0]!));
      for (const [key, list] of batch) for (const asker of list) asker.resolve(found.has(key));
    } catch (error) {
      for (const list of batch.values()) for (const asker of list) asker.reject(error);
    }
  }
}
