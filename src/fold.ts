// Names compared as people type them: no case, no accents ("Montreal" matches GeoNames'
// "Montréal", "sao paulo" the city of São Paulo).

/** A name without case or accents, for comparing names. */
export const fold = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
