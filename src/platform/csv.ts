/**
 * CSV as our exports write it and spreadsheet programs and our own imports read it (RFC 4180 with a
 * choice of separator): a field is quoted when it holds the separator, a quote, a line break or
 * spaces at its edges, and quotes inside are doubled.
 */
export function csvField(value: string | number, separator = ';'): string {
  const text = String(value);
  if (text === '') return text;
  const needsQuotes =
    text.includes(separator) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text.charCodeAt(0) === 32 ||
    text.charCodeAt(text.length - 1) === 32;
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, without its line end. */
export function csvRecord(values: readonly (string | number)[], separator = ';'): string {
  return values.map((v) => csvField(v, separator)).join(separator);
}

/** Records joined and ended by CRLF. */
export function csvDocument(records: readonly string[]): string {
  return `${records.join('\r\n')}\r\n`;
}
