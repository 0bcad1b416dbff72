// Country names in any language, with answers that never depend on the machine's locale:
// English from a table generated at build time (the first Intl.DisplayNames call costs
// tens of milliseconds), other languages through Intl.DisplayNames.
import { countryCodes } from './data.js';
import { COUNTRY_CODES } from './generated/countries.js';
import { ENGLISH_NAMES } from './generated/country-names.js';
import { asciiUpper, expectString, unknownValue } from './validate.js';

/** How many languages' `Intl.DisplayNames` are kept; the least recently used goes first. */
export const NAMES_CACHE_LIMIT = 8;
const displayNames = new Map<string, Intl.DisplayNames>();
let english: ReadonlyMap<string, string> | undefined;

/** The languages whose `Intl.DisplayNames` are kept now, least recently used first (for tests). */
export const cachedLocales = (): string[] => [...displayNames.keys()];

function namesIn(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (names) {
    displayNames.delete(locale);
  } else {
    // Intl.DisplayNames falls back to the host's locale for one it has no data for: ask first.
    let supported: string[] = [];
    try {
      supported = Intl.DisplayNames.supportedLocalesOf([locale]);
    } catch {
      // A malformed tag: reported below like an unsupported one.
    }
    if (supported.length === 0) {
      throw unknownValue(
        'countryName',
        'locale',
        locale,
        'a BCP 47 language tag of a language Intl.DisplayNames has names for, such as "en", "fr" or "zh-Hant"',
      );
    }
    names = new Intl.DisplayNames(supported, { type: 'region', fallback: 'code' });
    if (displayNames.size >= NAMES_CACHE_LIMIT) displayNames.delete(displayNames.keys().next().value!);
  }
  displayNames.set(locale, names);
  return names;
}

/**
 * A country's name in a language: `countryName('NL')` is "Netherlands",
 * `countryName('NL', 'de')` "Niederlande". English comes from a table built from
 * `Intl.DisplayNames` (so the first call costs nothing); other languages from
 * `Intl.DisplayNames`. The answer never depends on the machine's locale: a region or
 * variant the runtime has no names for falls back to its language (`'de-XX'` answers in
 * German), and a locale whose language it has no names for (`'xx'`), or a malformed one,
 * throws a RangeError rather than answering in the host's language. Throws a RangeError
 * for a code that is not ISO 3166-1 alpha-2 (ASCII letters, any case).
 */
export function countryName(code: string, locale = 'en'): string {
  const upper = asciiUpper(expectString('countryName', 'code', code));
  expectString('countryName', 'locale', locale);
  if (!countryCodes.has(upper)) throw unknownValue('countryName', 'country', code, 'an ISO 3166-1 alpha-2 code such as "NL"');
  if (locale === 'en') {
    english ??= new Map(ENGLISH_NAMES.split('|').map((name, i) => [COUNTRY_CODES[i]!, name]));
    return english.get(upper)!;
  }
  return namesIn(locale).of(upper) ?? upper;
}
