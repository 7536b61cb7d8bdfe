import "server-only";
import { listMissedEvents } from "@/lib/data/events/events";
import type { StreamAccessNow } from "@/lib/data/events/stream-access";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import type { WorkspaceAccess } from "@/lib/data/scope";
import { blindReviewMayHide } from "@/lib/domain/permissions";
import { dependsOnOwnVerdict, formatServerSentEvent, liveEventDataOfShape, liveEventShapeFor, RESYNC_EVENT, type LiveEvent, type LiveEventSettings, type LiveEventShape } from "@/lib/domain/live-events";
import { AppError, databaseUnavailable } from "@/lib/errors";
import { authenticate, type Principal } from "@/lib/server/api/auth";
import type { LiveHub } from "./live-hub";

// One client's events stream (GET /api/v1/workspaces/{slug}/events), whichever way it is served: as the App
// Router's route (events-route.ts) or by the plain Node handler beside Next (node-events.ts); they differ only
// in the sink the text goes to. Each event is shaped for this recipient (lib/domain/live-events.ts: blind
// review), after their membership and credentials are checked again: by the server's shared check of every
// stream (stream-checks.ts: one statement per interval, and before events when the last is over a second
// old), so a removed member, a revoked token or an ended session loses the stream within seconds. A client
// that does not read keeps at most `bufferSize` events waiting; one more and it is sent `resync` and
// dropped, holding up no one else.

export interface EventStreamInput {
  hub: LiveHub;
  request: Request;
  principal: Principal;
  access: WorkspaceAccess;
  lastEventId: bigint | null;
  settings: LiveEventSettings;
}

/** Where a stream's text goes: the route's ReadableStream or a Node response. */
export interface EventSink {
  /** One chunk holding `events` events (a comment line counts as one). */
  write(text: string, events: number): void;
  /** Whether the client has `bufferSize` events or more still unread. */
  full(): boolean;
  end(): void;
}

export interface OpenedEventStream {
  /** Starts the stream into its response's sink (once). */
  attach(sink: EventSink): void;
  /** The client went away: stops its subscription and checks. */
  close(): void;
}

/** The headers of a stream's answer, both ways of serving it. */
export const EVENT_STREAM_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "private, no-store, no-transform",
  Connection: "keep-alive",
  // nginx would otherwise buffer the stream.
  "X-Accel-Buffering": "no",
};

const FRESH_CHECK_MS = 1000;
const LISTEN_WAIT_MS = 5000;
const HEARTBEAT = ": heartbeat\n\n";
/**
 * Each event's text per shape, made once for all the server's streams (the hub hands every stream the same
 * event objects): 500 recipients of one event cost one JSON.stringify per shape, not 500.
 */
const formatted = new WeakMap<LiveEvent, Partial<Record<LiveEventShape, string>>>();

function textOf(event: LiveEvent, shape: LiveEventShape): string {
  let byShape = formatted.get(event);
  if (!byShape) formatted.set(event, (byShape = {}));
  return (byShape[shape] ??= formatServerSentEvent({ id: event.id, name: event.name, data: liveEventDataOfShape(event, shape) }));
}

/**
 * Checks that the stream may open (the hub listens; the credentials and membership still hold) and returns
 * it, not yet attached; throws the AppError to answer otherwise.
 */
