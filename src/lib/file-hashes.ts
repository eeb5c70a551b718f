/**
 * Files' SHA-256 hashes remembered between runs by their stat (stat-record.ts). Two runs over
 * 10,000 seeds and their pages read ~110 MB each only to find them unchanged; with the record
 * they stat them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { statRecord } from './stat-record.ts';

export interface FileHashes {
  /** The file's hash when the record knows its bytes without reading them, else undefined. */
  known(path: string): string | undefined;
  /** The file's hash: from the record, or read and hashed (and recorded). Undefined when there is no such file. */
  hash(path: string): string | undefined;
  /** Records the hash of bytes read from `path`, given the stat taken before reading them. */
  record(path: string, stats: Stats, hash: string): void;
  /** Writes the record (if it has a path), keeping only the files asked about in this run. */
  save(): void;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fileHashes(recordPath?: string): FileHashes {
  const hashes = statRecord<string>(recordPath);
  return {
    ...hashes,
    hash(path) {
      const remembered = hashes.known(path);
      if (remembered !== undefined) return remembered;
      // Stat before reading: a write after the stat leaves times the next run will not trust.
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats?.isFile()) return undefined;
      const hash = sha256(readFileSync(path));
      hashes.record(path, stats, hash);
      return hash;
    },
  };
}
