import { err, type Result } from '../kernel/result.ts';
import { parseCamt053 } from './camt053.ts';
import { parseCoda } from './coda.ts';
import { type BankStatement, type StatementError, statementError } from './statement.ts';
import { decodeStatementText } from './text-decode.ts';

/**
 * Reads a bank statement file of either format: CODA (128-character records, Latin-1/Windows-1252 or
 * UTF-8) or camt.053 XML (001.02, .03, .04, .08, .13). Detection looks at the content, not the file name. All-or-nothing:
 * any problem rejects the whole file with a message naming the file, the place and what was expected.
 */
export function parseStatement(bytes: Uint8Array, fileName: string): Result<BankStatement[], StatementError> {
  const decoded = decodeStatementText(bytes);
  if (!decoded.ok) {
    const line = decoded.error.line;
    return err(
      statementError(
        'unreadable',
        fileName,
        { line },
        {
          nl: 'dit is geen leesbaar tekstbestand (binaire gegevens of onbekende tekenset); verwacht een CODA- of camt.053-bestand',
          en: 'this is not a readable text file (binary data or unknown character set); expected a CODA or camt.053 file',
        },
      ),
    );
  }
  const text = decoded.value;
  const start = text.trimStart();
  if (start.startsWith('<')) return parseCamt053(text, fileName);
  if (start.startsWith('0')) return parseCoda(text, fileName);
  if (start === '') {
    return err(
      statementError('truncated', fileName, {}, { nl: 'het bestand is leeg', en: 'the file is empty' }),
    );
  }
  return err(
    statementError(
      'unknown_format',
      fileName,
      { line: 1 },
      {
        nl: 'onbekend formaat: verwacht een CODA-bestand (eerste record 0) of camt.053-XML',
        en: 'unknown format: expected a CODA file (first record 0) or camt.053 XML',
      },
    ),
  );
}
