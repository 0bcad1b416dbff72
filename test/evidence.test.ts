// The promises of the evidence model (3.0), as properties: over the shipped data and over
// generated timelines, nothing derived claims more than its events say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../src/dates.js';
import {
  currentState,
  deriveState,
  EVENT_EFFECTS,
  EVENT_TYPES,
  type EventType,
  getDetails,
  getEvents,
  type StationEvent,
  stations,
} from '../src/index.js';

const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);

/** A generated timeline: a listing and events of any type and scope, in date order (the listing first within a day). */
const day = fc
  .date({ min: new Date('2022-09-13T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 4), d.toISOString().slice(0, 7), d.toISOString().slice(0, 10)));
const typed = EVENT_TYPES.filter((type) => type !== 'listed');
const generatedEvent = fc.record({
  date: day,
  type: fc.constantFrom(...typed),
  scope: fc.constantFrom('station' as const, 'country' as const),
});
const generatedTimeline = fc
  .array(generatedEvent, { maxLength: 12 })
  .map((events) =>
    [
      { date: '2022-09-12', type: 'listed' as EventType, scope: 'station' as const, observed: null },
      ...events.map((event) => ({ ...event, observed: event.type === 'activity_reported' ? event.date : null })),
    ].sort((a, b) => compareDates(a.date, b.date)),
  );

const runs = { numRuns: 300 };

describe('over generated timelines', () => {
  it('no station is active without a station-scope activity event', () => {
    fc.assert(
      fc.property(generatedTimeline, (events) => {
        const state = deriveState(events)!;
        const activity = events.filter((e) => e.type === 'activity_reported' && e.scope === 'station');
        if (state.operation === 'active') expect(activity.length).toBeGreaterThan(0);
        expect(state.lastReportedActive === null).toBe(activity.length === 0);
      }),
      runs,
    );
  });

  it('an order alone never closes: removing every order changes nothing but closureOrdered', () => {
    fc.assert(
      fc.property(generatedTimeline, (events) => {
        const withOrders = deriveState(events)!;
        const without = deriveState(
          events.map((e) => (e.type === 'ordered_closed' ? { ...e, type: 'statement' as EventType } : e)),
        )!;
        expect({ ...withOrders, closureOrdered: null }).toEqual({ ...without, closureOrdered: null });
      }),
      runs,
    );
  });

  it('a context event never changes a value or the last-heard date', () => {
    fc.assert(
      fc.property(generatedTimeline, (events) => {
        const stationOnly = events.filter((e) => e.scope === 'station');
        expect(deriveState(events)).toEqual(deriveState(stationOnly));
      }),
      runs,
    );
  });

  it('the date of last activity is the latest observed date of the activity events', () => {
    fc.assert(
      fc.property(generatedTimeline, (events) => {
        const observed = events.filter((e) => e.type === 'activity_reported' && e.scope === 'station').map((e) => e.observed!);
        const expected = observed.length === 0 ? null : observed.reduce(later);
        const actual = deriveState(events)!.lastReportedActive;
        expect(actual === null ? null : compareDates(actual, expected!)).toBe(expected === null ? null : 0);
      }),
      runs,
    );
  });

  it('an investigation is open only after an event that opens one, and never dated before it', () => {
    fc.assert(
      fc.property(generatedTimeline, (events) => {
        const state = deriveState(events)!;
        const opening = events.filter((e) => e.scope === 'station' && EVENT_EFFECTS[e.type]?.investigation === 'open');
        if (state.investigation === 'open') {
          expect(opening.length).toBeGreaterThan(0);
          expect(compareDates(state.investigationAsOf!, opening.at(-1)!.date)).toBeGreaterThanOrEqual(0);
        }
        expect(state.investigationAsOf === null).toBe(state.investigation === 'none');
      }),
      runs,
    );
  });
});

describe('over the shipped data', () => {
  const detailsOf = (id: string) => getDetails(id)!;

  it('re-deriving every station from getDetails(id).events with the exported rules gives the shipped values', () => {
    for (const station of stations) {
      const derived = currentState(detailsOf(station.id).events)!;
      for (const [key, value] of Object.entries(derived)) {
        expect([station.id, key, (station as unknown as Record<string, unknown>)[key]]).toEqual([station.id, key, value]);
      }
    }
  });

  it('no station is active without an activity event of its own, and none is closed on an order alone', () => {
    for (const station of stations) {
      const events = detailsOf(station.id).events.filter((e) => e.scope === 'station');
      const has = (type: EventType) => events.some((e) => e.type === type);
      if (station.operation === 'active') expect([station.id, has('activity_reported')]).toEqual([station.id, true]);
      if (station.operation === 'closed') {
        const closing = events.filter((e) => EVENT_EFFECTS[e.type]?.operation === 'closed');
        expect([station.id, closing.length > 0]).toEqual([station.id, true]);
      }
      expect([station.id, station.closureOrdered !== null]).toEqual([station.id, has('ordered_closed')]);
    }
  });

  it('the date of last activity is never later than the newest activity event it rests on', () => {
    for (const station of stations) {
      const activity = detailsOf(station.id).events.filter((e) => e.type === 'activity_reported' && e.scope === 'station');
      if (activity.length === 0) {
        expect([station.id, station.lastReportedActive]).toEqual([station.id, null]);
        continue;
      }
      const newest = activity.map((e) => e.observed!).reduce(later);
      expect(compareDates(station.lastReportedActive!, newest)).toBe(0);
      for (const event of activity) expect(compareDates(event.observed!, event.date)).toBeLessThanOrEqual(0);
    }
  });

  it('country context sets nothing: without it every station derives the same', () => {
    const context = getEvents().filter((e) => e.scope === 'country');
    expect(context.length).toBeGreaterThan(0);
    for (const event of context) expect([event.id, EVENT_EFFECTS[event.type]]).toEqual([event.id, null]);
    for (const station of stations) {
      const events = detailsOf(station.id).events;
      expect(deriveState(events.filter((e: StationEvent) => e.scope === 'station'))).toEqual(deriveState(events));
    }
  });

  it('gives observed dates to reports of activity and to nothing else', () => {
    for (const event of getEvents()) {
      expect([event.id, event.observed !== null]).toEqual([event.id, event.type === 'activity_reported']);
    }
  });
});
