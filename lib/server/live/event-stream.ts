import "server-only";
import { hasOwnVerdict, listMissedEvents } from "@/lib/data/events/events";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import type { WorkspaceAccess } from "@/lib/data/scope";
import { blindReviewMayHide } from "@/lib/domain/permissions";
import { dependsOnOwnVerdict, formatServerSentEvent, liveEventDataFor, RESYNC_EVENT, type LiveEvent, type LiveEventSettings } from "@/lib/domain/live-events";
import { AppError, databaseUnavailable } from "@/lib/errors";
import { authenticate, type Principal } from "@/lib/server/api/auth";
import type { LiveHub } from "./live-hub";

// One client's events stream (GET /api/v1/workspaces/{slug}/events). Each event is shaped for this
// recipient (lib/domain/live-events.ts: blind review), after their membership and credentials are checked
// again: on a timer, and before events when the last check is over a second old, so a removed member or a
// revoked token loses the stream within seconds. A client that does not read keeps at most
// `bufferSize` events waiting; one more and it is sent `resync` and dropped, holding up no one else.

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

export async function openEventStream({ hub, request, principal, access: initial, lastEventId, settings }: EventStreamInput): Promise<Response> {
  // A stream that could carry nothing is refused (503, try again) rather than left hanging.
  if (!(await hub.waitUntilListening(LISTEN_WAIT_MS))) throw databaseUnavailable();
  let access = initial;
  let checkedAt = Date.now();
  let closed = false;
  let pending = 0;
  let chain = Promise.resolve();
  let sentUpTo = lastEventId ?? 0n;
  const rated = new Set<string>();
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = () => {};
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    for (const timer of timers) clearInterval(timer);
    try {
      controller.close();
    } catch {
      // already cancelled by the client
    }
  };
  const write = (text: string) => {
    if (!closed) controller.enqueue(encoder.encode(text));
  };
  const resyncAndDrop = () => {
    write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "overflow" } }));
    close();
  };

  /** Still a member, with credentials still valid? Updates role and blind review; false ends the stream. */
  const recheck = async (): Promise<boolean> => {
    try {
      const now = await authenticate(request);
      const found = await getWorkspaceAccess({ actor: { id: now.actor.id }, slug: initial.workspace.slug });
      const tokenElsewhere = now.kind === "token" && now.workspaceId !== found?.workspace.id;
      if (!found || tokenElsewhere || now.actor.id !== principal.actor.id) return false;
      access = found;
      checkedAt = Date.now();
      return true;
    } catch (error) {
      // Refused credentials end the stream; the database being away (a restart) does not: the hub's
      // reconnect sends `resync`, and the next check decides.
      return !(error instanceof AppError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN"));
    }
  };

  const send = async (events: readonly LiveEvent[]) => {
    if (closed) return;
    if (Date.now() - checkedAt > FRESH_CHECK_MS && !(await recheck())) return close();
    for (const event of events) {
      if (closed || event.id <= sentUpTo) continue;
      const data = liveEventDataFor(event, { userId: principal.actor.id, role: access.role, blindReview: access.workspace.blindReview, hasOwnVerdict: await ratedClaim(event) });
      sentUpTo = event.id;
      if (data) write(formatServerSentEvent({ id: event.id, name: event.name, data }));
    }
  };
  /** Asked only when blind review may hide the event; a verdict, once recorded, is never taken back. */
  const ratedClaim = async (event: LiveEvent): Promise<boolean> => {
    if (!dependsOnOwnVerdict(event) || !blindReviewMayHide({ role: access.role, blindReview: access.workspace.blindReview })) return false;
    if (rated.has(event.claimId!)) return true;
    const has = await hasOwnVerdict({ userId: principal.actor.id, claimId: event.claimId! });
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

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      // The first bytes at once: proxies and clients see the stream open; retry: how soon EventSource reconnects.
      write(`retry: 3000\n: connected to ${initial.workspace.slug}\n\n`);
      // Subscribed before the replay is read, so nothing committed in between is missed (sentUpTo skips doubles).
      unsubscribe = hub.subscribe({ workspaceId: initial.workspace.id, deliver: enqueue, resync: () => write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "reconnected" } })) });
      if (lastEventId !== null) {
        chain = chain.then(async () => {
          const missed = await listMissedEvents({ workspaceId: initial.workspace.id, afterId: lastEventId });
          if (missed === null) write(formatServerSentEvent({ name: RESYNC_EVENT, data: { reason: "expired" } }));
          else await send(missed);
        });
      }
      timers.push(setInterval(() => write(": heartbeat\n\n"), settings.heartbeatSeconds * 1000));
      timers.push(setInterval(() => void recheck().then((ok) => ok || close()), settings.recheckSeconds * 1000));
    },
    cancel() {
      close();
    },
  }, new CountQueuingStrategy({ highWaterMark: settings.bufferSize }));

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
