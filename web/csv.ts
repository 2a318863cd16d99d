// CSV export of a Cypher result table (RFC 4180 quoting; formula-looking cells are defused).

/** Turns one cell value into display text (objects as JSON). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Builds CSV text from columns and rows (arrays or objects keyed by column).
 * @example toCsv(['a'], [[1]]) === 'a\r\n1\r\n'
 */
export function toCsv(columns: string[], rows: unknown[]): string {
  const quote = (text: string) => {
    // A leading = + - @ would be run as a formula by spreadsheets.
    const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) {
    const cells = columns.map((c, i) =>
      cellText(Array.isArray(row) ? row[i] : (row as Record<string, unknown>)?.[c]),
    );
    lines.push(cells.map(quote).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
