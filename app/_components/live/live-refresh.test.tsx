// @vitest-environment jsdom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveProvider } from "./live-provider";
import { LiveRefresh } from "./live-refresh";

// The browser's side of the live pages: the events stream is the browser's EventSource, stood in for here
// by one the test drives (the server's side is tested against Postgres in lib/server/live).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

class FakeEventSource {
  static OPEN = 1;
  static CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string, readonly init?: EventSourceInit) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    for (const listener of this.listeners.get(name) ?? []) listener(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("EventSource", FakeEventSource);
  refresh.mockClear();
  container = document.body.appendChild(document.createElement("div"));
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const members = { rania: "Rania", sam: "Sam" };
function renderReader() {
  act(() =>
    root.render(
      <LiveProvider slug="desk" selfId="sam" members={members}>
        <LiveRefresh scope={{ kind: "article", articleId: "a1", claimIds: ["c1"] }} notices />
      </LiveProvider>,
    ),
  );
  return FakeEventSource.last!;
}
const notice = () => container.querySelector("[data-testid=live-notice]")!.textContent;

describe("LiveRefresh", () => {
  it("opens the workspace's stream with credentials, and closes it when the page goes", () => {
    const source = renderReader();
    expect(source.url).toBe("/api/v1/workspaces/desk/events");
    expect(source.init).toEqual({ withCredentials: true });
    act(() => root.unmount());
    expect(source.closed).toBe(true);
    root = createRoot(container);
  });

  it("refreshes once for a burst of events on its article, after the burst, and says who made the change", () => {
    const source = renderReader();
    act(() => {
      source.emit("claim.created", { claimId: "c2", articleId: "a1", actorId: "rania" });
      source.emit("disagreements.changed", { claimId: "c2", articleId: "a1" });
      vi.advanceTimersByTime(200);
      source.emit("claim.updated", { claimId: "c1", actorId: "rania" });
    });
    expect(refresh).not.toHaveBeenCalled();
    expect(notice()).toBe("Rania edited a claim");
    act(() => vi.advanceTimersByTime(300));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("ignores another article's claims and says nothing of one's own change", () => {
    const source = renderReader();
    act(() => {
      source.emit("claim.created", { claimId: "c9", articleId: "a2", actorId: "rania" });
      vi.advanceTimersByTime(1000);
    });
    expect(refresh).not.toHaveBeenCalled();
    act(() => {
      source.emit("claim.created", { claimId: "c3", articleId: "a1", actorId: "sam" });
      vi.advanceTimersByTime(1000);
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(notice()).toBe("");
  });

  it("reloads on resync", () => {
    const source = renderReader();
    act(() => {
      source.emit("resync", { reason: "overflow" });
      vi.advanceTimersByTime(300);
    });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("tries a refused stream again with a new one, and reloads once it is open (what was missed is unknown)", () => {
    const refused = renderReader();
    act(() => {
      refused.readyState = FakeEventSource.CLOSED;
      refused.onerror?.();
      vi.advanceTimersByTime(9_000);
    });
    expect(FakeEventSource.last).toBe(refused);
    act(() => vi.advanceTimersByTime(1_000));
    const again = FakeEventSource.last!;
    expect(again).not.toBe(refused);
    act(() => {
      again.readyState = FakeEventSource.OPEN;
      again.onopen?.();
      vi.advanceTimersByTime(300);
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(container.ownerDocument.querySelector("[data-testid=live-connection]")!.getAttribute("data-state")).toBe("open");
  });
});
