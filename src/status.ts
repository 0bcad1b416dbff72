// The rules that derive what happened to a station from its dated events. Every derived
// value the package ships comes from `deriveState` over the station's timeline, so anyone
// can re-run them; the tables below are the whole of the rules.
import { compareDates, startOf } from './dates.js';
import type { ClosureBasis, EventType, Investigation, LegalStage, Operation, StationState, Status } from './types.js';

/** Whether a station operates, in order: `operating` until a closure is known. */
export const OPERATIONS: readonly Operation[] = Object.freeze(['operating', 'closed']);

/**
 * How a closure is known, weakest first: `claimed` by the operator, its embassy or China;
 * `reported` by the press from what it found; `ordered` by the host government; `confirmed`
 * by the host government or its police as having happened. While a station is closed, the
 * strongest basis seen so far is kept.
 */
export const CLOSURE_BASES: readonly ClosureBasis[] = Object.freeze(['claimed', 'reported', 'ordered', 'confirmed']);

/** Where the host's investigation stands: none known, open (opened, or a search or arrest), or ended. */
export const INVESTIGATIONS: readonly Investigation[] = Object.freeze(['none', 'open', 'ended']);

/**
 * How far prosecutors and courts went over the station's activity, in order; the furthest
 * stage reached by anyone linked to the station is kept. Charges on other grounds against
 * someone linked to a site (`other_proceedings` events) do not count.
 */
export const LEGAL_STAGES: readonly LegalStage[] = Object.freeze(['none', 'charged', 'acquitted', 'convicted', 'sentenced']);

/** The summary values of `statusOf`, from the first a station gets to the most serious. */
export const STATUSES: readonly Status[] = Object.freeze([
  'reported',
  'closed-unconfirmed',
  'investigating',
  'closed',
  'prosecuted',
]);

/** What one event sets: any of the four dimensions of a station's state. */
export interface EventEffect {
  readonly operation?: Operation;
  readonly closure?: ClosureBasis;
  readonly investigation?: Investigation;
  readonly legal?: LegalStage;
}

const effect = (value: EventEffect): EventEffect => Object.freeze(value);

/**
 * What each event type sets. Types mapped to `null` are recorded in the timeline but change
 * nothing: a denial does not close a station, a finding of no evidence does not end an
 * investigation (an `investigation_closed` event does), and charges on other grounds
 * (`other_proceedings`) are not a legal stage of the station.
 */
export const EVENT_EFFECTS: Readonly<Record<EventType, EventEffect | null>> = Object.freeze({
  listed: effect({ operation: 'operating' }),
  media_report: effect({ operation: 'operating' }),
  activity_reported: effect({ operation: 'operating' }),
  ordered_closed: effect({ operation: 'closed', closure: 'ordered' }),
  closure_confirmed: effect({ operation: 'closed', closure: 'confirmed' }),
  closure_reported: effect({ operation: 'closed', closure: 'reported' }),
  closure_claimed: effect({ operation: 'closed', closure: 'claimed' }),
  investigation_opened: effect({ investigation: 'open' }),
  raid: effect({ investigation: 'open' }),
  arrest: effect({ investigation: 'open' }),
  investigation_closed: effect({ investigation: 'ended' }),
  charged: effect({ legal: 'charged' }),
  guilty_plea: effect({ legal: 'convicted' }),
  convicted: effect({ legal: 'convicted' }),
  sentenced: effect({ legal: 'sentenced' }),
  acquitted: effect({ legal: 'acquitted' }),
  other_proceedings: null,
  no_evidence_found: null,
  statement: null,
  denied_by_host: null,
  denied_by_china: null,
  other: null,
});

/**
 * Event types that only start a station's state: being listed again in a later report, or
 * named again in the press, never undoes a closure or an investigation. A later report of
 * activity after a closure is an `activity_reported` event.
 */
export const INITIAL_ONLY: ReadonlySet<EventType> = new Set<EventType>(['listed', 'media_report']);

/** The state of a station before its first event takes effect. */
const START: Omit<StationState, 'status'> = { operation: 'operating', closure: null, investigation: 'none', legal: 'none' };

const stronger = <T>(order: readonly T[], a: T, b: T): T => (order.indexOf(a) >= order.indexOf(b) ? a : b);

