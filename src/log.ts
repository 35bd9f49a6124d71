import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs with ids, never message texts or tokens. Known secret-bearing fields are redacted
 * as a second line of defence; the first is not logging them.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'nastavnik' },
      redact: {
        paths: ['token', '*.token', 'text', '*.text', 'message.text', 'secret', '*.secret', 'access_token', '*.access_token'],
        censor: '[redacted]',
      },
    },
    destination as never,
  );
}

/** A logger that writes nothing (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
