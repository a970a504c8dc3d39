import { describe, expect, it } from 'vitest';
import { parseApolloPayload } from '../../../shared/apollo/normalize.ts';
import { fixture } from './fixtures.ts';

function issuesOf(json: unknown) {
  const result = parseApolloPayload(json);
  expect(result.ok).toBe(false);
  expect('records' in result).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseApolloPayload rejects bad input', () => {
  it('names the bulk match entry and field with the wrong type', () => {
    const json = fixture('people_bulk_match.json');
    json.matches = [json.matches[0], null, json.matches[0], { ...json.matches[0], email: 42 }];
    expect(issuesOf(json)).toEqual([{ path: 'matches[3].email', message: 'expected string, received number' }]);
  });

  it('returns no records at all when only one of several entries is bad', () => {
    const json = fixture('people_bulk_match.json');
    json.matches.push({ ...json.matches[0], id: 'other', departments: 'finance' });
    const result = parseApolloPayload(json);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'matches[2].departments', message: 'expected array, received string' }],
    });
  });

  it('lists every offending field, nested ones included', () => {
    const json = fixture('people_match.json');
    json.person.seniority = ['director'];
    json.person.organization.organization_revenue = 'a lot';
    json.person.employment_history[1].current = 'no';
    expect(issuesOf(json).map((issue) => issue.path).sort()).toEqual([
      'person.employment_history[1].current',
      'person.organization.organization_revenue',
      'person.seniority',
    ]);
  });

  it('requires the Apollo person id', () => {
    const json = fixture('people_match.json');
    delete json.person.id;
    expect(issuesOf(json).map((issue) => issue.path)).toEqual(['person.id']);
  });

  it('rejects a payload that is not an Apollo response', () => {
    expect(issuesOf({ leads: [] })[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/not an Apollo response/) });
    expect(issuesOf('hello')[0]).toMatchObject({ path: '(root)' });
    expect(issuesOf(null)[0]).toMatchObject({ path: '(root)' });
  });

  it('prefixes issue paths with the response index inside an array of responses', () => {
    const bad = fixture('people_match.json');
    bad.person.email = false;
    expect(issuesOf([fixture('people_match.json'), bad])).toEqual([
      { path: '[1].person.email', message: 'expected string, received boolean' },
    ]);
  });

  it('rejects a search whose people is not an array', () => {
    expect(issuesOf({ people: { id: 'x' } }).map((issue) => issue.path)).toEqual(['people']);
  });

  it('caps a flood of issues and says how many were left out', () => {
    const matches = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, email: i }));
    const issues = issuesOf({ matches });
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({ path: '(root)', message: '50 more issues not shown' });
  });
});
