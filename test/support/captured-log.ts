/** A pino logger whose JSON lines are kept in memory, to check what was (not) logged. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log.js';

export interface CapturedLog {
  logger: Logger;
  lines: string[];
  /** Parsed entries. */
  entries(): Array<Record<string, unknown> & { level: number; msg?: string }>;
  /** The raw text of everything logged, to search for secrets. */
  text(): string;
}

export function captureLog(level = 'debug'): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(line);
      cb();
    },
  });
  const logger = createLogger(level, stream);
  return {
    logger,
    lines,
    entries: () => lines.map((l) => JSON.parse(l)),
    text: () => lines.join('\n'),
  };
}
