/**
 * Where Node keeps compiled module code between runs (node:module's compile cache): keyed by each
 * module's content and Node's version, so a stale entry is never used. With it, a process or
 * thread loading TypeScript sources, Astro, Vite or the extractors does not strip types and
 * compile every module anew. NODE_COMPILE_CACHE names another folder (the bench starts each
 * corpus with an empty one); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

export function compileCacheDir(): string {
  return process.env.NODE_COMPILE_CACHE ?? join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'digest', 'compile');
}

/**
 * Turns the cache on in this process, for the modules it loads from now on (an entry script calls
 * this before importing the rest), and for the processes it starts, through the environment.
 */
export function useCompileCache(): void {
  process.env.NODE_COMPILE_CACHE = compileCacheDir();
  enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
