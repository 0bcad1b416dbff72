// The derivation rules: what each kind of event does to each value, and what it must never
// do (overstate). One block per line of CONTRIBUTING.md's rubric.
import { describe, expect, it } from 'vitest';
import type { EventScope, EventType, StationState } from '../src/types.js';
import { freshEachTest } from './fresh.js';

const rules = freshEachTest(() => import('../src/status.js'));

type Row = [string, EventType] | [string, EventType, { scope?: EventScope; observed?: string }];
const timeline = (...events: Row[]) => events.map(([date, type, extra]) => ({ date, type, ...extra }));
const state = (...events: Row[]) => rules().deriveState(timeline(...events));
const LISTED: Row = ['2022-09-12', 'listed'];

describe('a listing', () => {
  it('is not evidence of activity: the station starts unknown, never heard of since', () => {
    expect(state(LISTED)).toEqual({
      operation: 'unknown',
      closure: null,
      closureOrdered: null,
      lastReportedActive: null,
      investigation: 'none',
      investigationAsOf: null,
      legal: 'none',
      status: 'reported',
      lastHeard: null,
    });
  });

  it('never undoes anything, nor counts as news of the station', () => {
    const closed = state(LISTED, ['2022-11-01', 'closure_confirmed'], ['2022-12-05', 'listed']);
    expect(closed).toMatchObject({ operation: 'closed', closure: 'confirmed', lastHeard: '2022-11-01' });
    const investigated = state(LISTED, ['2022-10', 'investigation_opened'], ['2022-12-05', 'listed']);
    expect(investigated).toMatchObject({ investigation: 'open', investigationAsOf: '2022-10', lastHeard: '2022-10' });
  });
});

describe('activity_reported', () => {
  it('makes a station active, dated by when the activity was seen, not published', () => {
    const active = state(LISTED, ['2023-05-16', 'activity_reported', { observed: '2023-05-15' }]);
    expect(active).toMatchObject({
      operation: 'active',
      lastReportedActive: '2023-05-15',
      status: 'active',
      lastHeard: '2023-05-16',
    });
  });

  it('falls back to the event date where no observed date is given', () => {
    expect(state(LISTED, ['2023-05', 'activity_reported'])!.lastReportedActive).toBe('2023-05');
  });

  it('reopens an earlier closure, whoever claimed it', () => {
    const reopened = state(LISTED, ['2023-02', 'closure_claimed'], ['2023-03', 'activity_reported', { observed: '2023-03' }]);
    expect(reopened).toMatchObject({ operation: 'active', closure: null, status: 'active' });
  });

  it('keeps the latest observed date, and keeps it after a later closure', () => {
    const s = state(
      LISTED,
      ['2023-03', 'activity_reported', { observed: '2023-03' }],
      ['2024-11-27', 'activity_reported', { observed: '2024' }],
      ['2025-07', 'closure_confirmed'],
    );
    // A year counts from its first day: '2024' is later than '2023-03'.
    expect(s).toMatchObject({ operation: 'closed', closure: 'confirmed', lastReportedActive: '2024' });
    const older = state(
      LISTED,
      ['2024-06', 'activity_reported', { observed: '2024-06' }],
      ['2024-07', 'activity_reported', { observed: '2023' }],
    );
    expect(older!.lastReportedActive).toBe('2024-06');
  });
});

describe('closures: who says it closed', () => {
  it('closes on the host, the press or China, with that basis', () => {
    expect(state(LISTED, ['2022-11-01', 'closure_confirmed'])).toMatchObject({
      operation: 'closed',
      closure: 'confirmed',
      status: 'closed',
    });
    expect(state(LISTED, ['2022-11-01', 'closure_reported'])).toMatchObject({
      closure: 'reported',
      status: 'closed-unconfirmed',
    });
    expect(state(LISTED, ['2022-11-01', 'closure_claimed'])).toMatchObject({ closure: 'claimed', status: 'closed-unconfirmed' });
  });

  it('keeps the strongest basis, whatever the order, and starts a new closure from its own', () => {
    expect(state(LISTED, ['2022-11-01', 'closure_confirmed'], ['2022-11-02', 'closure_claimed'])!.closure).toBe('confirmed');
    expect(state(LISTED, ['2022-11-01', 'closure_claimed'], ['2022-12-20', 'closure_reported'])!.closure).toBe('reported');
    const again = state(
      LISTED,
      ['2022-11-01', 'closure_confirmed'],
      ['2024-11-27', 'activity_reported', { observed: '2024-11' }],
      ['2025-01', 'closure_claimed'],
    );
    expect(again!.closure).toBe('claimed');
  });
});

