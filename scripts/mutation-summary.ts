// Summarises the report of `npm run mutate` (reports/mutation/mutation.json, the mutation
// testing report schema) as Markdown for bench/MUTATION.md: the score per file, and every
// mutant that survived or had no test, with the code it changed and the judgement of it
// (bench/mutation-judgements.json: which surviving mutants are equivalent to the code or
// accepted, and why), and which are not judged yet.
//
//   tsx scripts/mutation-summary.ts [report.json] [judgements.json]
import { existsSync, readFileSync } from 'node:fs';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  static?: boolean;
  location: { start: Position; end: Position };
}
/**
 * A judgement of surviving mutants: those of `file` on a line that contains `code`
 * (and, if given, whose mutator is `mutator`). `equivalent`: the mutant behaves as the code
 * does, no test can tell them apart. `accepted`: a difference the tests leave alone, for
 * the reason given.
 */
interface Judgement {
  file: string;
  code: string;
  mutator?: string;
  verdict: 'equivalent' | 'accepted';
  why: string;
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'] as const;

/** Stryker's score: detected (killed or timed out) over valid (detected, survived, no coverage). */
function score(counts: Record<string, number>): string {
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return valid === 0 ? '-' : ((100 * detected) / valid).toFixed(2);
}

function countOf(mutants: readonly Mutant[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mutant of mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  return counts;
}

/** The code a mutant replaced, on one line. */
function original(source: string, { start, end }: Mutant['location']): string {
  const lines = source.split('\n');
  const text =
    start.line === end.line
      ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
      : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
  return text.replace(/\s+/g, ' ').trim();
}

const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const report: Report = JSON.parse(readFileSync(path, 'utf8'));
const judgementsPath = process.argv[3] ?? 'bench/mutation-judgements.json';
const judgements: Judgement[] = existsSync(judgementsPath) ? JSON.parse(readFileSync(judgementsPath, 'utf8')).judgements : [];
const files = Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1));

const header = ['file', 'score %', 'killed', 'timeout', 'survived', 'no coverage', 'ignored (static)', 'errors', 'mutants'];
const row = (name: string, mutants: readonly Mutant[]) => {
  const c = countOf(mutants);
  const errors = (c.CompileError ?? 0) + (c.RuntimeError ?? 0);
  return [
    name,
    score(c),
    c.Killed ?? 0,
    c.Timeout ?? 0,
    c.Survived ?? 0,
    c.NoCoverage ?? 0,
    c.Ignored ?? 0,
    errors,
    mutants.length,
  ];
};
const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
for (const [name, file] of files) lines.push(`| ${row(name, file.mutants).join(' | ')} |`);
const all = files.flatMap(([, file]) => file.mutants);
lines.push(`| ${row('**all**', all).join(' | ')} |`);
const unknown = Object.keys(countOf(all)).filter((status) => !(STATUSES as readonly string[]).includes(status));
if (unknown.length > 0) lines.push('', `Other statuses: ${unknown.join(', ')}`);

const verdicts = { equivalent: 0, accepted: 0, 'not judged': 0 };
const listed: string[] = [];
for (const [name, file] of files) {
  for (const mutant of file.mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const { line, column } = mutant.location.start;
    const code = original(file.source, mutant.location);
    // Matched against the whole line, so that a judgement can name the code around a short mutant (`'-'`).
    const lineText = file.source.split('\n')[line - 1]!;
    const judged = judgements.find(
      (j) => j.file === name && lineText.includes(j.code) && (j.mutator === undefined || j.mutator === mutant.mutatorName),
    );
    verdicts[judged?.verdict ?? 'not judged']++;
    const now = cut((mutant.replacement ?? '').replace(/\s+/g, ' '), 50);
    listed.push(
      `- ${name}:${line}:${column} ${mutant.status === 'Survived' ? 'S' : 'N'} ${mutant.mutatorName}: \`${cut(code, 60)}\` → \`${now}\` — ${judged ? `${judged.verdict}: ${judged.why}` : '**not judged**'}`,
    );
  }
}
lines.push(
  '',
  `Mutants that survived (S) or that no test ran (N), ${listed.length}: ${verdicts.equivalent} equivalent, ${verdicts.accepted} accepted, ${verdicts['not judged']} not judged.`,
  '',
  ...listed,
);
console.log(lines.join('\n'));
