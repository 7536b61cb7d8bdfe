import "server-only";
import pg from "pg";
import { LIVE_EVENTS_CHANNEL, readEventsAfter, readLastEventId } from "@/lib/data/events/events";
import { readLiveEventSettings, type LiveEvent } from "@/lib/domain/live-events";
import { StreamChecks } from "./stream-checks";

// One listening connection per app server (issue 18). Every write's transaction records its event and
// NOTIFYs (lib/data/events/events.ts); each server's hub LISTENs on a pg Client of its own (not the pool:
// LISTEN holds a session, which a transaction-mode pooler cannot give, hence LISTEN_DATABASE_URL), reads
// the new rows by id over that same connection, and hands them to the streams of that workspace connected
// to this server. The hub is an instance, not module state, so two hubs in one process behave as two servers.

export interface LiveSubscriber {
  workspaceId: string;
  /** Events of the subscriber's workspace, oldest first. Must not throw or block: it queues. */
  deliver(events: readonly LiveEvent[]): void;
  /** The hub lost events (its connection dropped): the client must reload what it shows. */
  resync(): void;
  /** Keeps an idle stream open through proxies; called for every subscriber by one timer of the hub. */
  heartbeat?(): void;
}

const BATCH = 1000;
const MAX_BACKOFF_MS = 10_000;

export class LiveHub {
  private client: pg.Client | null = null;
  private lastId = 0n;
  private readonly subscribers = new Map<string, Set<LiveSubscriber>>();
  private stopped = false;
  private reading = false;
  private readAgain = false;
  private backoffMs = 250;
  private reconnectTimer: NodeJS.Timeout | null = null;
  // One timer for every stream's heartbeat rather than one per stream: a thousand idle streams hold no timers.
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private started: Promise<void> | null = null;
  /** The access checks of this server's streams, made once for all of them. */
  readonly checks = new StreamChecks();
  /** How many times the connection came back after a loss (for tests and logs). */
  reconnects = 0;

  constructor(private readonly connectionString: string) {}

  /** Resolves once the hub listens; retries with backoff until then (or until stopped). */
  start(): Promise<void> {
    this.started ??= new Promise<void>((resolve) => {
      const attempt = () => void this.connect().then(resolve, () => this.scheduleReconnect(attempt));
      attempt();
    });
    return this.started;
  }

  /** Whether the hub listens within `timeoutMs`: at once when it does, or once it has (re)connected. */
  async waitUntilListening(timeoutMs: number): Promise<boolean> {
    void this.start();
    const until = Date.now() + timeoutMs;
    while (this.client === null && !this.stopped && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    return this.client !== null;
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    let set = this.subscribers.get(subscriber.workspaceId);
    if (!set) this.subscribers.set(subscriber.workspaceId, (set = new Set()));
    set.add(subscriber);
    this.heartbeatTimer ??= setInterval(() => this.beat(), readLiveEventSettings(process.env).heartbeatSeconds * 1000);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(subscriber.workspaceId) === set) this.subscribers.delete(subscriber.workspaceId);
      if (this.subscribers.size === 0 && this.heartbeatTimer) {
        clearInterval(this.heartbeatTimer);
        this.heartbeatTimer = null;
      }
    };
  }

  get connectionCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private beat() {
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.heartbeat?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    // Errors and the end of the session (a database restart, a network cut) lead to one reconnect.
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      console.error("The live events connection was lost; reconnecting.", error instanceof Error ? error.message : "");
      this.scheduleReconnect(() => void this.reconnect());
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", () => void this.readNew());
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_EVENTS_CHANNEL}`);
      this.lastId = await readLastEventId(client);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.backoffMs = 250;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.connect();
    } catch {
      this.scheduleReconnect(() => void this.reconnect());
      return;
    }
    if (this.stopped) return;
    this.reconnects += 1;
    // What was written while no one listened is not known exactly: every client reloads.
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.resync();
  }

  private scheduleReconnect(attempt: () => void) {
    if (this.stopped) return;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.reconnectTimer = setTimeout(attempt, wait);
  }

  /** Reads every event after the last one seen; notifications arriving meanwhile make it read once more. */
  private async readNew(): Promise<void> {
    if (this.reading) return void (this.readAgain = true);
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        const client = this.client;
        if (!client) return;
        const events = await readEventsAfter(client, this.lastId, BATCH);
        if (client !== this.client) return; // the connection was replaced meanwhile; its clients resync
        if (events.length > 0) {
          this.lastId = events.at(-1)!.id;
          this.dispatch(events);
        }
        if (events.length === BATCH) this.readAgain = true;
      } while (this.readAgain);
    } catch (error) {
      console.error("Reading live events failed", error instanceof Error ? error.message : error);
    } finally {
      this.reading = false;
    }
  }

  private dispatch(events: readonly LiveEvent[]) {
    const byWorkspace = new Map<string, LiveEvent[]>();
    for (const event of events) {
      if (!this.subscribers.has(event.workspaceId)) continue;
      const list = byWorkspace.get(event.workspaceId) ?? [];
      list.push(event);
      byWorkspace.set(event.workspaceId, list);
    }
    for (const [workspaceId, list] of byWorkspace) {
      for (const subscriber of this.subscribers.get(workspaceId) ?? []) subscriber.deliver(list);
    }
  }
}
