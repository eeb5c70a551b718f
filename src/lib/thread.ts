/**
 * Worker threads (the ingest's, the search stage's), started with Node's module
 * compile cache on (./compile-cache.ts). Each new thread otherwise strips the
 * types of every module it loads and compiles it anew: ~100 ms of the ~200 ms
 * of CPU a preparing thread of the ingest takes to start.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
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
