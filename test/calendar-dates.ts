// An oracle for date patterns: which strings are real calendar years, months and days,
// decided with Date's UTC arithmetic rather than a pattern or the package's code.

/** A real calendar day (or month, or year) as YYYY, YYYY-MM or YYYY-MM-DD. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Strings to try a date pattern on: malformed ones, every month 00 to 13 and day 00 to 32 of
 * years that test the leap rules, and 29 February of every year 0000 to 9999.
 */
export function dateCandidates(): string[] {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const candidates = ['', '202', '20222', '2022-1', '2022-01-1', '2022-01-01T00:00', 'x2022', '2022-01-01x', '2022/01/01'];
  for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2022, 2023, 2024, 2100, 9999]) {
    candidates.push(pad(year, 4));
    for (let month = 0; month <= 13; month++) {
      candidates.push(`${pad(year, 4)}-${pad(month)}`);
      for (let day = 0; day <= 32; day++) candidates.push(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
    }
  }
  for (let year = 0; year <= 9999; year++) candidates.push(`${pad(year, 4)}-02-29`);
  return candidates;
}
