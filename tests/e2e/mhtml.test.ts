/**
 * A page Chromium itself saved as "Webpage, Single File" (DevTools' Page.captureSnapshot, the same
 * serializer) is ingested as the page it holds: Chromium's archive, not one written by hand
 * (tests/ingest/mhtml.test.ts), with its quoted-printable HTML, its frame and its resources.
 */
import { describe, expect, it } from 'vitest';
import { createExtractors, prepareSeed } from '../../src/ingest/index.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { loadRegistries } from '../../src/lib/registries.ts';
import { useBrowser } from '../support/browser.ts';

const session = useBrowser();
const ADDRESS = 'https://news.example.com/2025/05/08/ferry-service-resumes';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service to Cô Tô resumes | Example News</title>
<meta property="og:title" content="Ferry service to Cô Tô resumes after the storm">
<meta property="article:published_time" content="2025-05-08T07:30:00+07:00">
<style>body { font-family: serif; }</style></head>
<body><form id="aspnetForm" action="./ferry.aspx"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">
<header><a href="/">Example News</a> <a href="/travel">Travel</a></header>
<main><article><h1>Ferry service to Cô Tô resumes after the storm</h1>
<p>QUẢNG NINH — Ferries to Cô Tô island sailed again on Thursday, three days after the storm closed the port, the provincial transport department said.</p>
<p>About 2,000 tourists had waited on the island for the sea to calm; the first boats carried them back to Vân Đồn by noon, operators said.</p>
<p>Officials said the schedule would return to eight crossings a day by the weekend, with extra boats for visitors booked over the holiday.</p>
</article></main><iframe src="https://ads.example.net/frame" title="Advertisement"></iframe>
<footer><p>© 2025 Example News</p></footer></form></body></html>`;

describe('a page saved by Chromium as a web archive', () => {
  it('is ingested with the headline, date and article of the page it holds', async () => {
    const page = session.page();
    await page.route('**/*', (route) =>
      route.request().url() === ADDRESS ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }) : route.abort(),
    );
    await page.goto(ADDRESS);
    const cdp = await page.context().newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    expect(data).toMatch(/^From: <Saved by Blink>/);
    const bytes = new TextEncoder().encode(data);
    const prepared = prepareSeed({ name: 'ferry.mhtml', bytes, hash: sha256(bytes) }, createExtractors(loadRegistries('content')));
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.title).toBe('Ferry service to Cô Tô resumes after the storm');
    expect(prepared.page.tail).toContain('date: "2025-05-08"');
    expect(prepared.page.tail).toContain('dateline: "Quảng Ninh"');
    const body = prepared.page.tail.split('---\n\n')[1];
    expect(body.split('\n\n')).toHaveLength(3);
    expect(body).toMatch(/^Ferries to Cô Tô island sailed again on Thursday/);
    expect(body).not.toMatch(/VIEWSTATE|dDwtMTA4|font-family|Example News|Advertisement/);
  });
});