/**
 * The one summary value of a state, for maps, tables and simple counts: the first that
 * holds of `prosecuted` (a legal stage other than `none`), `closed` (closed, as ordered or
 * confirmed by the host government), `investigating` (an open investigation),
 * `closed-unconfirmed` (closed only as claimed by the operator or China, or reported by the
 * press), `reported` (otherwise). It is lossy by design: the four dimensions say the rest.
 */
export function statusOf(state: Omit<StationState, 'status'>): Status {
  if (state.legal !== 'none') return 'prosecuted';
  if (state.operation === 'closed' && (state.closure === 'ordered' || state.closure === 'confirmed')) return 'closed';
  if (state.investigation === 'open') return 'investigating';
  if (state.operation === 'closed') return 'closed-unconfirmed';
  return 'reported';
}

interface DatedEvent {
  readonly date: string;
  readonly type: EventType;
}

/**
 * The state after one event, given the state before it (`null` before the station's first
 * event that takes effect); the same state object when the event changes nothing.
 */
export function applyEvent(before: StationState | null, event: DatedEvent): StationState | null {
  // Own keys only: an event typed '__proto__' must not read Object.prototype.
  const change = Object.hasOwn(EVENT_EFFECTS, event.type) ? EVENT_EFFECTS[event.type] : null;
  if (change === null || (before !== null && INITIAL_ONLY.has(event.type))) return before;
  const state = { ...(before ?? START) };
  if (change.operation === 'operating') {
    state.operation = 'operating';
    state.closure = null;
  } else if (change.operation === 'closed' && change.closure) {
    state.closure =
      state.operation === 'closed' && state.closure ? stronger(CLOSURE_BASES, state.closure, change.closure) : change.closure;
    state.operation = 'closed';
  }
  if (change.investigation) state.investigation = change.investigation;
  if (change.legal) state.legal = stronger(LEGAL_STAGES, state.legal, change.legal);
  if (
    before !== null &&
    before.operation === state.operation &&
    before.closure === state.closure &&
    before.investigation === state.investigation &&
    before.legal === state.legal
  ) {
    return before;
  }
  return Object.freeze({ ...state, status: statusOf(state) });
}

/** One point of a timeline where the state changed: the event, and the state after it. */
export interface StateChange<E extends DatedEvent = DatedEvent> {
  readonly event: E;
  readonly state: StationState;
}

/**
 * Every change of state along a timeline sorted oldest first (of events with the same date,
 * the later one in the list comes later), up to the end of `day` (`yyyy-MM-dd`; omit it for
 * the whole timeline). A partial date counts from the first day of its period.
 */
export function stateChanges<E extends DatedEvent>(events: readonly E[], day?: string): StateChange<E>[] {
  const changes: StateChange<E>[] = [];
  let state: StationState | null = null;
  for (const event of events) {
    if (day !== undefined && startOf(event.date) > day) break;
    const after = applyEvent(state, event);
    if (after !== state && after !== null) changes.push({ event, state: after });
    state = after;
  }
  return changes;
}

/**
 * A station's state at the end of `day` (`yyyy-MM-dd`; omit it for its current state),
 * derived from its events sorted oldest first; `null` before its first event that takes effect.
 */
export function deriveState(events: readonly DatedEvent[], day?: string): StationState | null {
  return stateChanges(events, day).at(-1)?.state ?? null;
}

/** True when events are sorted oldest first (partial dates by the start of their period). */
export function isSorted(events: readonly DatedEvent[]): boolean {
  return events.every((event, i) => i === 0 || compareDates(events[i - 1]!.date, event.date) <= 0);
}

/**
 * A station's current state with `statusSince`, the date of the event that set its current
 * summary `status`, from its events sorted oldest first; `null` if no event takes effect.
 * These are the derived fields of every `Station`.
 */
export function currentState(events: readonly DatedEvent[]): (StationState & { readonly statusSince: string }) | null {
  let since: string | undefined;
  let previous: StationState | null = null;
  for (const { event, state } of stateChanges(events)) {
    if (state.status !== previous?.status) since = event.date;
    previous = state;
  }
  return previous && since !== undefined ? { ...previous, statusSince: since } : null;
}
