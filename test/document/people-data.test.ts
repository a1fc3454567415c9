/**
 * The people lexicon (rules/data/people.json) is validated at load: a word listed twice in one
 * list is a slip in the data, reported with the list it is in.
 */
import { describe, expect, it } from 'vitest';
import peopleJson from '../../rules/data/people.json';
import { PeopleData } from '../../src/document/people.js';

describe('people.json', () => {
  it('validates against its schema', () => {
    expect(PeopleData.safeParse(peopleJson).success).toBe(true);
  });

  it('rejects a word listed twice in one list, naming the list', () => {
    const twice = { ...peopleJson, orgWords: [...peopleJson.orgWords, peopleJson.orgWords[0]!] };
    const r = PeopleData.safeParse(twice);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['orgWords']);
    expect(r.error!.issues[0]!.message).toContain(`"${peopleJson.orgWords[0]}"`);
  });
});