describe('ordered_closed: an order is not a closure', () => {
  it('records the date of the first order and closes nothing', () => {
    const ordered = state(LISTED, ['2022-11-03', 'ordered_closed'], ['2023-06', 'ordered_closed']);
    expect(ordered).toMatchObject({ operation: 'unknown', closure: null, closureOrdered: '2022-11-03', status: 'reported' });
  });

  it('leaves an active station active, and an embassy claim after it only claimed', () => {
    const de = state(
      LISTED,
      ['2022-11-03', 'ordered_closed'],
      ['2023-02', 'closure_claimed'],
      ['2023-03', 'activity_reported', { observed: '2023-03' }],
    );
    expect(de).toMatchObject({ operation: 'active', closureOrdered: '2022-11-03', status: 'active' });
    const ie = state(LISTED, ['2022-10-25', 'closure_claimed'], ['2022-10-26', 'ordered_closed']);
    expect(ie).toMatchObject({ closure: 'claimed', closureOrdered: '2022-10-26', status: 'closed-unconfirmed' });
  });
});

describe('investigations age visibly', () => {
  it('opens on an inquiry, a search or an arrest, dated by it', () => {
    expect(state(LISTED, ['2022-10', 'raid'])).toMatchObject({
      investigation: 'open',
      investigationAsOf: '2022-10',
      legal: 'none',
    });
    expect(state(LISTED, ['2023-04-17', 'arrest'])).toMatchObject({ investigation: 'open', investigationAsOf: '2023-04-17' });
    expect(state(LISTED, ['2022-10-26', 'investigation_opened'])).toMatchObject({ status: 'investigating' });
  });

  it('refreshes an open inquiry on a statement that it continues, and never opens one', () => {
    const refreshed = state(LISTED, ['2022-10-26', 'investigation_opened'], ['2024-10-03', 'investigation_ongoing']);
    expect(refreshed).toMatchObject({ investigation: 'open', investigationAsOf: '2024-10-03' });
    expect(state(LISTED, ['2023-05-09', 'investigation_ongoing'])).toMatchObject({
      investigation: 'none',
      investigationAsOf: null,
      lastHeard: '2023-05-09',
    });
    const ended = state(
      LISTED,
      ['2022-10', 'investigation_opened'],
      ['2025-09-26', 'investigation_closed'],
      ['2026-01', 'investigation_ongoing'],
    );
    expect(ended).toMatchObject({ investigation: 'ended', investigationAsOf: '2025-09-26' });
  });

  it('takes a finding of no evidence as news of an open inquiry, not its end', () => {
    const found = state(LISTED, ['2022-10', 'investigation_opened'], ['2023-02', 'no_evidence_found']);
    expect(found).toMatchObject({ investigation: 'open', investigationAsOf: '2023-02' });
    expect(state(LISTED, ['2023-02', 'no_evidence_found'])).toMatchObject({ investigation: 'none', investigationAsOf: null });
  });

  it('ends only on investigation_closed, and a later search opens a new one', () => {
    expect(state(LISTED, ['2022-10', 'investigation_opened'], ['2025-09-26', 'investigation_closed'])).toMatchObject({
      investigation: 'ended',
      investigationAsOf: '2025-09-26',
    });
    expect(state(LISTED, ['2025-09-26', 'investigation_closed'], ['2026-01', 'raid'])!.investigation).toBe('open');
  });
});

describe('the legal stage', () => {
  it('keeps the furthest stage reached, and counts a guilty plea as a conviction', () => {
    expect(state(LISTED, ['2023-04-17', 'charged'], ['2024-12', 'guilty_plea'], ['2025-01', 'charged'])).toMatchObject({
      legal: 'convicted',
      status: 'prosecuted',
    });
    expect(state(LISTED, ['2025-01', 'acquitted'])!.legal).toBe('acquitted');
    expect(state(LISTED, ['2025-01', 'convicted'], ['2025-05', 'sentenced'])!.legal).toBe('sentenced');
  });

  it('ignores proceedings on other grounds, which are only news of the station', () => {
    expect(state(LISTED, ['2024-02', 'other_proceedings'])).toMatchObject({
      legal: 'none',
      investigation: 'none',
      lastHeard: '2024-02',
    });
  });
});

