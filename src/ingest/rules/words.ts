/**
 * Word lists the ingest shares, each defined once: the rules, the features and
 * the extractors read them from here.
 */

/**
 * English function words: prose is full of them, menus, labels and headlines
 * are not. Lower case, without punctuation.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `the of and to a an in is are was were be been being that this these those for on it its with as by at from
  or but not he she his her they their them we our you your i will would has have had which who whom whose said
  than then also into after about more there when while can could should may might`.split(/\s+/),
);
