/**
 * The data that flows through the ingest pipeline. Each stage is a plain
 * function from one of these shapes to the next; problems travel with the
 * seed as vfile messages (unified's way) instead of being thrown or printed.
 */
import type { PageMetadata } from './html/metadata.ts';
import type { VFile } from 'vfile';
import type { Overrides } from './parse.ts';

/** A seed as read from disk: its name relative to the seeds folder, and its bytes. */
export interface RawSeed {
  name: string;
  bytes: Uint8Array;
  hash: string;
}

/** A seed decoded to NFC text with LF line ends, and its front matter split off. */
export interface ParsedSeed {
  /** Fields an editor set in the seed's YAML front matter; they override extraction. */
  overrides: Overrides;
  /** Non-empty lines of the text after the front matter, trimmed, in order; "" marks a blank line. */
  lines: string[];
  /** A saved web page's markup after the front matter, in place of lines: the HTML path reads it. */
  html?: string;
  /** A scraper's JSON record of the article (json-record.ts), in place of lines: read as a page's metadata and paragraphs. */
  record?: Record<string, unknown>;
  /** What a reader tool stated above a text seed's lines ("URL Source: …", text/converter-markup.ts). */
  metadata?: PageMetadata;
}

/** What the clean stage finds around the article and the article's own paragraphs. */
export interface CleanedSeed {
  /** A title line the page carried, already de-duplicated. */
  titleLine?: string;
  /** A date the text opens with, "date 2025-04-22" or "Published: May 8, 2025": the seed's own word for its date. */
  datePrefix?: string;
  /** Text of date lines found outside the paragraphs, nearest the headline first. */
  dateTexts: string[];
  /** The dateline as written, e.g. "HÀ NỘI", "BAKU, Azerbaijan, May 8", "Hanoi, April 22, AZERTAC". */
  dateline?: string;
  /** The rule that found the dateline: "dateline/dash", "header:dateline-alone". */
  datelineRule?: string;
  /** The dateline opens the article's first paragraph, as a wire story's does (not a line of its own above it). */
  datelineOpensArticle?: boolean;
  /** Sign-offs and credits cut from the text, e.g. "VNA/VNS", "Reporting by ...". */
  credits: string[];
  /** Bylines cut from the text, e.g. "By Jane Doe". */
  bylines: string[];
  /** Site furniture cut from the end or the middle: kept so source detection can still read it. */
  furniture: string[];
  paragraphs: string[];
  /** Every line of the page (wrapped lines joined), with what it was taken for and why: `--explain` prints them. */
  verdicts: LineVerdict[];
}

/** What a line of the page was taken for. */
export type LineRole = 'article' | 'title' | 'date' | 'byline' | 'dateline' | 'credit' | 'furniture';

export interface LineVerdict {
  text: string;
  role: LineRole;
  /** The rule or score that decided: "header:date-line", "drop:dropped-line #12", "segment:span". */
  rule: string;
  /** The segmenter's probability that the line is the article's. */
  probability: number;
}

export type SeedFile = VFile;

declare module 'vfile' {
  interface DataMap {
    /** Where each field of the article came from ("date": "line 2, …"): `--explain` prints them. */
    origins: Record<string, string>;
  }
}
