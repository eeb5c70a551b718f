import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { fileHashes, sha256 } from '../../src/lib/file-hashes.ts';
import { statRecord } from '../../src/lib/stat-record.ts';
import { tempDir } from '../support/temp.ts';

/** A file written, then a pause longer than the file system clock's tick, so a record saved after it is newer. */
async function settledFile(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, text);
  await sleep(30);
  return path;
}

/** A settled file whose hash a saved record holds. */
async function recordedFile(text: string): Promise<{ file: string; record: string }> {
  const dir = tempDir();
  const file = await settledFile(dir, 'a.txt', text);
  const record = join(dir, 'record.json');
  const first = fileHashes(record);
  first.hash(file);
  first.save();
  return { file, record };
}

describe('file hashes and other values remembered by stat', () => {
  it('hashes a file it does not know, and knows it from the record next time without reading it', async () => {
    const dir = tempDir();
    const file = await settledFile(dir, 'a.txt', 'first');
    const record = join(dir, 'record.json');
    const first = fileHashes(record);
    expect(first.known(file)).toBeUndefined();
    expect(first.hash(file)).toBe(sha256('first'));
    first.save();
    expect(fileHashes(record).known(file)).toBe(sha256('first'));
  });

  it('reads a file again when it changed, even at the same size with its old modification time put back', async () => {
    const { file, record } = await recordedFile('first');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'other');
    utimesSync(file, atime, mtime); // as `cp -p` or `touch -d` would: the change time still moves
    const next = fileHashes(record);
    expect(next.known(file)).toBeUndefined();
    expect(next.hash(file)).toBe(sha256('other'));
  });

  it('does not trust a file whose times are not older than the record ("racily clean")', async () => {
    const { file, record } = await recordedFile('first');
    // The record as if saved before the file's last write (or in the same clock tick): the file could have changed since, unseen.
    const saved = (statSync(file).mtimeMs - 1000) / 1000;
    utimesSync(record, saved, saved);
    expect(fileHashes(record).known(file)).toBeUndefined();
  });

  it('starts empty from a missing or broken record, keeps only the files asked about, and without a path saves nothing', async () => {
    const dir = tempDir();
    const a = await settledFile(dir, 'a.txt', 'a');
    const b = await settledFile(dir, 'b.txt', 'b');
    const record = join(dir, 'record.json');
    writeFileSync(record, '{not json');
    const first = fileHashes(record);
    expect(first.known(a)).toBeUndefined();
    first.hash(a);
    first.hash(b);
    first.save();
    const second = fileHashes(record);
    expect(second.known(a)).toBe(sha256('a'));
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(record, 'utf8')).files)).toEqual([a]);
    expect(fileHashes(record).known(b)).toBeUndefined();
    const unrecorded = fileHashes();
    expect(unrecorded.hash(join(dir, 'missing.txt'))).toBeUndefined();
    expect(unrecorded.hash(a)).toBe(sha256('a'));
  });

  it('takes a record made under another salt (another code version, another setting) for an empty one', async () => {
    const dir = tempDir();
    const file = await settledFile(dir, 'a.txt', 'a');
    const record = join(dir, 'record.json');
    const stats = statSync(file);
    const first = statRecord<string>(record, { salt: 'v1' });
    first.record(file, stats, 'digest under v1');
    first.save();
    expect(statRecord<string>(record, { salt: 'v1' }).known(file)).toBe('digest under v1');
    expect(statRecord<string>(record, { salt: 'v2' }).known(file)).toBeUndefined();
    expect(statRecord<string>(record).known(file)).toBeUndefined();
  });
});
