// The closed sets of the model, written once: the types (`types.ts`), the rules
// (`status.ts`), the zod enums (`schema-common.ts`), the CLI's help and the query
// acceptors all take them from here. No zod here: the main entry loads this module.

/**
 * Every event type, in the order of README's rubric (see `EVENT_EFFECTS` for what each
 * sets). `listed` is added by the build for each report that lists a station.
 */
export const EVENT_TYPE_VALUES = [
  'listed',
  'activity_reported',
  'closure_confirmed',
  'closure_reported',
  'closure_claimed',
  'ordered_closed',
  'investigation_opened',
  'investigation_ongoing',
  'raid',
  'arrest',
  'investigation_closed',
  'no_evidence_found',
  'charged',
  'guilty_plea',
  'convicted',
  'sentenced',
  'acquitted',
  'other_proceedings',
  'denied_by_host',
  'denied_by_china',
  'statement',
  'other',
] as const;

/** What an event concerns: the listed stations it names, or the host country's context. */
export const SCOPE_VALUES = ['station', 'country'] as const;

/** Whether a station operates, as far as the events show: from no evidence either way to closed. */
export const OPERATION_VALUES = ['unknown', 'active', 'closed'] as const;

/** Who says a station closed, weakest first. */
export const CLOSURE_BASIS_VALUES = ['claimed', 'reported', 'confirmed'] as const;

/** Where the host's investigation stands. */
export const INVESTIGATION_VALUES = ['none', 'open', 'ended'] as const;

/** How far prosecutors and courts went over the station's activity, in order. */
export const LEGAL_STAGE_VALUES = ['none', 'charged', 'acquitted', 'convicted', 'sentenced'] as const;

/** The summary values of `statusOf`, from the first a station gets to the most serious. */
export const STATUS_VALUES = ['reported', 'active', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted'] as const;

/** The values of a station's state (`StationState`), in the order a `Station` holds them. */
export const STATE_FIELDS = [
  'operation',
  'closure',
  'closureOrdered',
  'lastReportedActive',
  'investigation',
  'investigationAsOf',
  'legal',
  'status',
  'lastHeard',
] as const;

/** Every value a `Station` derives from its events: the state, and `statusSince` after `status`. */
export const DERIVED_FIELDS = /* @__PURE__ */ (() =>
  [...STATE_FIELDS.slice(0, 8), 'statusSince', ...STATE_FIELDS.slice(8)] as const)();
