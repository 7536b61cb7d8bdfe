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

  private call(method: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method }));
    });
  }

  /** Bytes of V8 heap in use after a full collection. */
  async liveHeapBytes(): Promise<number> {
    await this.call("HeapProfiler.collectGarbage");
    const usage = (await this.call("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  }

  close() {
    this.socket.close();
  }
}
