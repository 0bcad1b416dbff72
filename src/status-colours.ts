// The colour of each summary status, as the SVG map (docs/map.svg) and the explorer page
// draw it: Okabe and Ito's palette, which readers with colour-blindness can tell apart.
import type { Status } from './types.js';

/**
 * The fill colour of a station marker with each summary status, as the package's own map
 * and explorer draw it (Okabe and Ito's colour-blind-safe palette): use it to draw maps that
 * read like theirs.
 */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = /* @__PURE__ */ Object.freeze({
  reported: '#7f7f7f',
  active: '#cc79a7',
  'closed-unconfirmed': '#56b4e9',
  investigating: '#e69f00',
  closed: '#0072b2',
  prosecuted: '#d55e00',
});