describe('types that set nothing but lastHeard', () => {
  it.each(['denied_by_host', 'denied_by_china', 'statement', 'other', 'other_proceedings'] as const)('%s', (type) => {
    const before = state(LISTED)!;
    const after = state(LISTED, ['2023-01', type])!;
    expect({ ...after, lastHeard: null }).toEqual(before);
    expect(after.lastHeard).toBe('2023-01');
  });
});

describe('scope', () => {
  it('a country-context event changes nothing, not even lastHeard', () => {
    const before = state(LISTED, ['2022-10', 'investigation_opened']);
    const after = state(LISTED, ['2022-10', 'investigation_opened'], ['2025-07-17', 'other', { scope: 'country' }]);
    expect(after).toEqual(before);
    const open = before!;
    expect(rules().applyEvent(open, { date: '2025', type: 'closure_confirmed', scope: 'country' })).toBe(open);
    expect(rules().applyEvent(null, { date: '2025', type: 'statement', scope: 'country' })).toBeNull();
  });

  it('isNews says which events set lastHeard: station scope, not a listing', () => {
    expect(rules().isNews({ date: '2025', type: 'statement' })).toBe(true);
    expect(rules().isNews({ date: '2025', type: 'statement', scope: 'station' })).toBe(true);
    expect(rules().isNews({ date: '2025', type: 'statement', scope: 'country' })).toBe(false);
    expect(rules().isNews({ date: '2025', type: 'listed' })).toBe(false);
  });

  it('a station event names the station: scope station is the default', () => {
    expect(rules().applyEvent(null, { date: '2025', type: 'statement', scope: 'station' })!.lastHeard).toBe('2025');
    expect(rules().applyEvent(null, { date: '2025', type: 'statement' })!.lastHeard).toBe('2025');
  });
});

describe('deriveState on a day', () => {
  const events = timeline(
    LISTED,
    ['2022-10', 'investigation_opened'],
    ['2022-11-01', 'closure_confirmed'],
    ['2023-04-17', 'charged'],
  );

  it('is null before the first event that takes effect', () => {
    expect(rules().deriveState(events, '2022-09-11')).toBeNull();
    expect(rules().deriveState(timeline(['2022-08', 'statement', { scope: 'country' }], LISTED), '2022-08-31')).toBeNull();
  });

  it('counts a partial date from the first day of its period', () => {
    expect(rules().deriveState(events, '2022-09-30')!.status).toBe('reported');
    expect(rules().deriveState(events, '2022-10-01')!.status).toBe('investigating');
    expect(rules().deriveState(events, '2022-11-01')!.status).toBe('closed');
    expect(rules().deriveState(events, '2023-04-17')!.status).toBe('prosecuted');
    expect(rules().deriveState(events)).toEqual(rules().deriveState(events, '9999-12-31'));
  });

  it('does not know of an activity report before the day it was published', () => {
    const later = timeline(LISTED, ['2023-05-16', 'activity_reported', { observed: '2023-05-15' }]);
    expect(rules().deriveState(later, '2023-05-15')!.operation).toBe('unknown');
    expect(rules().deriveState(later, '2023-05-16')!.operation).toBe('active');
  });

  it('lists only the events that changed something', () => {
    const changes = rules().stateChanges(
      timeline(LISTED, ['2022-10', 'other', { scope: 'country' }], ['2022-11', 'investigation_opened'], ['2022-12-05', 'listed']),
    );
    expect(changes.map((c) => c.event.type)).toEqual(['listed', 'investigation_opened']);
  });

  it('dates statusSince by the event that set the current status, and puts lastHeard last', () => {
    expect(rules().currentState(events)!.statusSince).toBe('2023-04-17');
    const sameStatus = timeline(LISTED, ['2022-11-01', 'closure_confirmed'], ['2022-12-20', 'closure_confirmed']);
    expect(rules().currentState(sameStatus)).toMatchObject({ closure: 'confirmed', status: 'closed', statusSince: '2022-11-01' });
    expect(Object.keys(rules().currentState(sameStatus)!).slice(-3)).toEqual(['status', 'statusSince', 'lastHeard']);
    expect(rules().currentState(timeline(['2022', 'statement', { scope: 'country' }]))).toBeNull();
  });
});

