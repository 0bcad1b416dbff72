// The compiler against broken copies of data/: timelines, report counts, host countries,
// retired ids and unused sources. Each asserts the exact, complete list of problems.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileFixture,
  ends,
  eventById,
  DATA,
  dayAfter,
  edit,
  LATEST,
  options,
  readJsonFile,
  UPDATED,
  type Json,
} from './compile-fixture.js';

const { compiler, copyOfData, problemsIn, problemsAfter } = compileFixture();

describe('compileDataset: timelines, counts and ids over time', () => {
  /** A second Irish station in no report: its events alone must give it a status. */
  const unlisted = (j: Json) => j.stations.push({ ...j.stations[0], id: 'ie-02', reports: [] });

  it('rejects a station whose timeline sets no state', () => {
    expect(problemsAfter('stations/IE.json', unlisted)).toEqual([
      'stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event',
    ]);
  });

  it('does not report a timeline as empty when its only event is broken', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events.at(-1), id: 'ie-e99', type: 'closure', stations: ['ie-02'] });
      }),
    ).toEqual([
      'stations/IE.json: ie-e99: type: "closure" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"',
    ]);
  });

  it('does not report a timeline as empty when a broken event may cover it', () => {
    // An event without a list of stations may be any station's.
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events[2], id: 'ie-e90', date: '2022-12-14', stations: undefined });
      }),
    ).toEqual(['stations/IE.json: ie-e90: stations: missing; expected array']);
  });

  it('rejects a timeline whose only event is country context, which sets nothing', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({
          ...j.events[2],
          id: 'ie-e90',
          date: '2022-12-14',
          type: 'statement',
          scope: 'country',
          stations: ['ie-02'],
        });
      }),
    ).toEqual(['stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event']);
  });

  it('takes a station-scope statement as news of a station in neither report', () => {
    const dir = copyOfData();
    edit(dir, 'stations/IE.json', (j) => {
      unlisted(j);
      j.events.push({
        ...j.events[2],
        id: 'ie-e90',
        date: '2022-12-14',
        type: 'statement',
        scope: 'station',
        stations: ['ie-02'],
      });
    });
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'ie-02'),
    ).toMatchObject({
      operation: 'unknown',
      status: 'reported',
      statusSince: '2022-12-14',
      lastHeard: '2022-12-14',
    });
  });

  it('refuses a report of activity seen before a closure that comes before it', () => {
    // Dublin closed on the embassy's word on 2022-10-25 (ie-e02).
    const activity = (j: Json, observed: string) => ({
      ...j.events[2],
      id: 'ie-e90',
      date: '2022-12-14',
      type: 'activity_reported',
      scope: 'station',
      observed,
      stations: ['ie-01'],
    });
    expect(problemsAfter('stations/IE.json', (j) => j.events.push(activity(j, '2022-10')))).toEqual([
      'stations/IE.json: ie-e90: observed: activity observed 2022-10 is earlier than ie-e02 (closure_claimed, 2022-10-25) on ie-01: it cannot reopen ie-01; type it as a statement, or correct the dates',
    ]);
    const dir = copyOfData();
    edit(dir, 'stations/IE.json', (j) => j.events.push(activity(j, '2022-11')));
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'ie-01'),
    ).toMatchObject({
      operation: 'active',
      lastReportedActive: '2022-11',
    });
  });

  it('quotes an unknown value, lists what is accepted and suggests the closest', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        j.events[0].type = 'ordred_closed';
        j.events[1].scope = 'Station';
        j.stations[0].confidence = 'hihg';
      }),
    ).toEqual([
      'stations/IE.json: ie-01: confidence: "hihg" is not accepted; expected one of "high", "medium", "low"; did you mean "high"?',
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[0].id}: type: "ordred_closed" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"; did you mean "ordered_closed"?`,
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[1].id}: scope: "Station" is not accepted; expected one of "station", "country"; did you mean "station"?`,
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.events[0].type = 'listed'))).toEqual([
      `stations/IE.json: ${readJsonFile('stations/IE.json').events[0].id}: type: "listed" is not accepted (expected an event type other than "listed", which the build adds from \`reports\`); expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"`,
    ]);
  });

  it('names an event id of the wrong form', () => {
    expect(problemsAfter('stations/IE.json', (j) => (j.events[0].id = 'ie-1'))).toEqual([
      'stations/IE.json: ie-1: id: "ie-1": expected an id like "nl-e01"',
    ]);
  });

  it("reports a station copied into another country's file once", () => {
    expect(
      problemsAfter('stations/NL.json', (j) => {
        j.stations.push(readJsonFile('stations/IE.json').stations[0]);
      }),
    ).toEqual(['stations/NL.json: ie-01: id: must start with "nl-" in this file']);
  });

  it('compiles files given in memory, as the loading step gives them from a directory', async () => {
    const { loadData, parseDataFile } = await import('../scripts/load-data.js');
    const files = loadData(DATA);
    expect(compiler().compileData(files, options)).toEqual(compiler().compileDataset(DATA, options));
    const ie = readJsonFile('stations/IE.json');
    const events = ie.events.map((e: Json) => (e.type === 'ordered_closed' ? { ...e, type: 'statement' } : e));
    const edited = { ...files, 'stations/IE.json': { json: { ...ie, events } } };
    expect(
      compiler()
        .compileData(edited, options)
        .stations.find((s) => s.id === 'ie-01')!.closureOrdered,
    ).toBeNull();
    expect(parseDataFile('meta.json', '{')).toEqual({
      problem: "meta.json:1:2: -: -: cannot read JSON (Expected property name or '}')",
    });
    const { 'reports.json': _missing, ...rest } = files;
    expect(() => compiler().compileData(rest, options)).toThrow(/reports\.json: -: -: the file is missing/);
  });

  it('rejects an event that names a station twice, once', () => {
    const { first } = ends('stations/NL.json');
    expect(
      problemsAfter('stations/NL.json', (j) => {
        const event = eventById(j, first.id);
        event.stations = [event.stations[0], event.stations[0]];
      }),
    ).toEqual([
      `stations/NL.json: ${first.id}: stations.1: "nl-01": named twice by this event (also at stations.0); name each station once`,
    ]);
  });

  it('checks scope and observed against the type', () => {
    const base = (j: Json) => j.events[2];
    expect(
      problemsAfter('stations/IE.json', (j) => {
        j.events.push({ ...base(j), id: 'ie-e90', date: '2022-12-14', type: 'ordered_closed', scope: 'country' });
        j.events.push({ ...base(j), id: 'ie-e91', date: '2022-12-14', type: 'activity_reported', scope: 'station' });
        j.events.push({ ...base(j), id: 'ie-e92', date: '2022-12-14', type: 'statement', scope: 'station', observed: '2022-12' });
        j.events.push({
          ...base(j),
          id: 'ie-e93',
          date: '2022-12-14',
          type: 'activity_reported',
          scope: 'station',
          observed: '2023',
        });
        j.events.push({ ...base(j), id: 'ie-e94', date: '2022-12-14', type: 'statement', scope: 'town' });
      }),
    ).toEqual([
      'stations/IE.json: ie-e90: scope: "country": a country-scope event sets nothing, so it cannot be ordered_closed: use station scope, or a type that sets nothing (other_proceedings, denied_by_host, denied_by_china, statement, other)',
      'stations/IE.json: ie-e91: observed: an activity_reported event needs `observed`: when the activity was seen',
      'stations/IE.json: ie-e92: observed: "2022-12": only activity_reported events have `observed`; this one is statement',
      'stations/IE.json: ie-e93: observed: "2023": observed 2023 is later than the event\'s date 2022-12-14',
      'stations/IE.json: ie-e94: scope: "town" is not accepted; expected one of "station", "country"',
    ]);
  });

  it('still checks the timelines a broken event does not name', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => {
        unlisted(j);
        j.events.push({ ...j.events[2], id: 'ie-e90', date: '2022-12-14', type: 'closure', stations: ['ie-01'] });
      }),
    ).toEqual([
      'stations/IE.json: ie-e90: type: "closure" is not accepted; expected one of "activity_reported", "closure_confirmed", "closure_reported", "closure_claimed", "ordered_closed", "investigation_opened", "investigation_ongoing", "raid", "arrest", "investigation_closed", "no_evidence_found", "charged", "guilty_plea", "convicted", "sentenced", "acquitted", "other_proceedings", "denied_by_host", "denied_by_china", "statement", "other"',
      'stations/IE.json: ie-02: events: no event sets a state: cite a report or add a dated event',
    ]);
  });

  it('does not report a timeline as empty when its only report is unknown', () => {
    expect(
      problemsAfter('stations/IE.json', (j) => j.stations.push({ ...j.stations[0], id: 'ie-02', reports: ['third'] })),
    ).toEqual(['stations/IE.json: ie-02: reports.0: unknown report "third"; reports.json has 110-overseas, patrol-and-persuade']);
  });

  it('rejects a report whose counts do not add up, and does not check counts while a station is broken', () => {
    expect(problemsAfter('reports.json', (j) => (j[0].claimed.stations += 1))).toEqual([
      'reports.json: 110-overseas: unidentified: claimed 55 stations but 53 are identified and 1 listed as unidentified',
    ]);
    expect(problemsAfter('stations/IE.json', (j) => (j.stations[0].evidence = 'rumour'))).toEqual([
      'stations/IE.json: ie-01: evidence: "rumour" is not accepted; expected one of "site", "count"',
    ]);
  });

  it('accepts an undated source only with a note saying what is known', () => {
    expect(
      problemsAfter('sources.json', (j) => {
        j[0].date = null;
        j[0].note = null;
      }),
    ).toEqual([
      'sources.json: 20-minutes-2022-10-28: note: null: an undated source needs a note saying what is known of its date',
    ]);
  });

  it('needs a reviewed date for every host country, and only for host countries', () => {
    expect(
      problemsAfter('countries.json', (j) =>
        j.splice(
          j.findIndex((c: Json) => c.code === 'IE'),
          1,
        ),
      ),
    ).toEqual(['countries.json: IE: code: missing: IE has stations, so it needs a reviewed date']);
    expect(problemsAfter('countries.json', (j) => j.push({ code: 'IS', reviewed: '2026-11', note: 'Nothing found.' }))).toEqual([
      'countries.json: IS: code: IS has no station in data/stations/',
    ]);
    const later = dayAfter(UPDATED);
    expect(problemsAfter('countries.json', (j) => (j.find((c: Json) => c.code === 'IE').reviewed = later))).toEqual([
      `countries.json: IE: reviewed: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
    expect(problemsAfter('countries.json', (j) => j.push({ ...j[0] }))).toEqual([
      `countries.json: ${'AE'}: id: duplicate country id (also in countries.json)`,
    ]);
  });

  /** ae-01 under a new id, ae-02: the published id ae-01 is gone from data/. */
  const renamed = (j: Json) => (j.stations[0].id = 'ae-02');
  const retirement = { id: 'ae-01', date: '2026-11-01', reason: 'Merged into ae-02.', replacedBy: 'ae-02' };

  it('fails when a published station id disappears without a retirement record', () => {
    expect(problemsAfter('stations/AE.json', renamed)).toEqual([
      `retired.json: ae-01: id: station ae-01, published in ${LATEST}, is no longer in stations/AE.json: add a retirement record (id, date, reason, replacedBy)`,
    ]);
  });

  it('accepts a retired id with its record, and ships the record with the last release that had it', () => {
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push(retirement));
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.stations.map((s) => s.id)).not.toContain('ae-01');
    expect(dataset.stations.map((s) => s.id)).toContain('ae-02');
    expect(dataset.retired).toEqual([{ ...retirement, lastVersion: LATEST }]);
    // Sorted by id; an id no release shipped has no last version.
    const unpublished = { ...retirement, id: 'ae-00', replacedBy: null };
    const two = copyOfData();
    edit(two, 'stations/AE.json', renamed);
    edit(two, 'retired.json', (j) => j.push(retirement, unpublished));
    expect(compiler().compileDataset(two, options).retired).toEqual([
      { ...unpublished, lastVersion: null },
      { ...retirement, lastVersion: LATEST },
    ]);
    const reversed = copyOfData();
    edit(reversed, 'stations/AE.json', renamed);
    edit(reversed, 'retired.json', (j) => j.push(unpublished, retirement));
    expect(
      compiler()
        .compileDataset(reversed, options)
        .retired.map((r) => r.id),
    ).toEqual(['ae-00', 'ae-01']);
  });

  it('fails when a retired id is reused, or a retirement names an unknown station', () => {
    expect(problemsAfter('retired.json', (j) => j.push(retirement))).toEqual([
      'stations/AE.json: ae-01: id: "ae-01" was retired on 2026-11-01 (retired.json) and is never reused: give this station a new id',
      'retired.json: ae-01: replacedBy: unknown station id "ae-02" in data/stations/',
    ]);
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push({ ...retirement, replacedBy: 'ae-03' }, { ...retirement }));
    expect(problemsIn(dir)).toEqual([
      'retired.json: ae-01: id: duplicate retired station id (also in retired.json)',
      'retired.json: ae-01: replacedBy: unknown station id "ae-03" in data/stations/',
    ]);
  });

  it('checks a retirement record like any other record', () => {
    const dir = copyOfData();
    edit(dir, 'stations/AE.json', renamed);
    edit(dir, 'retired.json', (j) => j.push({ ...retirement, date: dayAfter(UPDATED), reason: ' ' }));
    expect(problemsIn(dir)).toEqual(['retired.json: ae-01: reason: " ": Too small: expected string to have >=1 characters']);
    const later = dayAfter(UPDATED);
    const again = copyOfData();
    edit(again, 'stations/AE.json', renamed);
    edit(again, 'retired.json', (j) => j.push({ ...retirement, date: later }));
    expect(problemsIn(again)).toEqual([
      `retired.json: ae-01: date: date ${later} is after meta.json's "updated" (${UPDATED}): update it`,
    ]);
  });

  it('rejects a source that nothing cites', () => {
    expect(
      problemsAfter('sources.json', (j) =>
        j.push({ id: 'orphan-2022', url: 'https://example.org/', publisher: 'X', title: 'Y', date: '2022', note: null }),
      ),
    ).toEqual(['sources.json: orphan-2022: id: source is cited by nothing']);
  });

  it('compares city names without case', () => {
    const dir = copyOfData();
    edit(dir, 'stations/NL.json', (j) => (j.stations[0].city = 'AMSTERDAM'));
    expect(
      compiler()
        .compileDataset(dir, options)
        .stations.find((s) => s.id === 'nl-01')?.city,
    ).toBe('AMSTERDAM');
  });

  it('names countries.json in the problems of its records', () => {
    expect(problemsAfter('countries.json', (j) => (j.find((c: Json) => c.code === 'NL').reviewed = 'soon'))).toEqual([
      'countries.json: NL: reviewed: "soon": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('reports a file named after no country once, whatever it holds', () => {
    for (const content of ['"not an object"', '{ "stations": 5 }', '[]']) {
      const dir = copyOfData();
      writeFileSync(join(dir, 'stations/XN.json'), content);
      expect(problemsIn(dir), content).toEqual([
        'stations/XN.json: -: file name: "XN" is not an ISO 3166-1 alpha-2 country code',
      ]);
    }
  });

  it('does not report a published id as gone while its file holds a misfiled id that may be it', () => {
    expect(
      problemsAfter('stations/NL.json', (j) => {
        j.stations[0].id = 'ie-09';
        for (const event of j.events) event.stations = event.stations.map((id: string) => (id === 'nl-01' ? 'ie-09' : id));
      }),
    ).toEqual(['stations/NL.json: ie-09: id: must start with "nl-" in this file']);
  });

  it('does not report a replacement as unknown while its country file cannot be read', () => {
    const dir = copyOfData();
    edit(dir, 'retired.json', (j) => j.push({ id: 'nl-00', date: '2026-11-01', reason: 'A test.', replacedBy: 'ae-05' }));
    writeFileSync(join(dir, 'stations/AE.json'), '{ not JSON');
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe("stations/AE.json:1:3: -: -: cannot read JSON (Expected property name or '}')");
  });

  it('derives a state from the events and listings in date order, whatever the order of the files', () => {
    const dir = copyOfData();
    // A press report before the station's listing: its status dates from the press report.
    edit(dir, 'stations/AE.json', (j) =>
      j.events.push({
        id: 'ae-e01',
        date: '2022-08',
        dateBasis: 'reported',
        type: 'statement',
        scope: 'station',
        actor: 'A newspaper',
        summary: 'Named the station.',
        sources: [j.stations[0].sources[0]],
        stations: ['ae-01'],
      }),
    );
    // Stations out of id order in their file: listings still name them in order.
    edit(dir, 'stations/NL.json', (j) => j.stations.reverse());
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.stations.find((s) => s.id === 'ae-01')).toMatchObject({ status: 'reported', statusSince: '2022-08' });
    const listing = dataset.events.find((e) => e.id === 'listed-110-overseas')!;
    expect(listing.stations).toEqual([...listing.stations].sort());
    expect(listing.stations).toContain('nl-01');
  });

  it('ships no listing event for a report that lists no station', () => {
    const dir = copyOfData();
    edit(dir, 'reports.json', (j) =>
      j.push({
        ...j[0],
        id: 'a-third-report',
        claimed: { stations: 1, countries: 1 },
        unidentified: [{ ...j[0].unidentified[0], count: 1 }],
      }),
    );
    const dataset = compiler().compileDataset(dir, options);
    expect(dataset.reports.find((r) => (r.id as string) === 'a-third-report')?.identified).toEqual({ stations: 0, countries: 0 });
    expect(dataset.events.map((e) => e.id)).not.toContain('listed-a-third-report');
    expect(dataset.events.map((e) => e.id)).toContain('listed-110-overseas');
  });
});
