import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/build/static-server.ts';
import { tempDir } from '../../support/temp.ts';

let server: StaticServer;

beforeAll(async () => {
  const outer = tempDir('digest-serve-');
  const root = join(outer, 'site');
  mkdirSync(join(root, 'articles/a'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(root, 'articles/a/index.html'), '<h1>A</h1>');
  writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
  writeFileSync(join(root, 'pagefind/pagefind.js'), 'export {};');
  writeFileSync(join(root, 'pagefind/wasm.en.pagefind'), Buffer.from([0x1f, 0x8b, 8, 0]));
  writeFileSync(join(outer, 'secret.txt'), 'secret');
  server = await serveStatic(root, { base: '/digest', headers: { 'X-Test': 'yes' } });
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${server.origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  test('serves folders as their index.html under the base path, with extra headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/digest\/$/);
    const page = await get('/digest/articles/a/');
    expect(page).toMatchObject({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'x-test': 'yes' } });
    expect(page.body.toString()).toBe('<h1>A</h1>');
  });

  test('redirects a folder without its slash, as static hosts do', async () => {
    expect(await get('/digest/articles/a')).toMatchObject({ status: 301, headers: { location: '/digest/articles/a/' } });
  });

  test('answers 404 with the site’s page outside the base, for missing files and for paths escaping the root', async () => {
    // secret.txt sits beside the site's folder: "..%2F" survives URL parsing and decodes to "../".
    for (const path of ['/articles/a/', '/digest/nothing/', '/digest/../secret.txt', '/digest/..%2Fsecret.txt', '/digest/%E0%A4%A']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toBe('<h1>Not found</h1>');
    }
  });

  test('gzips text for browsers that ask, but not Pagefind’s already compressed files', async () => {
    const script = await get('/digest/pagefind/pagefind.js', { 'accept-encoding': 'gzip, br' });
    expect(script.headers).toMatchObject({ 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'gzip' });
    expect(gunzipSync(script.body).toString()).toBe('export {};');
    const wasm = await get('/digest/pagefind/wasm.en.pagefind', { 'accept-encoding': 'gzip' });
    expect(wasm.headers['content-encoding']).toBeUndefined();
    expect(wasm.body).toHaveLength(4);
  });

  test('answers a revalidation with 304 and logs the bytes it sent', async () => {
    server.sent.length = 0;
    const first = await get('/digest/');
    const again = await get('/digest/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(server.sent).toEqual([
      { url: '/digest/', status: 200, bytes: first.body.length },
      { url: '/digest/', status: 304, bytes: 0 },
    ]);
  });
});
