/**
 * One custom property for the print stylesheet: the hosted site's origin, so a
 * printed root-relative link ("/articles/x/") shows as a full URL. CSS cannot
 * know the origin and SITE.site is only known at build time, hence an endpoint.
 */
import { SITE } from '../config.ts';

export function GET() {
  const origin = JSON.stringify(new URL(SITE.site).origin);
  return new Response(`:root{--site-origin:${origin}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
