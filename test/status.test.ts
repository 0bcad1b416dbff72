// The derivation rules: what each kind of event does to each dimension, and what it must
// never do (overstate).
import { describe, expect, it } from 'vitest';
import type { EventType, StationState } from '../src/types.js';
import { freshEachTest } from './fresh.js';

const rules = freshEachTest(() => import('../src/status.js'));

const timeline = (...events: [string, EventType][]) => events.map(([date, type]) => ({ date, type }));
const state = (...events: [string, EventType][]) => rules().deriveState(timeline(...events));
const LISTED: [string, EventType] = ['2022-09-12', 'listed'];

describe('the operation dimension', () => {
  it('starts operating when listed, and closes on an order or a closure', () => {
    expect(state(LISTED)).toMatchObject({ operation: 'operating', closure: null });
    expect(state(LISTED, ['2022-11-01', 'ordered_closed'])).toMatchObject({ operation: 'closed', closure: 'ordered' });
    expect(state(LISTED, ['2022-11-01', 'closure_claimed'])).toMatchObject({ operation: 'closed', closure: 'claimed' });
  });

  it('keeps the strongest basis of a closure, whatever the order', () => {
    expect(state(LISTED, ['2022-11-01', 'ordered_closed'], ['2022-11-02', 'closure_claimed'])!.closure).toBe('ordered');
    expect(state(LISTED, ['2022-11-01', 'closure_claimed'], ['2022-12-20', 'closure_confirmed'])!.closure).toBe('confirmed');
    expect(state(LISTED, ['2022-11-01', 'closure_reported'], ['2022-12-20', 'closure_claimed'])!.closure).toBe('reported');
    expect(rules().CLOSURE_BASES).toEqual(['claimed', 'reported', 'ordered', 'confirmed']);
  });

  it('counts a later report of activity against an earlier closure', () => {
    const reopened = state(LISTED, ['2022-11-01', 'closure_claimed'], ['2024-11-27', 'activity_reported']);
    expect(reopened).toMatchObject({ operation: 'operating', closure: null, status: 'reported' });
    // A new closure after that starts from its own basis, not the older one.
    const closedAgain = state(
      LISTED,
      ['2022-11-01', 'closure_confirmed'],
      ['2024-11-27', 'activity_reported'],
      ['2025-01', 'closure_claimed'],
    );
    expect(closedAgain!.closure).toBe('claimed');
  });

  it('never lets a later listing or press report undo a closure or an investigation', () => {
    const closed = state(LISTED, ['2022-11-01', 'ordered_closed'], ['2022-12-05', 'listed'], ['2023-01', 'media_report']);
    expect(closed).toMatchObject({ operation: 'closed', closure: 'ordered' });
    const investigated = state(LISTED, ['2022-10', 'investigation_opened'], ['2022-12-05', 'listed']);
    expect(investigated!.investigation).toBe('open');
  });
});

