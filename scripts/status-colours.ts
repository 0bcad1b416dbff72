// The colour of each derived status, shared by the SVG map (docs/map.svg) and the explorer
// page (site/): Okabe and Ito's palette, which readers with colour-blindness can tell apart.
import type { Status } from '../src/types.js';

/** The fill colour of a station marker with this status. */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = {
  reported: '#7f7f7f',
  active: '#cc79a7',
  'closed-unconfirmed': '#56b4e9',
  investigating: '#e69f00',
  closed: '#0072b2',
  prosecuted: '#d55e00',
};