describe('the rules tables', () => {
  it('set what the rubric says, each value apart', () => {
    expect(rules().EVENT_EFFECTS).toEqual({
      listed: null,
      activity_reported: { operation: 'active' },
      closure_confirmed: { operation: 'closed', closure: 'confirmed' },
      closure_reported: { operation: 'closed', closure: 'reported' },
      closure_claimed: { operation: 'closed', closure: 'claimed' },
      ordered_closed: { closureOrdered: true },
      investigation_opened: { investigation: 'open' },
      investigation_ongoing: { refreshesInvestigation: true },
      raid: { investigation: 'open' },
      arrest: { investigation: 'open' },
      investigation_closed: { investigation: 'ended' },
      no_evidence_found: { refreshesInvestigation: true },
      charged: { legal: 'charged' },
      guilty_plea: { legal: 'convicted' },
      convicted: { legal: 'convicted' },
      sentenced: { legal: 'sentenced' },
      acquitted: { legal: 'acquitted' },
      other_proceedings: null,
      denied_by_host: null,
      denied_by_china: null,
      statement: null,
      other: null,
    });
    expect([...rules().INITIAL_ONLY]).toEqual(['listed']);
    expect(Object.keys(rules().EVENT_EFFECTS)).toEqual(rules().EVENT_TYPES);
  });

  it('list the values of each dimension in their documented order', () => {
    const { OPERATIONS, CLOSURE_BASES, INVESTIGATIONS, LEGAL_STAGES, STATUSES, SCOPES } = rules();
    expect(OPERATIONS).toEqual(['unknown', 'active', 'closed']);
    expect(CLOSURE_BASES).toEqual(['claimed', 'reported', 'confirmed']);
    expect(INVESTIGATIONS).toEqual(['none', 'open', 'ended']);
    expect(LEGAL_STAGES).toEqual(['none', 'charged', 'acquitted', 'convicted', 'sentenced']);
    expect(STATUSES).toEqual(['reported', 'active', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted']);
    expect(SCOPES).toEqual(['station', 'country']);
  });

  it('start from an unknown station with nothing else known when the first event is not a listing', () => {
    expect(state(['2023-01', 'raid'])).toEqual({
      operation: 'unknown',
      closure: null,
      closureOrdered: null,
      lastReportedActive: null,
      investigation: 'open',
      investigationAsOf: '2023-01',
      legal: 'none',
      status: 'investigating',
      lastHeard: '2023-01',
    });
  });

  it('give back the same state object for an event that changes nothing', () => {
    const open = state(LISTED, ['2022-10', 'raid'])!;
    expect(rules().applyEvent(open, { date: '2022-10', type: 'arrest' })).toBe(open);
    expect(rules().applyEvent(open, { date: '2022-10', type: 'statement' })).toBe(open);
    expect(rules().applyEvent(open, { date: '2022-11', type: 'statement' })).not.toBe(open);
    const closed = state(LISTED, ['2022-10', 'closure_confirmed'])!;
    expect(rules().applyEvent(closed, { date: '2022-10', type: 'closure_claimed' })).toBe(closed);
  });

  it('refuse an event typed like an Object.prototype key, as any unknown type', () => {
    for (const type of ['__proto__', 'toString']) {
      expect(() => rules().applyEvent(null, { date: '2022', type: type as EventType })).toThrow(
        new RangeError(
          `applyEvent: unknown event.type "${type}"; expected one of ${rules()
            .EVENT_TYPES.map((t) => `"${t}"`)
            .join(', ')}`,
        ),
      );
    }
  });

  it('check the order of a timeline', () => {
    expect(rules().isSorted(timeline(['2022', 'listed'], ['2022-01-01', 'raid'], ['2022-03', 'other']))).toBe(true);
    expect(rules().isSorted(timeline(['2022-03', 'listed'], ['2022-02-28', 'raid']))).toBe(false);
  });
});

describe('statusOf', () => {
  const base: Omit<StationState, 'status'> = {
    operation: 'unknown',
    closure: null,
    closureOrdered: null,
    lastReportedActive: null,
    investigation: 'none',
    investigationAsOf: null,
    legal: 'none',
    lastHeard: null,
  };

  it('summarises in the documented order of precedence', () => {
    expect(rules().statusOf(base)).toBe('reported');
    expect(rules().statusOf({ ...base, closureOrdered: '2022-11' })).toBe('reported');
    expect(rules().statusOf({ ...base, operation: 'active' })).toBe('active');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'claimed' })).toBe('closed-unconfirmed');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'reported' })).toBe('closed-unconfirmed');
    expect(rules().statusOf({ ...base, operation: 'active', investigation: 'open' })).toBe('investigating');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'claimed', investigation: 'open' })).toBe('investigating');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'confirmed', investigation: 'open' })).toBe('closed');
    expect(rules().statusOf({ ...base, investigation: 'ended' })).toBe('reported');
    expect(rules().statusOf({ ...base, operation: 'closed', closure: 'confirmed', legal: 'acquitted' })).toBe('prosecuted');
  });
});

