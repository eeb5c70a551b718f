/** An endpoint, not a file in public/, so the sitemap URL follows SITE.site and SITE.base. */
import { absoluteUrl, filePath } from '../site/urls.ts';

export function GET() {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(filePath('sitemap-index.xml'))}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
