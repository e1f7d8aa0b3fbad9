import type { BankStatement, StatementLine } from './statement.ts';

/**
 * The earlier line a reversal (storno) undoes: opposite sign, same absolute amount, not itself a reversal,
 * and the same structured reference, or else the same counterparty IBAN. The latest such line wins.
 * Neither CODA nor camt.053 reliably carries the original's bank reference, so this is how it is found.
 */
export function findReversedLine(
  reversal: StatementLine,
  earlier: readonly StatementLine[],
): StatementLine | undefined {
  if (!reversal.reversal) return undefined;
  let found: StatementLine | undefined;
  for (const line of earlier) {
    if (line.reversal || line.amount !== -reversal.amount || line.bankRef === reversal.bankRef) continue;
    const sameRef =
      reversal.structuredRef !== null &&
      line.structuredRef !== null &&
      line.structuredRef.kind === reversal.structuredRef.kind &&
      line.structuredRef.value === reversal.structuredRef.value;
    const sameIban =
      reversal.structuredRef === null &&
      reversal.counterpartyIban !== null &&
      line.counterpartyIban === reversal.counterpartyIban;
    if (sameRef || sameIban) found = line;
  }
  return found;
}

/** Sets `reversedBankRef` on reversals whose original sits earlier in the same file. */
export function linkReversalsInFile(statements: readonly BankStatement[]): BankStatement[] {
  const seen: StatementLine[] = [];
  const claimed = new Set<string>();
  return statements.map((statement) => ({
    ...statement,
    lines: statement.lines.map((line) => {
      if (!line.reversal) {
        seen.push(line);
        return line;
      }
      const original = findReversedLine(
        line,
        seen.filter((s) => !claimed.has(s.bankRef)),
      );
      seen.push(line);
      if (original === undefined) return line;
      claimed.add(original.bankRef);
      return { ...line, reversedBankRef: original.bankRef };
    }),
  }));
}
