import { describe, expect, it } from 'vitest';
import { isSorted, STATUS_OF_EVENT, statusAt } from '../src/status.js';
import type { EventType } from '../src/types.js';

const timeline = (...events: [string, EventType][]) => events.map(([date, type]) => ({ date, type }));

describe('status derivation', () => {
  it('takes the status of the latest status-changing event', () => {
    const events = timeline(['2022-09-12', 'listed'], ['2022-10-25', 'investigation_opened'], ['2022-11-01', 'ordered_closed']);
    expect(statusAt(events)).toBe('closed');
  });

  it('ignores denials, statements and findings of no evidence', () => {
    const events = timeline(
      ['2022-09-12', 'listed'],
      ['2022-11-01', 'ordered_closed'],
      ['2022-11-02', 'denied_by_china'],
      ['2023-02', 'no_evidence_found'],
    );
    expect(statusAt(events)).toBe('closed');
  });

  it('lets a later event override a more serious earlier one', () => {
    const events = timeline(['2022-09-12', 'listed'], ['2023-04-17', 'charged'], ['2023-05', 'investigation_closed']);
    expect(statusAt(events)).toBe('reported');
  });

  it('does not let a later listing or press report undo an investigation or a closure', () => {
    const events = timeline(
      ['2022-09-12', 'listed'],
      ['2022-11-01', 'ordered_closed'],
      ['2022-12-05', 'listed'],
      ['2023-01', 'media_report'],
    );
    expect(statusAt(events)).toBe('closed');
    expect(statusAt(timeline(['2023-03-09', 'media_report'], ['2023-04', 'listed']))).toBe('reported');
  });

  it('gives the status on a day, and null before the first status-changing event', () => {
    const events = timeline(['2022-09-12', 'listed'], ['2022-10', 'investigation_opened'], ['2023-04-17', 'arrest']);
    expect(statusAt(events, '2022-09-11')).toBeNull();
    expect(statusAt(events, '2022-09-12')).toBe('reported');
    expect(statusAt(events, '2022-09-30')).toBe('reported');
    // A month-precision event counts from the first day of its month.
    expect(statusAt(events, '2022-10-01')).toBe('investigating');
    expect(statusAt(events, '2023-04-17')).toBe('prosecuted');
  });

  it('maps every event type, and only the documented ones change status', () => {
    const changing = Object.entries(STATUS_OF_EVENT)
      .filter(([, status]) => status !== null)
      .map(([type]) => type);
    expect(changing.sort()).toEqual(
      [
        'arrest',
        'charged',
        'convicted',
        'guilty_plea',
        'investigation_closed',
        'investigation_opened',
        'listed',
        'media_report',
        'ordered_closed',
        'raid',
        'reported_closed',
        'sentenced',
      ].sort(),
    );
  });

  it('gives each event type the status of the table in the README', () => {
    const table: Record<string, string | null> = {
      listed: 'reported',
      media_report: 'reported',
      investigation_closed: 'reported',
      investigation_opened: 'investigating',
      ordered_closed: 'closed',
      reported_closed: 'closed',
      raid: 'prosecuted',
      arrest: 'prosecuted',
      charged: 'prosecuted',
      guilty_plea: 'prosecuted',
      convicted: 'prosecuted',
      sentenced: 'prosecuted',
      statement: null,
      denied_by_host: null,
      denied_by_china: null,
      no_evidence_found: null,
      other: null,
    };
    for (const [type, status] of Object.entries(table)) {
      expect(statusAt(timeline(['2022-01-05', type as EventType])), type).toBe(status);
    }
  });

  it('checks the order of a timeline', () => {
    expect(isSorted(timeline(['2022', 'listed'], ['2022-01-01', 'raid'], ['2022-03', 'other']))).toBe(true);
    expect(isSorted(timeline(['2022-03', 'listed'], ['2022-02-28', 'raid']))).toBe(false);
  });
});
