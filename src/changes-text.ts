// One release's changes as Markdown, for CHANGELOG.md (written by the release step) and
// the command line's `--changes`. Pure: it reads nothing but its arguments.
import type { ChangeValue, FieldChange, ReleaseChanges, RetiredStation, StationFieldChange } from './types.js';
import { DERIVED_FIELDS } from './values.js';

const DERIVED = new Set<string>(DERIVED_FIELDS);
const LISTS = new Set(['reports', 'sources', 'stations']);
const TEXTS = new Set(['notes', 'summary', 'actor']);

const show = (value: ChangeValue) => (value === null ? 'none' : String(value));

/** One field change in words: `city none → Sydney`, `sources +a, −b`, `notes changed`. */
function describeChange({ field, from, to }: FieldChange): string {
  if (LISTS.has(field) && Array.isArray(from) && Array.isArray(to)) {
    const added = to.filter((id) => !from.includes(id)).map((id) => `+${id}`);
    const removed = from.filter((id) => !to.includes(id)).map((id) => `−${id}`);
    return `${field} ${[...added, ...removed].join(', ')}`;
  }
  if (TEXTS.has(field)) return `${field} changed`;
  return `${field === 'statusSince' ? 'status since' : field} ${show(from)} → ${show(to)}`;
}

/** A derived value's change, with the event behind its new value where the release says. */
const describeDerived = (change: StationFieldChange) =>
  `${describeChange(change)}${change.event === null ? '' : ` (${change.event})`}`;

const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`);

/**
 * The Markdown body of one release's changes: stations, the derived values that moved
 * ("nl-01: investigating → closed, 2022-11-01 by nl-e03", each value with the event
 * behind it where the release says), other fields, events and sources.
 * `retired` gives the reasons of retired ids.
 */
export function changesMarkdown(entry: ReleaseChanges, retired: readonly RetiredStation[] = []): string {
  const { counts, stations, events, sources } = entry;
  const out: string[] = [
    `Stations: ${counts.stations.from} → ${counts.stations.to}; events: ${counts.events.from} → ${counts.events.to}; sources: ${counts.sources.from} → ${counts.sources.to}.`,
    '',
    `Stations added: ${list(stations.added)}.`,
  ];
  if (stations.retired.length === 0) out.push('', 'Stations retired: none.');
  else {
    out.push('', 'Stations retired:', '');
    out.push(
      ...bullets(
        stations.retired.map((id) => {
          const record = retired.find((r) => r.id === id);
          if (!record) return id;
          return `${id}: retired ${record.date}${record.replacedBy ? `, merged into ${record.replacedBy}` : ''}: ${record.reason}`;
        }),
      ),
    );
  }

  const moved = stations.changed.flatMap(({ id, since, fields }) => {
    const derived = fields.filter((f) => DERIVED.has(f.field));
    if (derived.length === 0) return [];
    const status = derived.find((f) => f.field === 'status');
    const rest = derived.filter((f) => f.field !== 'status' && !(status && f.field === 'statusSince')).map(describeDerived);
    if (!status) return [`${id}: ${rest.join('; ')}`];
    const by = status.event === null ? '' : ` by ${status.event}`;
    return [`${id}: ${show(status.from)} → ${show(status.to)}, ${since}${by}${rest.length > 0 ? ` (${rest.join('; ')})` : ''}`];
  });
  if (stations.legacyStatus.length === 0) {
    out.push('', `Derived values that moved (${moved.length}):`);
    if (moved.length > 0) out.push('', ...bullets(moved));
  } else {
    out.push(
      '',
      `Status model: 1.x had one \`status\`; ${entry.version} derives four values and a summary from the events (README, "Migrating from 1.x"). Each station's 1.x status beside its ${entry.version} values, not a mapping:`,
      '',
      ...bullets(
        stations.legacyStatus.map(({ id, before, after }) => {
          const operation = after.closure ? `${after.operation}, ${after.closure}` : after.operation;
          return `${id}: 1.x ${before.status}; ${entry.version} ${after.status} (${operation}; investigation ${after.investigation}; legal ${after.legal}), since ${after.statusSince}`;
        }),
      ),
    );
  }

  const edited = stations.changed.flatMap(({ id, fields }) => {
    const own = fields.filter((f) => !DERIVED.has(f.field));
    return own.length > 0 ? [`${id}: ${own.map(describeChange).join('; ')}`] : [];
  });
  out.push('', `Other station fields changed (${edited.length}):`);
  if (edited.length > 0) out.push('', ...bullets(edited));

  out.push('', `Events added (${events.added.length}): ${list(events.added)}.`);
  out.push('', `Events corrected (${events.corrected.length}):`);
  if (events.corrected.length > 0) {
    out.push('', ...bullets(events.corrected.map(({ id, fields }) => `${id}: ${fields.map(describeChange).join('; ')}`)));
  }
  if (events.removed.length > 0) out.push('', `Events removed (${events.removed.length}): ${list(events.removed)}.`);
  out.push('', `Sources added (${sources.added.length}): ${list(sources.added)}.`);
  if (sources.removed.length > 0) out.push('', `Sources removed (${sources.removed.length}): ${list(sources.removed)}.`);
  return `${out.join('\n')}\n`;
}
