// The rules that derive what happened to a station from its dated events. Every derived
// value the package ships comes from `deriveState` over the station's timeline, so anyone
// can re-run them; the tables below are the whole of the rules.
import { frozenCopy } from './freeze.js';
import { readonlySet } from './readonly-set.js';
import { checkEvent, checkEvents, checkState } from './rule-args.js';
import { toDay } from './validate.js';
import { compareDates, startOf } from './dates.js';
import type { DateInput } from './query-types.js';
import type { ClosureBasis, EventScope, EventType, Investigation, LegalStage, Operation, StationState, Status } from './types.js';
import {
  CLOSURE_BASIS_VALUES,
  EVENT_TYPE_VALUES,
  INVESTIGATION_VALUES,
  LEGAL_STAGE_VALUES,
  OPERATION_VALUES,
  SCOPE_VALUES,
  STATE_FIELDS,
  STATUS_VALUES,
} from './values.js';

/** Whether a station operates, as far as its events show: `unknown`, `active`, `closed`. */
export const OPERATIONS: readonly Operation[] = /* @__PURE__ */ frozenCopy(OPERATION_VALUES);

/**
 * Who says a station closed, weakest first: `claimed` by the operator, its embassy or
 * China; `reported` by the press from what it found; `confirmed` by the host government,
 * its police or a court as having happened. While a station is closed, the strongest basis
 * seen so far is kept.
 */
export const CLOSURE_BASES: readonly ClosureBasis[] = /* @__PURE__ */ frozenCopy(CLOSURE_BASIS_VALUES);

/** Where the host's investigation stands: none known, open (opened, or a search or arrest), or ended. */
export const INVESTIGATIONS: readonly Investigation[] = /* @__PURE__ */ frozenCopy(INVESTIGATION_VALUES);

/**
 * How far prosecutors and courts went over the station's activity, in order; the furthest
 * stage reached by anyone linked to the station is kept. Charges on other grounds against
 * someone linked to a site (`other_proceedings` events) do not count.
 */
export const LEGAL_STAGES: readonly LegalStage[] = /* @__PURE__ */ frozenCopy(LEGAL_STAGE_VALUES);

/** The summary values of `statusOf`, from the first a station gets to the most serious. */
export const STATUSES: readonly Status[] = /* @__PURE__ */ frozenCopy(STATUS_VALUES);

/** Every event type, in the order of the typing rubric (CONTRIBUTING.md). */
export const EVENT_TYPES: readonly EventType[] = /* @__PURE__ */ frozenCopy(EVENT_TYPE_VALUES);

/** What an event may concern: `station` (the stations it names) or `country` (context, which sets nothing). */
export const SCOPES: readonly EventScope[] = /* @__PURE__ */ frozenCopy(SCOPE_VALUES);

/**
 * What one event sets. `operation`: `active` (with `lastReportedActive`, the event's
 * `observed` date) or `closed` with a `closure` basis; `closureOrdered`: the host ordered a
 * closure; `investigation`: `open` or `ended` (and `investigationAsOf`, the event's date);
 * `refreshesInvestigation`: the date an open inquiry was last heard of, never opening one;
 * `legal`: a legal stage.
 */
export interface EventEffect {
  readonly operation?: Exclude<Operation, 'unknown'>;
  readonly closure?: ClosureBasis;
  readonly closureOrdered?: true;
  readonly investigation?: Exclude<Investigation, 'none'>;
  readonly refreshesInvestigation?: true;
  readonly legal?: LegalStage;
}

const effect = (value: EventEffect): EventEffect => Object.freeze(value);

/**
 * What each event type sets. Types mapped to `null` set no value: a denial does not close
 * a station, and charges on other grounds (`other_proceedings`) are not a legal stage of
 * the station. `listed` sets nothing either (a listing is not evidence of activity): it
 * starts a timeline at `unknown`. Every event about the station itself, of any type but
 * `listed`, also sets `lastHeard`; an event whose `scope` is `country` sets nothing.
 */
