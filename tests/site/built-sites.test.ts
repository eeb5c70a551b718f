/**
 * The invariants of ./support/site-invariants.ts on the sites the global setup
 * builds with the real `npm run build` (ingest → Astro → Pagefind): the seeds
 * at "/", and the seeds plus the test corpus under "/digest".
 */
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { describeSiteInvariants } from './support/site-invariants.ts';

const sites = inject('sites');

for (const built of Object.values(sites)) {
  describeSiteInvariants(`${built.name} (base ${built.base})`, () => ({
    distDir: built.distDir,
    base: built.base,
    site: SITE.site,
    contentDir: built.contentDir,
  }));
}

describe('the build log', () => {
  it('does not repeat the MDX "module level directive" warning per article', () => {
    for (const built of Object.values(sites)) {
      expect(built.log, built.name).not.toMatch(/module level directive/i);
    }
  });
});
