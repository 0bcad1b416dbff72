// The headline numbers of "How to read this": today's counts, each with what it rests on.
import { dataset, query, stations } from 'overseas-police-stations';

/** The headline in words: how many stations each value covers, and what each count means. */
export function headline(): string {
  const n = (filter: Parameters<typeof query>[0]) => query(filter).length;
  const open = query({ investigation: 'open' });
  const recent = open.filter((s) => (s.investigationAsOf ?? '') >= '2025').length;
  return [
    `Of the ${stations.length} stations in the data (version ${dataset.version}, updated ${dataset.updated}):`,
    `${n({ operation: 'closed', closure: 'confirmed' })} closed as confirmed by the host government, its police or a court;`,
    `${n({ operation: 'closed', closure: ['claimed', 'reported'] })} said to be closed by the operator, China or the press only;`,
    `${n({ closureOrdered: true })} ordered or asked to close by their host (an order alone closes nothing);`,
    `${open.length} under an inquiry not known to have ended, ${recent} of them heard of since 2025;`,
    `${n({ legal: ['charged', 'convicted', 'sentenced'] })} linked to someone charged or convicted;`,
    `${n({ operation: 'active' })} reported active since their listing and not reported closed since;`,
    `${n({ operation: 'unknown' })} with nothing heard of their operation since they were listed.`,
  ].join(' ');
}
