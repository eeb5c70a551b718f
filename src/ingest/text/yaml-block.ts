/**
 * Frontmatter as block YAML, for the closed shape of article data (strings,
 * numbers, booleans, lists, records). Strings are written as JSON strings, which
 * are valid YAML double-quoted scalars. The `yaml` library wrote the same text
 * but took 0.8 ms per article, most of ingest's serialize time (see README, Performance).
 */
type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

export function toYamlBlock(record: Record<string, unknown>): string {
  return emitRecord(record as Record<string, Value>, '');
}

function emitRecord(record: Record<string, Value>, indent: string): string {
  let out = '';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const name = `${indent}${yamlKey(key)}:`;
    if (Array.isArray(value)) {
      out += value.length === 0 ? `${name} []\n` : `${name}\n${emitList(value, `${indent}  `)}`;
    } else if (value !== null && typeof value === 'object') {
      out += Object.keys(value).length === 0 ? `${name} {}\n` : `${name}\n${emitRecord(value, `${indent}  `)}`;
    } else {
      out += `${name} ${scalar(value)}\n`;
    }
  }
  return out;
}

function emitList(list: Value[], indent: string): string {
  let out = '';
  for (const item of list) {
    if (Array.isArray(item) || (item !== null && typeof item === 'object')) {
      throw new TypeError('frontmatter lists hold only scalars');
    }
    out += `${indent}- ${scalar(item)}\n`;
  }
  return out;
}

function scalar(value: string | number | boolean | null | undefined): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value ?? null);
}

/** Plain when it reads the same unquoted (a name such as "Tô Lâm"), quoted otherwise. */
function yamlKey(key: string): string {
  let written = writtenKeys.get(key);
  if (written === undefined) {
    const plain = /^\p{L}[\p{L}\p{M}\p{N} .'’-]*(?<! )$/u.test(key) && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(key);
    written = plain ? key : JSON.stringify(key);
    if (writtenKeys.size > 50_000) writtenKeys.clear();
    writtenKeys.set(key, written);
  }
  return written;
}

// Keys recur from page to page (field names, topic ids, the same people and places): each is judged once.
const writtenKeys = new Map<string, string>();