describe('the investigation and legal dimensions', () => {
  it('treats a search or an arrest as a step of an investigation, never as a prosecution', () => {
    expect(state(LISTED, ['2022-10', 'raid'])).toMatchObject({ investigation: 'open', legal: 'none', status: 'investigating' });
    expect(state(LISTED, ['2023-04-17', 'arrest'])).toMatchObject({ investigation: 'open', legal: 'none' });
  });

  it('ends an investigation only on investigation_closed, not on a finding of no evidence', () => {
    expect(state(LISTED, ['2022-10', 'investigation_opened'], ['2023-02', 'no_evidence_found'])!.investigation).toBe('open');
    expect(state(LISTED, ['2022-10', 'investigation_opened'], ['2025-09-26', 'investigation_closed'])!.investigation).toBe(
      'ended',
    );
    expect(state(LISTED, ['2025-09-26', 'investigation_closed'], ['2026-01', 'raid'])!.investigation).toBe('open');
  });

  it('sets a legal stage only for proceedings over the station, keeping the furthest one', () => {
    expect(state(LISTED, ['2024-02-02', 'other_proceedings'], ['2025-12-17', 'other_proceedings'])).toMatchObject({
      legal: 'none',
      status: 'reported',
    });
    expect(state(LISTED, ['2023-04-17', 'charged'])!.legal).toBe('charged');
    expect(state(LISTED, ['2023-04-17', 'charged'], ['2024-12-18', 'guilty_plea'])!.legal).toBe('convicted');
    // Two defendants: one convicted, the other later charged or acquitted; the furthest stage stays.
    expect(state(LISTED, ['2024-12-18', 'guilty_plea'], ['2025-01', 'charged'])!.legal).toBe('convicted');
    expect(state(LISTED, ['2024-12-18', 'convicted'], ['2025-01', 'acquitted'])!.legal).toBe('convicted');
    expect(state(LISTED, ['2024', 'charged'], ['2025', 'acquitted'])!.legal).toBe('acquitted');
    expect(state(LISTED, ['2025', 'convicted'], ['2026', 'sentenced'])!.legal).toBe('sentenced');
    expect(rules().LEGAL_STAGES).toEqual(['none', 'charged', 'acquitted', 'convicted', 'sentenced']);
  });

  it('keeps a closure and a prosecution apart, so that both can be asked for', () => {
    const newYork = state(
      LISTED,
      ['2022-10', 'raid'],
      ['2022-11-03', 'closure_confirmed'],
      ['2023-04-17', 'arrest'],
      ['2023-04-17', 'charged'],
      ['2024-12-18', 'guilty_plea'],
    );
    expect(newYork).toEqual({
      operation: 'closed',
      closure: 'confirmed',
      investigation: 'open',
      legal: 'convicted',
      status: 'prosecuted',
    });
  });
});

describe('statusOf', () => {
  const base: Omit<StationState, 'status'> = { operation: 'operating', closure: null, investigation: 'none', legal: 'none' };

  it('summarises in the documented order of precedence', () => {
    expect(rules().statusOf(base)).toBe('reported');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'claimed' })).toBe('closed-unconfirmed');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'reported' })).toBe('closed-unconfirmed');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'claimed', investigation: 'open' })).toBe('investigating');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'ordered', investigation: 'open' })).toBe('closed');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'confirmed' })).toBe('closed');
    expect(rules().statusOf({ ...base, investigation: 'ended' })).toBe('reported');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'confirmed', legal: 'acquitted' })).toBe('prosecuted');
  });
});

describe('deriveState on a day', () => {
  const events = timeline(
    LISTED,
    ['2022-10', 'investigation_opened'],
    ['2022-11-01', 'ordered_closed'],
    ['2023-04-17', 'charged'],
  );

  it('is null before the first event that takes effect', () => {
    expect(rules().deriveState(events, '2022-09-11')).toBeNull();
    expect(rules().deriveState(timeline(['2022-08', 'statement'], LISTED), '2022-08-31')).toBeNull();
  });

  it('counts a partial date from the first day of its period', () => {
    expect(rules().deriveState(events, '2022-09-30')!.status).toBe('reported');
    expect(rules().deriveState(events, '2022-10-01')!.status).toBe('investigating');
    expect(rules().deriveState(events, '2022-11-01')!.status).toBe('closed');
    expect(rules().deriveState(events, '2023-04-17')!.status).toBe('prosecuted');
    expect(rules().deriveState(events)).toEqual(rules().deriveState(events, '9999-12-31'));
  });

  it('lists only the events that changed something', () => {
    const changes = rules().stateChanges(
      timeline(LISTED, ['2022-10', 'statement'], ['2022-12-05', 'listed'], ['2022-11', 'investigation_opened']),
    );
    expect(changes.map((c) => c.event.type)).toEqual(['listed', 'investigation_opened']);
  });

  it('dates statusSince by the event that set the current status', () => {
    expect(rules().currentState(events)!.statusSince).toBe('2023-04-17');
    const sameStatus = timeline(LISTED, ['2022-11-01', 'ordered_closed'], ['2022-12-20', 'closure_confirmed']);
    expect(rules().currentState(sameStatus)).toMatchObject({ closure: 'confirmed', status: 'closed', statusSince: '2022-11-01' });
    expect(rules().currentState(timeline(['2022', 'statement']))).toBeNull();
  });
});

