// The checks that z.toJSONSchema cannot carry over from the zod schemas, as patterns: a date
// that exists in the calendar, and an https URL. Shared by the published JSON Schema
// (scripts/json-schema.ts) and the authoring schemas of data/ (scripts/authoring-schema.ts);
// nothing here needs the generated sources, so it works in a fresh clone.

const DAY_OF = {
  31: '(?:0[1-9]|[12]\\d|3[01])',
  30: '(?:0[1-9]|[12]\\d|30)',
  28: '(?:0[1-9]|1\\d|2[0-8])',
};
const MONTH_DAY = [`(?:0[13578]|1[02])-${DAY_OF[31]}`, `(?:0[469]|11)-${DAY_OF[30]}`, `02-${DAY_OF[28]}`].join('|');
// Gregorian leap years: divisible by 4 and not by 100 (04, 08, … 96 after any two digits),
// or divisible by 400 (0000, 0400, … 9600).
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';

/** YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists in the proleptic Gregorian calendar. */
export const CALENDAR_DATE = `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2])|-(?:${MONTH_DAY}))?|${LEAP_YEAR}-02-29)$`;

/** What an https URL starts with. */
export const HTTPS_URL = '^https://';
