/**
 * A small static file server for a built site: the browser tests and the
 * search-bytes bench open dist/ through it on 127.0.0.1, under the same base
 * path the site was built for. It answers like a plain static host: the right
 * content types, index.html for folders, the site's 404.html for misses, gzip
 * for text (as any real host does), and it keeps a log of the bytes it sent so
 * the bench can count what a browser fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Pagefind's index, fragments and wasm are already gzip files: sending them gzipped again would only add bytes. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface SentFile {
  /** Request path as the browser asked for it, query string included. */
  url: string;
  status: number;
  /** Body bytes on the wire (after compression). */
  bytes: number;
}

export interface StaticServer {
  /** Origin plus base path, always ending in "/": e.g. "http://127.0.0.1:41234/digest/". */
  url: string;
  origin: string;
  /** Every response so far, in order; clear it with `sent.length = 0`. */
  sent: SentFile[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Base path the site was built for ("/" or "/digest"); requests outside it get 404. */
  base?: string;
  /** Extra headers on every response, e.g. a Content-Security-Policy to test the policy as a header. */
  headers?: Record<string, string>;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const rootDir = resolve(root);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const sent: SentFile[] = [];

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    respond(request, response, rootDir, base)
      .then((bytes) => sent.push({ url: request.url ?? '', status: response.statusCode, bytes }))
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });
  // Chromium keeps connections alive; without this, close() would wait for them.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${base}`,
    origin,
    sent,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers one request; resolves to the number of body bytes sent. */
async function respond(request: IncomingMessage, response: ServerResponse, root: string, base: string): Promise<number> {
  const path = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(request, response, 405, 'text/plain', 'Method not allowed');
  if (path === null || !(path === base.slice(0, -1) || path.startsWith(base))) return notFound(request, response, root);

  const file = resolve(root, `.${path.slice(base.length - 1)}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound(request, response, root);

  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) {
      response.setHeader('Location', `${path}/`);
      return send(request, response, 301, 'text/plain', '');
    }
    return sendFile(request, response, 200, join(file, 'index.html')).catch(() => notFound(request, response, root));
  }
  if (!info?.isFile()) return notFound(request, response, root);
  return sendFile(request, response, 200, file);
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function notFound(request: IncomingMessage, response: ServerResponse, root: string): Promise<number> {
  return sendFile(request, response, 404, join(root, '404.html')).catch(() =>
    send(request, response, 404, 'text/plain', 'Not found'),
  );
}

async function sendFile(request: IncomingMessage, response: ServerResponse, status: number, file: string): Promise<number> {
  const [body, info] = await Promise.all([readFile(file), stat(file)]);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Validators, as static hosts send them, so a browser may reuse what it fetched (a prefetch, say).
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  response.setHeader('ETag', etag);
  response.setHeader('Last-Modified', info.mtime.toUTCString());
  response.setHeader('Cache-Control', 'no-cache');
  if (status === 200 && request.headers['if-none-match'] === etag) return send(request, response, 304, type, '');
  return send(request, response, status, type, body);
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  type: string,
  content: string | Buffer,
): number {
  let body = typeof content === 'string' ? Buffer.from(content) : content;
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  if (status === 304) {
    response.end();
    return 0;
  }
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
  }
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
  return request.method === 'HEAD' ? 0 : body.length;
}