describe('the rules tables', () => {
  it('give every event type an effect or none, and only the documented ones take effect', () => {
    const effective = Object.entries(rules().EVENT_EFFECTS)
      .filter(([, effect]) => effect !== null)
      .map(([type]) => type);
    expect(effective.sort()).toEqual(
      [
        'acquitted',
        'activity_reported',
        'arrest',
        'charged',
        'closure_claimed',
        'closure_confirmed',
        'closure_reported',
        'convicted',
        'guilty_plea',
        'investigation_closed',
        'investigation_opened',
        'listed',
        'media_report',
        'ordered_closed',
        'raid',
        'sentenced',
      ].sort(),
    );
  });

  it('set what the table of event types in README says, each dimension apart', () => {
    expect(rules().EVENT_EFFECTS).toEqual({
      listed: { operation: 'operating' },
      media_report: { operation: 'operating' },
      activity_reported: { operation: 'operating' },
      ordered_closed: { operation: 'closed', closure: 'ordered' },
      closure_confirmed: { operation: 'closed', closure: 'confirmed' },
      closure_reported: { operation: 'closed', closure: 'reported' },
      closure_claimed: { operation: 'closed', closure: 'claimed' },
      investigation_opened: { investigation: 'open' },
      raid: { investigation: 'open' },
      arrest: { investigation: 'open' },
      investigation_closed: { investigation: 'ended' },
      charged: { legal: 'charged' },
      guilty_plea: { legal: 'convicted' },
      convicted: { legal: 'convicted' },
      sentenced: { legal: 'sentenced' },
      acquitted: { legal: 'acquitted' },
      other_proceedings: null,
      no_evidence_found: null,
      statement: null,
      denied_by_host: null,
      denied_by_china: null,
      other: null,
    });
    expect([...rules().INITIAL_ONLY].sort()).toEqual(['listed', 'media_report']);
  });

  it('list the values of each dimension in their documented order', () => {
    const { OPERATIONS, CLOSURE_BASES, INVESTIGATIONS, LEGAL_STAGES, STATUSES } = rules();
    expect(OPERATIONS).toEqual(['operating', 'closed']);
    expect(CLOSURE_BASES).toEqual(['claimed', 'reported', 'ordered', 'confirmed']);
    expect(INVESTIGATIONS).toEqual(['none', 'open', 'ended']);
    expect(LEGAL_STAGES).toEqual(['none', 'charged', 'acquitted', 'convicted', 'sentenced']);
    expect(STATUSES).toEqual(['reported', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted']);
  });

  it('start from an operating station with nothing else known when the first event is not a listing', () => {
    expect(state(['2023-01', 'raid'])).toEqual({
      operation: 'operating',
      closure: null,
      investigation: 'open',
      legal: 'none',
      status: 'investigating',
    });
    expect(state(['2023-01', 'charged'])).toEqual({
      operation: 'operating',
      closure: null,
      investigation: 'none',
      legal: 'charged',
      status: 'prosecuted',
    });
  });

  it('give back the same state object for an event that changes nothing', () => {
    const open = state(LISTED, ['2022-10', 'raid'])!;
    expect(rules().applyEvent(open, { date: '2022-11', type: 'arrest' })).toBe(open);
    expect(rules().applyEvent(open, { date: '2022-11', type: 'statement' })).toBe(open);
    const closed = state(LISTED, ['2022-10', 'ordered_closed'])!;
    expect(rules().applyEvent(closed, { date: '2022-11', type: 'closure_claimed' })).toBe(closed);
    expect(rules().applyEvent(open, { date: '2022-11', type: 'closure_claimed' })).not.toBe(open);
  });

  it('ignore an event typed like an Object.prototype key', () => {
    expect(rules().applyEvent(null, { date: '2022', type: '__proto__' as EventType })).toBeNull();
    expect(rules().applyEvent(null, { date: '2022', type: 'toString' as EventType })).toBeNull();
  });

  it('check the order of a timeline', () => {
    expect(rules().isSorted(timeline(['2022', 'listed'], ['2022-01-01', 'raid'], ['2022-03', 'other']))).toBe(true);
    expect(rules().isSorted(timeline(['2022-03', 'listed'], ['2022-02-28', 'raid']))).toBe(false);
  });
});
