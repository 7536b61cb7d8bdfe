import "server-only";
import { listMissedEvents } from "@/lib/data/events/events";
import type { StreamAccessNow } from "@/lib/data/events/stream-access";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import type { WorkspaceAccess } from "@/lib/data/scope";
import { blindReviewMayHide } from "@/lib/domain/permissions";
import { dependsOnOwnVerdict, formatServerSentEvent, liveEventDataFor, RESYNC_EVENT, type LiveEvent, type LiveEventSettings } from "@/lib/domain/live-events";
import { AppError, databaseUnavailable } from "@/lib/errors";
import { authenticate, type Principal } from "@/lib/server/api/auth";
import type { LiveHub } from "./live-hub";

// One client's events stream (GET /api/v1/workspaces/{slug}/events). Each event is shaped for this
// recipient (lib/domain/live-events.ts: blind review), after their membership and credentials are checked
// again: by the server's shared check of every stream (stream-checks.ts: one statement per interval, and
// before events when the last is over a second old), so a removed member, a revoked token or an ended
// session loses the stream within seconds. A client that does not read keeps at most `bufferSize` events
// waiting; one more and it is sent `resync` and dropped, holding up no one else.

export interface EventStreamInput {
  hub: LiveHub;
  request: Request;
  principal: Principal;
  access: WorkspaceAccess;
  lastEventId: bigint | null;
  settings: LiveEventSettings;
}

const encoder = new TextEncoder();
const FRESH_CHECK_MS = 1000;
const LISTEN_WAIT_MS = 5000;
const HEARTBEAT = encoder.encode(": heartbeat\n\n");
/** How many events a chunk carries (when not one): the buffer's limit counts events waiting, not chunks. */
const eventsInChunk = new WeakMap<Uint8Array, number>();

export async function openEventStream({ hub, request, principal, access: initial, lastEventId, settings }: EventStreamInput): Promise<Response> {
  // A stream that could carry nothing is refused (503, try again) rather than left hanging.
  if (!(await hub.waitUntilListening(LISTEN_WAIT_MS))) throw databaseUnavailable();
  let access = initial;
  let closed = false;
  let pending = 0;
  let chain = Promise.resolve();
  let sentUpTo = lastEventId ?? 0n;
  const rated = new Set<string>();
  // Only the credentials are kept for the checks to come, not the whole request (a thousand streams hold a thousand).
  const credentials = { url: request.url, headers: pickHeaders(request.headers, ["authorization", "cookie", "host"]) };
  let unsubscribe = () => {};
  let unwatch = () => {};
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    unwatch();
    try {
      controller.close();
    } catch {
      // already cancelled by the client
    }
  };
  const write = (text: string | Uint8Array, events = 1) => {
    if (closed) return;
    const chunk = typeof text === "string" ? encoder.encode(text) : text;
    if (events !== 1) eventsInChunk.set(chunk, events);
    controller.enqueue(chunk);
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
      return !(!found || tokenElsewhere || now.actor.id !== principal.actor.id);
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

  const send = async (events: readonly LiveEvent[]) => {
    if (closed) return;
    await hub.checks.fresh(FRESH_CHECK_MS);
    // The batch goes out as one chunk: one write to the socket per batch, not per event.
    let text = "";
    let count = 0;
    for (const event of events) {
      if (closed || event.id <= sentUpTo) continue;
      const hasOwnVerdict = dependsOnOwnVerdict(event) && (await ratedClaim(event));
      const data = liveEventDataFor(event, { userId: principal.actor.id, role: access.role, blindReview: access.workspace.blindReview, hasOwnVerdict });
      sentUpTo = event.id;
      if (data) {
        text += formatServerSentEvent({ id: event.id, name: event.name, data });
        count += 1;
      }
    }
    if (text) write(text, count);
  };
  /** Asked only when blind review may hide the event; a verdict, once recorded, is never taken back. */
  const ratedClaim = async (event: LiveEvent): Promise<boolean> => {
    if (!dependsOnOwnVerdict(event) || !blindReviewMayHide({ role: access.role, blindReview: access.workspace.blindReview })) return false;
    if (rated.has(event.claimId!)) return true;
    // Their own verdict's event says so without asking; no other event's reviewerId proves a verdict.
    const ownVerdict = event.name === "verdict.recorded" && event.reviewerId === principal.actor.id;
    const has = ownVerdict || (await hub.checks.hasOwnVerdict(principal.actor.id, event.claimId!));
    if (has) rated.add(event.claimId!);
    return has;
  };
  /** Events are shaped one batch after another, in order; too many waiting (or unread) drops the client. */
  const enqueue = (events: readonly LiveEvent[]) => {
    if (closed) return;
    pending += events.length;
    if (pending > settings.bufferSize || (controller.desiredSize ?? 0) <= 0) return resyncAndDrop();
    chain = chain.then(() => send(events)).catch((error: unknown) => {
      console.error("Sending live events failed", error);
      close();
    }).finally(() => void (pending -= events.length));
  };

  const watched = await hub.checks.watch({ userId: principal.actor.id, workspaceId: initial.workspace.id, tokenId: principal.kind === "token" ? principal.tokenId : null, update: (now) => update(now), fullCheck: () => void recheck().then((ok) => ok || close()) });
  unwatch = watched.stop;
  sessionVersion = watched.now?.sessionVersion ?? null;
  // A session that ended between the request's authentication and that first answer would go unnoticed
  // (its version is what it is compared with from now on): authenticate it once more.
  if (!stillValid(watched.now) || (principal.kind === "session" && !(await recheck()))) {
    unwatch();
    throw new AppError("UNAUTHENTICATED", "Your access to this workspace ended as the stream opened. Sign in again (or use a valid API token) and reconnect.");
  }

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      // The first bytes at once: proxies and clients see the stream open; retry: how soon EventSource reconnects.
      write(`retry: 3000\n: connected to ${initial.workspace.slug}\n\n`);
      // Subscribed before the replay is read, so nothing committed in between is missed (sentUpTo skips doubles).
      unsubscribe = hub.subscribe({
        workspaceId: initial.workspace.id,
        deliver: enqueue,
        resync: () => write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "reconnected" } })),
        heartbeat: () => write(HEARTBEAT),
      });
      if (lastEventId !== null) {
        chain = chain.then(async () => {
          const missed = await listMissedEvents({ workspaceId: initial.workspace.id, afterId: lastEventId });
          if (missed === null) write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "expired" } }));
          else await send(missed);
        });
      }
    },
    cancel() {
      close();
    },
  }, { highWaterMark: settings.bufferSize, size: (chunk) => eventsInChunk.get(chunk) ?? 1 });

  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "private, no-store, no-transform",
      Connection: "keep-alive",
      // nginx would otherwise buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
}

function pickHeaders(headers: Headers, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)!]] : [])));
}
