// The app server's live heap, read through the V8 inspector (the server is started with --inspect on a
// loopback port for this bench only): a full garbage collection, then the heap in use. Resident memory
// alone also counts garbage not yet collected, which is noise at the size of a few hundred streams.
// Needs a WebSocket client: Node 20 has one behind --experimental-websocket (the npm script passes it).

export class ServerInspector {
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (message) => {
      const { id, result } = JSON.parse(String(message.data)) as { id?: number; result?: unknown };
      if (id !== undefined) this.waiting.get(id)?.(result);
    });
  }

  static async connect(port: number): Promise<ServerInspector> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve);
      socket.addEventListener("error", reject);
    });
    return new ServerInspector(socket);
  }

  private call(method: string, params?: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Starts V8's sampling CPU profiler in the server (BENCH_PROFILE=1: where the fan-out's time goes). */
  async startProfile(): Promise<void> {
    await this.call("Profiler.enable");
    await this.call("Profiler.start");
  }

  /** Stops it; the functions with the most self time, as "share  function  file:line". */
  async stopProfile(top = 25): Promise<string[]> {
    type Node = { id: number; hitCount?: number; callFrame: { functionName: string; url: string; lineNumber: number } };
    const { profile } = (await this.call("Profiler.stop")) as { profile: { nodes: Node[] } };
    const byFunction = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || "(anonymous)"}  ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (node.hitCount ?? 0));
      total += node.hitCount ?? 0;
    }
    return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }

  /** Bytes of V8 heap in use after a full collection. */
  async liveHeapBytes(): Promise<number> {
    await this.call("HeapProfiler.collectGarbage");
    const usage = (await this.call("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  }

  /** Starts V8's sampling heap profiler: allocations still alive at the end are attributed to where they were made. */
  async startHeapSampling(): Promise<void> {
    await this.call("HeapProfiler.enable");
    await this.call("HeapProfiler.startSampling", { samplingInterval: 4096 });
  }

  /** After a full collection: the functions whose allocations are still alive, most bytes first. */
  async stopHeapSampling(top = 25): Promise<string[]> {
    type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] };
    await this.call("HeapProfiler.collectGarbage");
    const { profile } = (await this.call("HeapProfiler.stopSampling")) as { profile: { head: Node } };
    const byFunction = new Map<string, number>();
    const walk = (node: Node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || "(anonymous)"}  ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child);
    };
    walk(profile.head);
    return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, bytes]) => `${(bytes / 1024).toFixed(0).padStart(8)} KB  ${key}`);
  }

  close() {
    this.socket.close();
  }
}
