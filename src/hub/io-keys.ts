import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Config } from '../platform/config.ts';
import type { FanOutConfig } from './consent.ts';
import { DEFAULT_DEADLINES, type DeadlineConfig } from './deadlines.ts';
import { type OrganisationKey, parseOrganisationKey } from './io-crypto.ts';

/** Everything the hub services need from configuration, in the shape the pure rules take. */
export interface HubSettings {
  /** The body key of an organisation (by its code); an error when none is configured in production. */
  readonly keyOf: (organisationCode: string) => Result<OrganisationKey, 'missing-key'>;
  readonly deadlines: DeadlineConfig;
  readonly fanOut: FanOutConfig;
  /** Days after confirmation (or expiry) before a body is purged. */
  readonly retentionDays: number;
  readonly messagesPerHour: number;
  /** Time zone of "the day a message was sent". */
  readonly timeZone: string;
}

/**
 * Outside production an organisation without a configured key gets one derived from its code, so a
 * development or demo installation works out of the box. Such a key protects nothing: production
 * refuses to send without a configured one.
 */
function developmentKey(code: string): OrganisationKey {
  return { kind: 'organisation-key', bytes: createHash('sha256').update(`evs-hub-dev-key:${code}`).digest() };
}

export function hubSettings(
  config: Pick<Config, 'env' | 'hub'> & { ops?: { timeZone: string } },
): HubSettings {
  const parsed = new Map<string, OrganisationKey>();
  for (const [code, text] of Object.entries(config.hub.keys)) {
    const key = parseOrganisationKey(text);
    if (key.ok) parsed.set(code, key.value);
  }
  return {
    keyOf: (code) => {
      const key = parsed.get(code);
      if (key) return ok(key);
      return config.env === 'production' ? err('missing-key') : ok(developmentKey(code));
    },
    deadlines: {
      ...DEFAULT_DEADLINES,
      answerWorkingDays: config.hub.answerWorkingDays,
      urgentAnswerWorkingDays: config.hub.urgentAnswerWorkingDays,
    },
    fanOut: { consentThreshold: config.hub.consentThreshold, maxRecipients: config.hub.maxRecipients },
    retentionDays: config.hub.retentionDays,
    messagesPerHour: config.hub.messagesPerHour,
    timeZone: config.ops?.timeZone ?? 'Europe/Brussels',
  };
}
