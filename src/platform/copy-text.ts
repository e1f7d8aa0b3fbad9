/** One line of PostgreSQL COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function copyLine(values: readonly (string | number | boolean | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    const v = values[i];
    if (v === null || v === undefined) line += '\\N';
    else if (typeof v === 'string') line += escapeCopyText(v);
    else line += String(v);
  }
  return `${line}\n`;
}

const needsEscape = /[\\\t\n\r]/;

export function escapeCopyText(value: string): string {
  if (!needsEscape.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
