// The derivation rules: what each kind of event does to each dimension, and what it must
// never do (overstate).
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  CLOSURE_BASES,
  currentState,
  deriveState,
  EVENT_EFFECTS,
  isSorted,
  LEGAL_STAGES,
  stateChanges,
  statusOf,
} from '../src/status.js';
import type { EventType, StationState } from '../src/types.js';

const timeline = (...events: [string, EventType][]) => events.map(([date, type]) => ({ date, type }));
const state = (...events: [string, EventType][]) => deriveState(timeline(...events));
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
    expect(CLOSURE_BASES).toEqual(['claimed', 'reported', 'ordered', 'confirmed']);
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
    expect(LEGAL_STAGES).toEqual(['none', 'charged', 'acquitted', 'convicted', 'sentenced']);
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
    expect(statusOf(base)).toBe('reported');
    expect(statusOf({ ...base, operation: 'closed', closure: 'claimed' })).toBe('closed-unconfirmed');
    expect(statusOf({ ...base, operation: 'closed', closure: 'reported' })).toBe('closed-unconfirmed');
    expect(statusOf({ ...base, operation: 'closed', closure: 'claimed', investigation: 'open' })).toBe('investigating');
    expect(statusOf({ ...base, operation: 'closed', closure: 'ordered', investigation: 'open' })).toBe('closed');
    expect(statusOf({ ...base, operation: 'closed', closure: 'confirmed' })).toBe('closed');
    expect(statusOf({ ...base, investigation: 'ended' })).toBe('reported');
    expect(statusOf({ ...base, operation: 'closed', closure: 'confirmed', legal: 'acquitted' })).toBe('prosecuted');
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
    expect(deriveState(events, '2022-09-11')).toBeNull();
    expect(deriveState(timeline(['2022-08', 'statement'], LISTED), '2022-08-31')).toBeNull();
  });

  it('counts a partial date from the first day of its period', () => {
    expect(deriveState(events, '2022-09-30')!.status).toBe('reported');
    expect(deriveState(events, '2022-10-01')!.status).toBe('investigating');
    expect(deriveState(events, '2022-11-01')!.status).toBe('closed');
    expect(deriveState(events, '2023-04-17')!.status).toBe('prosecuted');
    expect(deriveState(events)).toEqual(deriveState(events, '9999-12-31'));
  });

  it('lists only the events that changed something', () => {
    const changes = stateChanges(
      timeline(LISTED, ['2022-10', 'statement'], ['2022-12-05', 'listed'], ['2022-11', 'investigation_opened']),
    );
    expect(changes.map((c) => c.event.type)).toEqual(['listed', 'investigation_opened']);
  });

  it('dates statusSince by the event that set the current status', () => {
    expect(currentState(events)!.statusSince).toBe('2023-04-17');
    const sameStatus = timeline(LISTED, ['2022-11-01', 'ordered_closed'], ['2022-12-20', 'closure_confirmed']);
    expect(currentState(sameStatus)).toMatchObject({ closure: 'confirmed', status: 'closed', statusSince: '2022-11-01' });
    expect(currentState(timeline(['2022', 'statement']))).toBeNull();
  });
});

describe('the rules tables', () => {
  it('give every event type an effect or none, and only the documented ones take effect', () => {
    const effective = Object.entries(EVENT_EFFECTS)
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

  it('ignore an event typed like an Object.prototype key', () => {
    expect(applyEvent(null, { date: '2022', type: '__proto__' as EventType })).toBeNull();
    expect(applyEvent(null, { date: '2022', type: 'toString' as EventType })).toBeNull();
  });

  it('check the order of a timeline', () => {
    expect(isSorted(timeline(['2022', 'listed'], ['2022-01-01', 'raid'], ['2022-03', 'other']))).toBe(true);
    expect(isSorted(timeline(['2022-03', 'listed'], ['2022-02-28', 'raid']))).toBe(false);
  });
});
