import { byCountry, query, stateOn, getDetails, countBy, byInvestigation, changes, getStation, stations } from './src/index.ts';
console.log(byCountry('nl').map((s) => `${s.id} ${s.city} ${s.operation} (${s.closure})`));
console.log(query({ operation: 'closed', legal: ['charged', 'convicted', 'sentenced'] }).map((s) => s.id));
console.log(stateOn('nl-01', '2022-10-30')!.status);
console.log(getDetails('ie-01')?.events.map((e) => `${e.date} ${e.type}`));
console.log(byInvestigation('open', { heardSince: '2024' }).map((s) => s.id));
console.log(query({ operation: 'active' }).map((s) => [s.id, s.lastReportedActive]));
console.log(query({ closureOrdered: true }).map((s) => s.id + ':' + s.closureOrdered + ':' + s.operation));
console.log(JSON.stringify(getStation('de-01')));
console.log(getDetails('fr-01')!.fieldSources.status, getDetails('de-01')!.fieldSources.lastReportedActive);
const r = changes().find((e) => e.version === '2.1.0')!;
console.log(r.stations.changed.find((s) => s.id === 'gr-01')!.fields[0]);
console.log(
  stations
    .filter((s) => s.lastHeard === null)
    .map((s) => s.id)
    .join(' '),
);
