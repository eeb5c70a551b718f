/**
 * A warning on the seed's file, as a vfile message. A message is an Error, whose constructor captures a
 * stack trace that vfile then blanks (a message's stack is '' unless it wraps an error): made with no
 * frames to capture, a message costs about 1 µs rather than 6.
 */
import type { SeedFile } from './types.ts';

export function warn(file: SeedFile, reason: string): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    file.message(reason);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