export const EVENT_EFFECTS: Readonly<Record<EventType, EventEffect | null>> = /* @__PURE__ */ (() =>
  Object.freeze({
    listed: null,
    activity_reported: effect({ operation: 'active' }),
    closure_confirmed: effect({ operation: 'closed', closure: 'confirmed' }),
    closure_reported: effect({ operation: 'closed', closure: 'reported' }),
    closure_claimed: effect({ operation: 'closed', closure: 'claimed' }),
    ordered_closed: effect({ closureOrdered: true }),
    investigation_opened: effect({ investigation: 'open' }),
    investigation_ongoing: effect({ refreshesInvestigation: true }),
    raid: effect({ investigation: 'open' }),
    arrest: effect({ investigation: 'open' }),
    investigation_closed: effect({ investigation: 'ended' }),
    no_evidence_found: effect({ refreshesInvestigation: true }),
    charged: effect({ legal: 'charged' }),
    guilty_plea: effect({ legal: 'convicted' }),
    convicted: effect({ legal: 'convicted' }),
    sentenced: effect({ legal: 'sentenced' }),
    acquitted: effect({ legal: 'acquitted' }),
    other_proceedings: null,
    denied_by_host: null,
    denied_by_china: null,
    statement: null,
    other: null,
  }))();

/**
 * Event types that only start a station's state: being listed again in a later report
 * never undoes a closure or an investigation, nor counts as news of the station. A
 * read-only view: it has the reading methods of a `Set`, and no `add`, `delete` or `clear`.
 */
export const INITIAL_ONLY: ReadonlySet<EventType> = /* @__PURE__ */ readonlySet<EventType>(['listed']);

/** The state of a station before its first event takes effect. */
const START: Omit<StationState, 'status'> = {
  operation: 'unknown',
  closure: null,
  closureOrdered: null,
  lastReportedActive: null,
  investigation: 'none',
  investigationAsOf: null,
  legal: 'none',
  lastHeard: null,
};

const STATE_KEYS = /* @__PURE__ */ Object.keys(START) as (keyof typeof START)[];

const stronger = <T>(order: readonly T[], a: T, b: T): T => (order.indexOf(a) >= order.indexOf(b) ? a : b);
const later = (a: string | null, b: string): string => (a !== null && compareDates(a, b) > 0 ? a : b);

/**
 * The one summary value of a state, for maps, tables and simple counts: the first that
 * holds of `prosecuted` (a legal stage other than `none`), `closed` (closed, as confirmed
 * by the host government, its police or a court), `investigating` (an open
 * investigation), `closed-unconfirmed` (closed only as claimed by the operator or China,
 * or as reported by the press), `active` (a report of activity, and no closure since),
 * `reported` (otherwise: listed, with no evidence since either way). An order to close
 * alone changes no status. It is lossy by design: the dimensions say the rest.
 */
export function statusOf(state: Omit<StationState, 'status'>): Status {
  checkState('statusOf', 'state', state);
  return summaryOf(state);
}

function summaryOf(state: Omit<StationState, 'status'>): Status {
  if (state.legal !== 'none') return 'prosecuted';
  if (state.operation === 'closed' && state.closure === 'confirmed') return 'closed';
  if (state.investigation === 'open') return 'investigating';
  if (state.operation === 'closed') return 'closed-unconfirmed';
  if (state.operation === 'active') return 'active';
  return 'reported';
}

/** What the rules read of an event: its date, type and scope, and for a report of activity when it was seen. */
export interface DatedEvent {
  readonly date: string;
  readonly type: EventType;
  /** `station` when omitted. */
  readonly scope?: EventScope;
  /** For `activity_reported`: when the activity was seen; the event's `date` when omitted or `null`. */
  readonly observed?: string | null;
}

/**
 * True for an event that is news of the stations it names, which sets their `lastHeard`:
 * one of station scope that is not a report's listing (`INITIAL_ONLY`).
 */
export function isNews(event: DatedEvent): boolean {
  checkEvent('isNews', 'event', event);
  return newsOf(event);
}

const newsOf = (event: DatedEvent): boolean => event.scope !== 'country' && !INITIAL_ONLY.has(event.type);

/**
 * The state after one event, given the state before it (`null` before the station's first
 * event that takes effect); the same state object when the event changes nothing. An
 * event whose `scope` is `country` changes nothing. Throws a TypeError for an argument of
 * the wrong type and a RangeError for an unknown event type, scope or state value.
 */
export function applyEvent(before: StationState | null, event: DatedEvent): StationState | null {
  if (before !== null) checkState('applyEvent', 'before', before);
  checkEvent('applyEvent', 'event', event);
  return apply(before, event);
}

