// The issue forms for people who suggest facts without editing files: both parse as GitHub
// issue forms and ask for what a fact needs before it can enter data/ (its source, and what
// the source says).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const form = (name: string) => parse(readFileSync(new URL(`../.github/ISSUE_TEMPLATE/${name}`, import.meta.url), 'utf8'));

describe('the issue forms', () => {
  it.each(['fact.yml', 'correction.yml'])('%s asks, as required, for the source and what it says', (name) => {
    const { name: title, description, body } = form(name);
    expect(typeof title).toBe('string');
    expect(typeof description).toBe('string');
    const required = body
      .filter((field: { validations?: { required?: boolean } }) => field.validations?.required)
      .map((f: { id: string }) => f.id);
    expect(required).toEqual(expect.arrayContaining(['source', 'quote']));
    for (const field of body) expect(['markdown', 'input', 'textarea']).toContain(field.type);
  });
});
