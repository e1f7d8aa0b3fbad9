import { err, type Result } from '../kernel/result.ts';
import { parseCamt053 } from './camt053.ts';
import { parseCoda } from './coda.ts';
import { message } from './messages.ts';
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
    return err(statementError('unreadable', fileName, { line }, message('unreadable')));
  }
  const text = decoded.value;
  const start = text.trimStart();
  if (start.startsWith('<')) return parseCamt053(text, fileName);
  if (start.startsWith('0')) return parseCoda(text, fileName);
  if (start === '') {
    return err(statementError('truncated', fileName, {}, message('fileEmpty')));
  }
  return err(statementError('unknown_format', fileName, { line: 1 }, message('unknownFormat')));
}