describe('STATUS_COLOURS', () => {
  it('gives every status its own colour, frozen', async () => {
    const { STATUS_COLOURS } = await import('../src/status-colours.js');
    expect(Object.keys(STATUS_COLOURS)).toEqual(rules().STATUSES);
    expect(new Set(Object.values(STATUS_COLOURS)).size).toBe(rules().STATUSES.length);
    for (const colour of Object.values(STATUS_COLOURS)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.isFrozen(STATUS_COLOURS)).toBe(true);
  });
});

describe('the rule functions check their arguments', () => {
  const events = timeline(LISTED, ['2022-10-25', 'investigation_opened'], ['2022-10-26', 'closure_confirmed']);

  it('read a day as stateOn does: a Date is its UTC day, a partial date runs to the end of its period', () => {
    expect(rules().deriveState(events, new Date('2022-10-25T23:30:00Z'))).toEqual(rules().deriveState(events, '2022-10-25'));
    expect(rules().deriveState(events, '2022-10-25')?.investigation).toBe('open');
    expect(rules().deriveState(events, '2022-10')?.operation).toBe('closed');
    expect(rules().stateChanges(events, '2022-10-25')).toHaveLength(2);
    expect(rules().stateChanges(events, new Date(Date.UTC(2022, 9, 26)))).toHaveLength(3);
  });

  it('give a TypeError for a wrong type and a RangeError for an unknown value, naming the function and the place', () => {
    const { deriveState, stateChanges, currentState, applyEvent, statusOf, isNews } = rules();
    const cases: [() => unknown, Error][] = [
      [() => deriveState('events' as never), new TypeError('deriveState: events must be an array of events, got "events"')],
      [() => currentState([null] as never), new TypeError('currentState: events[0] must be an object, got null')],
      [
        () => stateChanges([{ date: 2022, type: 'listed' }] as never),
        new TypeError('stateChanges: events[0].date must be a date string, got number'),
      ],
      [
        () => deriveState([{ date: '2022-02-30', type: 'listed' }] as never),
        new RangeError('deriveState: events[0].date "2022-02-30" is not a real date as YYYY, YYYY-MM or YYYY-MM-DD'),
      ],
      [
        () => deriveState([{ date: '2022', type: 'listed', scope: 'city' }] as never),
        new RangeError('deriveState: unknown events[0].scope "city"; expected one of "station", "country"'),
      ],
      [
        () => deriveState([{ date: '2022', type: 'activity_reported', observed: 'soon' }] as never),
        new RangeError('deriveState: events[0].observed "soon" is not a real date as YYYY, YYYY-MM or YYYY-MM-DD'),
      ],
      [
        () => currentState([...events].reverse()),
        new RangeError(
          'currentState: events[1] (2022-10-25) is earlier than events[0] (2022-10-26); sort the events oldest first',
        ),
      ],
      [() => deriveState(events, 20221025 as never), new TypeError('deriveState: day must be a string, got number')],
      [
        () => stateChanges(events, 'tomorrow'),
        new RangeError('stateChanges: unknown day "tomorrow"; expected a Date or a date string as YYYY, YYYY-MM or YYYY-MM-DD'),
      ],
      [() => isNews(undefined as never), new TypeError('isNews: event must be an object, got undefined')],
      [() => statusOf({} as never), new TypeError('statusOf: state.operation must be a string, got undefined')],
      [
        () => statusOf({ ...rules().deriveState(events)!, legal: 'jailed' } as never),
        new RangeError(
          'statusOf: unknown state.legal "jailed"; expected one of "none", "charged", "acquitted", "convicted", "sentenced"',
        ),
      ],
      [
        () => statusOf({ ...rules().deriveState(events)!, closure: 'maybe' } as never),
        new RangeError('statusOf: unknown state.closure "maybe"; expected null or one of "claimed", "reported", "confirmed"'),
      ],
      [
        () => applyEvent({ ...rules().deriveState(events)!, investigation: 7 } as never, events[0]!),
        new TypeError('applyEvent: before.investigation must be a string, got number'),
      ],
    ];
    for (const [call, error] of cases) {
      expect(call).toThrow(error);
      expect(call).toThrow(error.constructor as ErrorConstructor);
    }
  });
});
