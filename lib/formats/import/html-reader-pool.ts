// Untrusted HTML is parsed off the web server's event loop: in worker threads that each have a
// memory limit, and that are ended when a page takes longer than the time limit. jsdom and
// Readability are synchronous and can take seconds (and, before the caps of html-shape.ts, minutes
// and gigabytes), so in the server's own thread they would stall every request meanwhile.
//
// A thread is kept between pages (starting one loads jsdom, about half a second) and ended when it
// has been idle a while; an idle thread never keeps a script or test process alive.
import { Worker } from "node:worker_threads";
import type { DataBlockReading } from "./html-data-blocks.mjs";
import type { DomReading } from "./html-dom.mjs";

export interface HtmlReaderLimits {
  /** A page still being read after this long is abandoned and its thread ended. */
  timeoutMs: number;
  /** The V8 heap of a reader thread; past it the thread is ended. */
  memoryMb: number;
  /** Pages read at once; more wait their turn. */
  threads: number;
  /** A thread idle this long is ended, so its memory goes back. */
  idleMs: number;
}

const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw?.trim() || Number.NaN);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};

/** The limits as configured (CLAIMBENCH_HTML_READ_TIMEOUT_MS, _MEMORY_MB, _THREADS); nonsense falls back to the defaults. */
export function htmlReaderLimits(env: Record<string, string | undefined> = process.env): HtmlReaderLimits {
  return {
    timeoutMs: positive(env.CLAIMBENCH_HTML_READ_TIMEOUT_MS, 60_000),
    memoryMb: positive(env.CLAIMBENCH_HTML_READ_MEMORY_MB, 512),
    threads: positive(env.CLAIMBENCH_HTML_READ_THREADS, 1),
    idleMs: 30_000,
  };
}

/** What became of one page: read, or stopped at a limit. A failure of our own rejects instead. */
export type HtmlReaderAnswer<R = DomReading> =
  | { kind: "done"; reading: R }
  | { kind: "timeout"; limitMs: number }
  | { kind: "memory"; limitMb: number }
  | { kind: "too-deep" };

type Reading = DomReading | DataBlockReading;
type WorkerAnswer = { id: number } & ({ kind: "done"; reading: Reading } | { kind: "too-deep" } | { kind: "failed"; message: string });
/** What a thread is asked of a page: the article in it, or only its JSON-LD data blocks. */
type Mode = "article" | "data-blocks";

export interface HtmlReaderPool {
  read(html: string): Promise<HtmlReaderAnswer>;
  /** The page's JSON-LD data blocks, under the same limits as an article. */
  readDataBlocks(html: string): Promise<HtmlReaderAnswer<DataBlockReading>>;
  /** Threads running now, busy or idle. */
  readonly threadCount: number;
  /** Ends every thread; pages still waiting or being read are rejected. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  html: string;
  mode: Mode;
  resolve: (answer: HtmlReaderAnswer<Reading>) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  task: Task | null;
  deadline?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
  ended: boolean;
}

export function createHtmlReaderPool(overrides: Partial<HtmlReaderLimits> = {}): HtmlReaderPool {
  const limits = { ...htmlReaderLimits(), ...overrides };
  const threads = new Set<Thread>();
  const queue: Task[] = [];
  let nextId = 1;

  const retire = (thread: Thread) => {
    if (thread.ended) return;
    thread.ended = true;
    threads.delete(thread);
    clearTimeout(thread.deadline);
    clearTimeout(thread.idle);
    void thread.worker.terminate();
  };

  // The worker's own failure (out of memory, or a thread that could not start): the page it held ends with it.
  const fail = (thread: Thread, error: unknown) => {
    const task = thread.task;
    thread.task = null;
    retire(thread);
    if (task) {
      if ((error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") task.resolve({ kind: "memory", limitMb: limits.memoryMb });
      else task.reject(error);
    }
    pump();
  };

  const settle = (thread: Thread, answer: WorkerAnswer) => {
    const task = thread.task;
    if (!task || task.id !== answer.id) return;
    clearTimeout(thread.deadline);
    thread.task = null;
    if (answer.kind === "done") task.resolve({ kind: "done", reading: answer.reading });
    else if (answer.kind === "too-deep") task.resolve({ kind: "too-deep" });
    else task.reject(new Error(`The HTML reader thread failed: ${answer.message}`));
    thread.worker.unref();
    thread.idle = setTimeout(() => retire(thread), limits.idleMs);
    thread.idle.unref();
    pump();
  };

  const spawn = (): Thread => {
    // The URL is written inline so that Next's bundler finds the worker's entry and bundles it; under
    // tsx and Vitest, Node loads the file beside this one.
    const worker = new Worker(new URL("./html-read-worker.mjs", import.meta.url), {
      // Plain JavaScript that needs no loader: the parent's flags (the job worker's `--import tsx`
      // and its server-only shim, which a thread cannot load without tsx's hooks) are not inherited.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, stackSizeMb: 4 },
    });
    const thread: Thread = { worker, task: null, ended: false };
    worker.on("message", (answer: WorkerAnswer) => settle(thread, answer));
    worker.on("error", (error) => fail(thread, error));
    worker.on("exit", (code) => fail(thread, new Error(`The HTML reader thread stopped with exit code ${code}.`)));
    threads.add(thread);
    return thread;
  };

  const start = (thread: Thread, task: Task) => {
    clearTimeout(thread.idle);
    thread.task = task;
    thread.worker.ref();
    thread.deadline = setTimeout(() => {
      thread.task = null;
      retire(thread);
      task.resolve({ kind: "timeout", limitMs: limits.timeoutMs });
      pump();
    }, limits.timeoutMs);
    thread.worker.postMessage({ id: task.id, html: task.html, mode: task.mode });
  };

  function pump() {
    while (queue.length > 0) {
      let thread = [...threads].find((t) => !t.ended && !t.task);
      if (!thread && threads.size < limits.threads) thread = spawn();
      if (!thread) return;
      start(thread, queue.shift()!);
    }
  }

  // The thread answers in the mode it was asked, so the reading's type follows the mode.
  const enqueue = <R extends Reading>(html: string, mode: Mode) =>
    new Promise<HtmlReaderAnswer<R>>((resolve, reject) => {
      queue.push({ id: nextId++, html, mode, resolve: resolve as (answer: HtmlReaderAnswer<Reading>) => void, reject });
      pump();
    });

  return {
    read: (html) => enqueue<DomReading>(html, "article"),
    readDataBlocks: (html) => enqueue<DataBlockReading>(html, "data-blocks"),
    get threadCount() {
      return threads.size;
    },
    async close() {
      for (const task of queue.splice(0)) task.reject(new Error("The HTML reader was closed."));
      const running = [...threads];
      for (const thread of running) {
        thread.task?.reject(new Error("The HTML reader was closed."));
        thread.task = null;
        retire(thread);
      }
      await Promise.all(running.map((thread) => thread.worker.terminate()));
    },
  };
}

let shared: HtmlReaderPool | undefined;

/** The process's reader threads, with the configured limits. */
export function sharedHtmlReaderPool(): HtmlReaderPool {
  return (shared ??= createHtmlReaderPool());
}