export async function openEventStream({ hub, request, principal, access: initial, lastEventId, settings }: EventStreamInput): Promise<OpenedEventStream> {
  // A stream that could carry nothing is refused (503, try again) rather than left hanging.
  if (!(await hub.waitUntilListening(LISTEN_WAIT_MS))) throw databaseUnavailable();
  let access = initial;
  let closed = false;
  let sink: EventSink | null = null;
  /** Events waiting in `chain` (a replay, or batches waiting for a check or a blind-review look-up). */
  let pending = 0;
  /** The sends waiting on the database, in order; null when none is, and a batch then goes out at once. */
  let chain: Promise<void> | null = null;
  let sentUpTo = lastEventId ?? 0n;
  const userId = principal.actor.id;
  const rated = new Set<string>();
  // Only the credentials are kept for the checks to come, not the whole request (a thousand streams hold a thousand).
  const credentials = { url: request.url, headers: pickHeaders(request.headers, ["authorization", "cookie", "host"]) };
  let unsubscribe = () => {};
  let unwatch = () => {};

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    unwatch();
    sink?.end();
  };
  const write = (text: string, events = 1) => {
    if (!closed) sink?.write(text, events);
  };
  const resyncAndDrop = () => {
    write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "overflow" } }));
    close();
  };

  /** The whole authentication again (as at the start of the request); false ends the stream. */
  const recheck = async (): Promise<boolean> => {
    try {
      const now = await authenticate(new Request(credentials.url, { headers: credentials.headers }));
      const found = await getWorkspaceAccess({ actor: { id: now.actor.id }, slug: initial.workspace.slug });
      const tokenElsewhere = now.kind === "token" && now.workspaceId !== found?.workspace.id;
      return !(!found || tokenElsewhere || now.actor.id !== userId);
    } catch (error) {
      // Refused credentials end the stream; the database being away (a restart) does not: the hub's
      // reconnect sends `resync`, and the next check decides.
      return !(error instanceof AppError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN"));
    }
  };
  /** The shared check's answer for this stream: still a member, token still valid, session not ended. */
  let sessionVersion: number | null = null;
  const stillValid = (now: StreamAccessNow | undefined): now is StreamAccessNow & { role: NonNullable<StreamAccessNow["role"]> } =>
    !!now?.role && now.tokenValid && now.sessionVersion !== null && (principal.kind === "token" || now.sessionVersion === sessionVersion);
  const update = (now: StreamAccessNow | undefined) => {
    if (!stillValid(now)) return close();
    access = { workspace: { ...access.workspace, blindReview: now.blindReview }, role: now.role };
  };

  /** Whether blind review may hide this event and this stream does not yet know whether its reviewer rated the claim. */
  const unknownRating = (event: LiveEvent) =>
    event.id > sentUpTo && dependsOnOwnVerdict(event) && !rated.has(event.claimId!) && blindReviewMayHide({ role: access.role, blindReview: access.workspace.blindReview });
  /** Their own verdict's event says they rated, without asking; a verdict, once recorded, is never taken back. */
  const noteOwnVerdicts = (events: readonly LiveEvent[]) => {
    for (const event of events) if (event.name === "verdict.recorded" && event.reviewerId === userId && event.claimId) rated.add(event.claimId);
  };
  /** The batch, shaped for this recipient, as one chunk: one write to the socket per batch, not per event. */
  const writeBatch = (events: readonly LiveEvent[]) => {
    let text = "";
    let count = 0;
    for (const event of events) {
      if (event.id <= sentUpTo) continue;
      sentUpTo = event.id;
      const hasOwnVerdict = dependsOnOwnVerdict(event) && rated.has(event.claimId!);
      const shape = liveEventShapeFor(event, { userId, role: access.role, blindReview: access.workspace.blindReview, hasOwnVerdict });
      if (shape === null) continue;
      text += textOf(event, shape);
      count += 1;
    }
    if (text) write(text, count);
  };
  /** A batch that needs the database first: a fresh shared check, then whether this reviewer rated its claims. */
  const sendAfterChecks = async (events: readonly LiveEvent[]) => {
    await hub.checks.fresh(FRESH_CHECK_MS);
    if (closed) return;
    noteOwnVerdicts(events);
    const claims = [...new Set(events.filter(unknownRating).map((event) => event.claimId!))];
    const answers = await Promise.all(claims.map((claimId) => hub.checks.hasOwnVerdict(userId, claimId)));
    claims.forEach((claimId, i) => answers[i] && rated.add(claimId));
    if (!closed) writeBatch(events);
  };
  /** Runs after what is already waiting, in order; a failure ends the stream. */
  const later = (events: number, task: () => Promise<void>) => {
    pending += events;
    const run: Promise<void> = (chain ?? Promise.resolve()).then(task).catch((error: unknown) => {
      console.error("Sending live events failed", error);
      close();
    }).finally(() => {
      pending -= events;
      if (chain === run) chain = null;
    });
    chain = run;
  };
  /**
   * The hub's delivery. Most batches go out at once, with no promise: nothing waiting before them, the
   * shared check fresh, and every rating blind review asks about already known. Others wait their turn.
   */
  const deliver = (events: readonly LiveEvent[]) => {
    if (closed) return;
    if (pending + events.length > settings.bufferSize || sink!.full()) return resyncAndDrop();
    if (chain === null && hub.checks.isFresh(FRESH_CHECK_MS)) {
      noteOwnVerdicts(events);
      if (!events.some(unknownRating)) return writeBatch(events);
    }
    later(events.length, () => sendAfterChecks(events));
  };

  const watched = await hub.checks.watch({ userId, workspaceId: initial.workspace.id, tokenId: principal.kind === "token" ? principal.tokenId : null, update: (now) => update(now), fullCheck: () => void recheck().then((ok) => ok || close()) });
  unwatch = watched.stop;
  sessionVersion = watched.now?.sessionVersion ?? null;
  // A session that ended between the request's authentication and that first answer would go unnoticed
  // (its version is what it is compared with from now on): authenticate it once more.
  if (!stillValid(watched.now) || (principal.kind === "session" && !(await recheck()))) {
    unwatch();
    throw new AppError("UNAUTHENTICATED", "Your access to this workspace ended as the stream opened. Sign in again (or use a valid API token) and reconnect.");
  }

  return {
    close,
    attach(target) {
      sink = target;
      if (closed) return target.end();
      // The first bytes at once: proxies and clients see the stream open; retry: how soon EventSource reconnects.
      write(`retry: 3000\n: connected to ${initial.workspace.slug}\n\n`);
      // Subscribed before the replay is read, so nothing committed in between is missed (sentUpTo skips doubles).
      unsubscribe = hub.subscribe({
        workspaceId: initial.workspace.id,
        deliver,
        resync: () => write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "reconnected" } })),
        heartbeat: () => write(HEARTBEAT),
      });
      if (lastEventId !== null) {
        later(0, async () => {
          const missed = await listMissedEvents({ workspaceId: initial.workspace.id, afterId: lastEventId });
          if (missed === null) write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "expired" } }));
          else await sendAfterChecks(missed);
        });
      }
    },
  };
}

function pickHeaders(headers: Headers, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)!]] : [])));
}
