// One field of a CSV row, as every CSV the package writes quotes and neutralises it.

/**
 * One CSV field. A text that a spreadsheet would run as a formula (one that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'` and quotes, as OWASP's
 * advice on CSV injection says; numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
