/** Placeholder until the search issue fills it: indexes dist/ with Pagefind's Node API. */
export async function indexSite(distDir: string): Promise<{ pages: number }> {
  void distDir;
  return { pages: 0 };
}