function apply(before: StationState | null, event: DatedEvent): StationState | null {
  if (event.scope === 'country') return before;
  if (before !== null && INITIAL_ONLY.has(event.type)) return before;
  const change = EVENT_EFFECTS[event.type];
  const state = { ...(before ?? START) };
  if (newsOf(event)) state.lastHeard = event.date;
  if (change?.operation === 'active') {
    state.operation = 'active';
    state.closure = null;
    state.lastReportedActive = later(state.lastReportedActive, event.observed ?? event.date);
  } else if (change?.operation === 'closed' && change.closure) {
    state.closure =
      state.operation === 'closed' && state.closure ? stronger(CLOSURE_BASES, state.closure, change.closure) : change.closure;
    state.operation = 'closed';
  }
  if (change?.closureOrdered) state.closureOrdered ??= event.date;
  if (change?.investigation) {
    state.investigation = change.investigation;
    state.investigationAsOf = event.date;
  } else if (change?.refreshesInvestigation && state.investigation === 'open') {
    state.investigationAsOf = event.date;
  }
  if (change?.legal) state.legal = stronger(LEGAL_STAGES, state.legal, change.legal);
  if (before !== null && STATE_KEYS.every((key) => before[key] === state[key])) return before;
  return Object.freeze({ ...state, status: summaryOf(state) });
}

/** One point of a timeline where the state changed: the event, and the state after it. */
export interface StateChange<E extends DatedEvent = DatedEvent> {
  readonly event: E;
  readonly state: StationState;
}

/**
 * Every change of state along a timeline sorted oldest first (of events with the same date,
 * the later one in the list comes later), up to the end of `day` (omit it for the whole
 * timeline). `day` is a date string read to the end of its period (`2022-10` is the end of
 * October 2022) or a `Date`, which stands for its calendar day in UTC, as for `stateOn`. An
 * event's partial date counts from the first day of its period. Throws a TypeError for an
 * argument of the wrong type, and a RangeError for an unknown value or unsorted events.
 */
export function stateChanges<E extends DatedEvent>(events: readonly E[], day?: DateInput): StateChange<E>[] {
  checkEvents('stateChanges', events);
  return changesOf(events, day === undefined ? undefined : toDay('stateChanges', 'day', day, true));
}

/** `stateChanges` over events already checked, up to the end of `day` (`yyyy-MM-dd`). */
function changesOf<E extends DatedEvent>(events: readonly E[], day?: string): StateChange<E>[] {
  const changes: StateChange<E>[] = [];
  let state: StationState | null = null;
  for (const event of events) {
    if (day !== undefined && startOf(event.date) > day) break;
    const after = apply(state, event);
    if (after !== state && after !== null) changes.push({ event, state: after });
    state = after;
  }
  return changes;
}

/**
 * A station's state at the end of `day` (omit it for its current state; a date string or
 * a `Date`, as for `stateChanges`), derived from its events sorted oldest first; `null`
 * before its first event that takes effect. Checks its arguments as `stateChanges` does.
 */
export function deriveState(events: readonly DatedEvent[], day?: DateInput): StationState | null {
  checkEvents('deriveState', events);
  return changesOf(events, day === undefined ? undefined : toDay('deriveState', 'day', day, true)).at(-1)?.state ?? null;
}

/**
 * The event behind each value of the current state of a timeline sorted oldest first: for
 * each value, the first of the events since which it has held. Empty when no event takes
 * effect.
 */
export function settingEvents<E extends DatedEvent>(events: readonly E[]): Partial<Record<keyof StationState, E>> {
  const setBy: Partial<Record<keyof StationState, E>> = {};
  let before: StationState | undefined;
  for (const { event, state } of changesOf(events)) {
    for (const key of STATE_FIELDS) if (before?.[key] !== state[key]) setBy[key] = event;
    before = state;
  }
  return setBy;
}

/** True when events are sorted oldest first (partial dates by the start of their period). */
export function isSorted(events: readonly DatedEvent[]): boolean {
  return events.every((event, i) => i === 0 || compareDates(events[i - 1]!.date, event.date) <= 0);
}

/**
 * A station's current state with `statusSince`, the date of the event that set its current
 * summary `status`, from its events sorted oldest first; `null` if no event takes effect.
 * These are the derived fields of every `Station`. Checks its arguments as `stateChanges` does.
 */
export function currentState(events: readonly DatedEvent[]): (StationState & { readonly statusSince: string }) | null {
  checkEvents('currentState', events);
  let since: string | undefined;
  let previous: StationState | null = null;
  for (const { event, state } of changesOf(events)) {
    if (state.status !== previous?.status) since = event.date;
    previous = state;
  }
  if (!previous || since === undefined) return null;
  const { lastHeard, ...values } = previous;
  return { ...values, statusSince: since, lastHeard };
}
