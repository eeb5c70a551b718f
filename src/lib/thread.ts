/**
 * Worker threads (the ingest's, the search stage's, the content loader's), started with Node's
 * module compile cache on (./compile-cache.ts). Each new thread otherwise strips the types of
 * every module it loads and compiles it anew: ~100 ms of the ~200 ms of CPU a preparing thread
 * of the ingest takes to start.
 *
 * A thread whose module calls `answerRequests` serves `startRequestThread`: each request sent is
 * answered with its result, or with why it failed, several in flight at once.
 */
import { basename } from 'node:path';
import { Worker, parentPort, type WorkerOptions } from 'node:worker_threads';
import { compileCacheDir } from './compile-cache.ts';

export function startThread(module: URL, options: WorkerOptions = {}): Worker {
  // A bootstrap, because the cache must be on before the (TypeScript) module is compiled. It runs as a
  // script or as a module (--input-type=module reaches workers): no require, no static import.
  const bootstrap = [
    `const { enableCompileCache, flushCompileCache } = process.getBuiltinModule('node:module');`,
    `enableCompileCache(${JSON.stringify(compileCacheDir())});`,
    `import(${JSON.stringify(module.href)}).then(() => flushCompileCache());`,
  ].join('\n');
  return new Worker(bootstrap, { ...options, eval: true });
}

/** What goes between startRequestThread and answerRequests. */
type Asked<Request> = { id: number; request: Request };
type Answered<Answer> = { id: number; answer: Answer } | { id: number; failure: string };

export interface RequestThread<Request, Answer> {
  /** The thread's answer to `request`; rejects with its reason when the request failed or the thread stopped. */
  ask(request: Request): Promise<Answer>;
  close(): Promise<void>;
}

/** In the parent: a thread running `module`, which answers requests (answerRequests). */
export function startRequestThread<Request, Answer>(module: URL, options?: WorkerOptions): RequestThread<Request, Answer> {
  const worker = startThread(module, options);
  const waiting = new Map<number, { done: (answer: Answer) => void; fail: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const { fail } of waiting.values()) fail(error);
    waiting.clear();
  };
  worker.on('message', (answered: Answered<Answer>) => {
    const request = waiting.get(answered.id);
    waiting.delete(answered.id);
    if ('answer' in answered) request?.done(answered.answer);
    else request?.fail(new Error(answered.failure));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the thread running ${basename(module.pathname)} stopped (exit code ${code}) with requests in hand`)));
  return {
    ask(request) {
      const id = next++;
      return new Promise((done, fail) => {
        waiting.set(id, { done, fail });
        worker.postMessage({ id, request } satisfies Asked<Request>);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** In a thread started by startRequestThread: answers each request with what `handle` gives, or why it threw. */
export function answerRequests<Request, Answer>(handle: (request: Request) => Answer | Promise<Answer>): void {
  parentPort!.on('message', async ({ id, request }: Asked<Request>) => {
    let answered: Answered<Answer>;
    try {
      answered = { id, answer: await handle(request) };
    } catch (error) {
      answered = { id, failure: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(answered);
  });
}
