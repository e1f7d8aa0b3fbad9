import { err, ok, type Result } from '../kernel/result.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

// C0 controls other than TAB/LF/CR, DEL, and C1 controls (what the WHATWG windows-1252 decoder makes of
// the five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D): none belong in a bank statement.
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) return i;
  }
  return -1;
}

export type DecodeProblem = { kind: 'binary'; line: number };

/**
 * Bank files are UTF-8 or, for CODA in practice, Latin-1 / Windows-1252. Valid UTF-8 wins (plain ASCII is
 * both); otherwise Windows-1252. Text with control characters is binary or in an unknown encoding.
 */
export function decodeStatementText(bytes: Uint8Array): Result<string, DecodeProblem> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = firstControl(text);
  if (bad >= 0) return err({ kind: 'binary', line: text.slice(0, bad).split('\n').length });
  return ok(text);
}
