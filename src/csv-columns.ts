// The columns of `toCSV` and what joins a list in one cell: values of the package, apart from
// the conversions so that Node's build can load those on first use (src/extras-node.ts).

/** Columns of `toCSV`, in order. List-valued cells are joined with `LIST_SEPARATOR`. */
export const CSV_COLUMNS = /* @__PURE__ */ Object.freeze([
  'id',
  'country',
  'city',
  'latitude',
  'longitude',
  'geonames_id',
  'bureau',
  'bureau_confidence',
  'province',
  'opened',
  'name_zh',
  'reports',
  'evidence',
  'confidence',
  'operation',
  'closure',
  'closure_ordered',
  'last_reported_active',
  'investigation',
  'investigation_as_of',
  'legal',
  'status',
  'status_since',
  'last_heard',
  'events',
  'notes',
  'source_urls',
] as const);

/** What joins the items of a list-valued CSV cell, such as `reports` or `source_urls`. */
export const LIST_SEPARATOR = ' | ';
