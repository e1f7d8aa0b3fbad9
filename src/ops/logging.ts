import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../platform/config.ts';
import { MASK, maskText, maskValues, REDACT_PATHS } from './redact.ts';

/**
 * The server's logger: JSON lines (or pino-pretty in development), personal data and secrets
 * removed twice — known fields by pino's redact paths and structured values by the log formatter,
 * then every finished line once more by the masking destination (which also covers error
 * serializers and messages). Fastify adds `reqId` to every line logged for a request.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'ops'>,
  destination?: DestinationStream,
): Logger {
  const target =
    destination ??
    (config.ops.logFormat === 'pretty'
      ? pretty({
          colorize: true,
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname,reqId,method,path,status,ms',
          singleLine: true,
        })
      : pino.destination({ fd: 1, sync: true }));
  return pino(
    {
      level: config.logLevel,
      redact: { paths: [...REDACT_PATHS], censor: MASK },
      formatters: { log: (object) => maskValues(object) as Record<string, unknown> },
    },
    maskingDestination(target),
  );
}

/** Wraps a destination so every line written is masked (national numbers, IBANs, tokens …). */
export function maskingDestination(target: DestinationStream): DestinationStream {
  return {
    write(line: string) {
      target.write(maskText(line));
    },
  };
}
