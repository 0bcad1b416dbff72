// Country names in any language, through Intl.DisplayNames, with answers that never depend
// on the machine's locale.
import { countryCodes } from './data.js';
import { expectString, unknownValue } from './validate.js';

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in a language, through `Intl.DisplayNames`: `countryName('NL')` is
 * "Netherlands", `countryName('NL', 'de')` "Niederlande". The answer never depends on the
 * machine's locale: a region or variant the runtime has no names for falls back to its
 * language (`'de-XX'` answers in German), and a locale whose language it has no names for
 * (`'xx'`), or a malformed one, throws a RangeError rather than answering in the host's
 * language. Throws a RangeError for a code that is not ISO 3166-1 alpha-2.
 */
export function countryName(code: string, locale = 'en'): string {
  const upper = expectString('countryName', 'code', code).toUpperCase();
  expectString('countryName', 'locale', locale);
  if (!countryCodes.has(upper)) throw unknownValue('countryName', 'country', code, 'an ISO 3166-1 alpha-2 code such as "NL"');
  let names = displayNames.get(locale);
  if (!names) {
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
    displayNames.set(locale, names);
  }
  return names.of(upper) ?? upper;
}
