// changesMarkdown on hand-made releases: every kind of change, in words, byte for byte.
import { describe, expect, it } from 'vitest';
import type { ReleaseChanges, RetiredStation } from '../src/types.js';
import { freshEachTest } from './fresh.js';

// Loaded afresh for each test, so that mutation testing credits its module-level lists to them (see fresh.ts).
const text = freshEachTest(() => import('../src/changes-text.js'));
const changesMarkdown: typeof import('../src/changes-text.js').changesMarkdown = (...args) => text().changesMarkdown(...args);

const counts = { stations: { from: 2, to: 3 }, events: { from: 5, to: 6 }, sources: { from: 7, to: 9 } };

const release: ReleaseChanges = {
  version: '9.1.0',
  previous: '9.0.0',
  updated: '2030-01-31',
  counts,
  stations: {
    added: ['aa-03'],
    retired: ['aa-09', 'bb-01', 'cc-01'],
    changed: [
      {
        id: 'aa-01',
        since: '2030-01-05',
        fields: [
          { field: 'status', from: 'reported', to: 'closed', event: 'aa-e07' },
          { field: 'statusSince', from: '2022-09', to: '2030-01-05', event: 'aa-e07' },
          { field: 'operation', from: 'unknown', to: 'closed', event: 'aa-e07' },
          { field: 'closure', from: null, to: 'confirmed', event: null },
          { field: 'city', from: null, to: 'Sydney', event: null },
          { field: 'sources', from: ['s1', 's2'], to: ['s2', 's3', 's4'], event: null },
          { field: 'notes', from: 'old words', to: 'new words', event: null },
        ],
      },
      {
        id: 'aa-02',
        since: '2030-01',
        fields: [
          { field: 'lastHeard', from: '2029', to: '2030-01', event: 'aa-e08' },
          { field: 'statusSince', from: '2022', to: '2023', event: null },
        ],
      },
      { id: 'aa-04', since: '2030', fields: [{ field: 'reports', from: ['r1'], to: [], event: null }] },
      {
        id: 'aa-05',
        since: '2030-01-06',
        fields: [
          { field: 'status', from: 'reported', to: 'active', event: null },
          { field: 'statusSince', from: '2022', to: '2030-01-06', event: null },
        ],
      },
    ],
    legacyStatus: [],
  },
  events: {
    added: ['aa-e07', 'aa-e08'],
    corrected: [
      {
        id: 'aa-e01',
        fields: [
          { field: 'summary', from: 'a', to: 'b' },
          { field: 'date', from: '2022', to: '2022-10' },
        ],
      },
    ],
    removed: ['aa-e02'],
  },
  sources: { added: ['s3', 's4'], removed: ['s1'] },
};

const retired: RetiredStation[] = [
  { id: 'aa-09', date: '2030-01-02', reason: 'the same site as aa-01', replacedBy: 'aa-01', lastRelease: '9.0.0' },
  { id: 'bb-01', date: '2030-01-03', reason: 'no source places it', replacedBy: null, lastRelease: '9.0.0' },
] as unknown as RetiredStation[];

describe('changesMarkdown', () => {
  it('writes every kind of change of a release in words', () => {
    expect(changesMarkdown(release, retired)).toBe(
      [
        'Stations: 2 → 3; events: 5 → 6; sources: 7 → 9.',
        '',
        'Stations added: aa-03.',
        '',
        'Stations retired:',
        '',
        '- aa-09: retired 2030-01-02, merged into aa-01: the same site as aa-01',
        '- bb-01: retired 2030-01-03: no source places it',
        '- cc-01',
        '',
        'Derived values that moved (3):',
        '',
        '- aa-01: reported → closed, 2030-01-05 by aa-e07 (operation unknown → closed (aa-e07); closure none → confirmed)',
        '- aa-02: lastHeard 2029 → 2030-01 (aa-e08); status since 2022 → 2023',
        '- aa-05: reported → active, 2030-01-06',
        '',
        'Other station fields changed (2):',
        '',
        '- aa-01: city none → Sydney; sources +s3, +s4, −s1; notes changed',
        '- aa-04: reports −r1',
        '',
        'Events added (2): aa-e07, aa-e08.',
        '',
        'Events corrected (1):',
        '',
        '- aa-e01: summary changed; date 2022 → 2022-10',
        '',
        'Events removed (1): aa-e02.',
        '',
        'Sources added (2): s3, s4.',
        '',
        'Sources removed (1): s1.',
        '',
      ].join('\n'),
    );
  });

  it('says "none" for an empty list and leaves out the sections of nothing removed', () => {
    const quiet: ReleaseChanges = {
      ...release,
      stations: { added: [], retired: [], changed: [], legacyStatus: [] },
      events: { added: [], corrected: [], removed: [] },
      sources: { added: [], removed: [] },
    };
    expect(changesMarkdown(quiet)).toBe(
      [
        'Stations: 2 → 3; events: 5 → 6; sources: 7 → 9.',
        '',
        'Stations added: none.',
        '',
        'Stations retired: none.',
        '',
        'Derived values that moved (0):',
        '',
        'Other station fields changed (0):',
        '',
        'Events added (0): none.',
        '',
        'Events corrected (0):',
        '',
        'Sources added (0): none.',
        '',
      ].join('\n'),
    );
  });

  it('compares each station with its 1.x status when the release replaced the status model', () => {
    const legacy: ReleaseChanges = {
      ...release,
      version: '2.0.0',
      stations: {
        ...release.stations,
        retired: [],
        legacyStatus: [
          {
            id: 'aa-01',
            before: { status: 'closed' },
            after: {
              operation: 'closed',
              closure: 'claimed',
              investigation: 'none',
              legal: 'none',
              status: 'closed-unconfirmed',
              statusSince: '2022-10-25',
            },
          },
          {
            id: 'aa-02',
            before: { status: 'active' },
            after: {
              operation: 'unknown',
              closure: null,
              investigation: 'open',
              legal: 'none',
              status: 'investigating',
              statusSince: '2022',
            },
          },
        ],
      },
    };
    const text = changesMarkdown(legacy);
    expect(text).toContain(
      [
        'Stations retired: none.',
        '',
        'Status model: 1.x had one `status`; 2.0.0 derives four values and a summary from the events (README, "Migrating from 1.x"). Each station\'s 1.x status beside its 2.0.0 values, not a mapping:',
        '',
        '- aa-01: 1.x closed; 2.0.0 closed-unconfirmed (closed, claimed; investigation none; legal none), since 2022-10-25',
        '- aa-02: 1.x active; 2.0.0 investigating (unknown; investigation open; legal none), since 2022',
        '',
        'Other station fields changed (2):',
      ].join('\n'),
    );
    expect(text).not.toContain('Derived values that moved');
  });

  it('reads a list field as a list only when both sides are lists, and a text field as changed', () => {
    const one = (field: string, from: ReleaseChanges['stations']['changed'][0]['fields'][0]['from'], to: typeof from) =>
      changesMarkdown({
        ...release,
        stations: {
          ...release.stations,
          retired: [],
          changed: [{ id: 'x', since: '2030', fields: [{ field, from, to, event: null }] }],
        },
      }).match(/^- x: (.*)$/m)![1];
    expect(one('stations', ['a'], ['a', 'b'])).toBe('stations +b');
    expect(one('sources', null, ['a'])).toBe('sources none → a');
    expect(one('reports', ['a'], null)).toBe('reports a → none');
    expect(one('city', 'A', 'B')).toBe('city A → B');
    expect(one('actor', 'A', 'B')).toBe('actor changed');
    expect(one('summary', 'A', 'B')).toBe('summary changed');
  });
});
