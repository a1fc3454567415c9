import { describe, expect, it } from 'vitest';
import officesJson from '../../rules/data/offices.json';
import {
  data,
  headedBodies,
  heldOn,
  holdersOn,
  isBareRole,
  isSettled,
  OfficesData,
  officeById,
  officesByTitle,
  officesHeldBy,
  personsByAlias,
  termsOf,
} from '../../rules/factual-slip/_offices.js';

describe('factual-slip knowledge base (offices.json)', () => {
  it('validates against the schema', () => {
    expect(OfficesData.safeParse(officesJson).success).toBe(true);
    expect(data.offices.length).toBeGreaterThan(30);
  });

  it('rejects a term date that is not a real day, naming where it is', () => {
    const first = officesJson.offices[0]!;
    const withStart = (start: string) => ({ ...officesJson, offices: [{ ...first, holders: [{ ...first.holders[0]!, start }, ...first.holders.slice(1)] }, ...officesJson.offices.slice(1)] });
    for (const start of ['2023-02-29', '2024-04-31', '2024-13-01', '24-01-01', '2024-1-05']) {
      const r = OfficesData.safeParse(withStart(start));
      expect(r.success, start).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(['offices', 0, 'holders', 0, 'start']);
      expect(r.error!.issues[0]!.message).toMatch(/real calendar day/);
    }
    // A leap day is a real day.
    expect(OfficesData.safeParse(withStart('2024-02-29')).success).toBe(true);
  });

  it('has unique office ids and titles on every office', () => {
    const ids = data.offices.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of data.offices) expect(o.titles.length, o.id).toBeGreaterThan(0);
  });

  for (const office of data.offices) {
    it(`${office.id}: terms are in order, never overlap, at most one is open`, () => {
      const open = office.holders.filter((h) => h.end === null);
      expect(open.length).toBeLessThanOrEqual(1);
      if (open.length) expect(office.holders.at(-1)!.end, 'the open term is the last').toBeNull();
      for (const h of office.holders) if (h.end !== null) expect(h.start < h.end, `${h.name} starts before it ends`).toBe(true);
      for (let i = 1; i < office.holders.length; i++) {
        const prev = office.holders[i - 1]!;
        const cur = office.holders[i]!;
        expect(prev.end, `${prev.name} closed before ${cur.name}`).not.toBeNull();
        expect(cur.start >= prev.end!, `${cur.name} (${cur.start}) starts after ${prev.name} ends (${prev.end})`).toBe(true);
      }
    });
  }

  it('resolves every alias and name to its holder', () => {
    for (const o of data.offices) {
      for (const h of o.holders) {
        for (const alias of [h.name, ...h.aliases]) {
          const persons = personsByAlias(alias);
          expect(persons.map((p) => p.name), alias).toContain(h.name);
          expect(termsOf(alias).some((t) => t.office.id === o.id && t.start === h.start), alias).toBe(true);
        }
      }
    }
  });

  it('matches aliases exactly and case-sensitively, folding apostrophes', () => {
    expect(personsByAlias('trump')).toEqual([]);
    expect(personsByAlias('Massimo D’Alema').map((p) => p.name)).toEqual(["Massimo D'Alema"]);
    expect(personsByAlias('Bush').map((p) => p.name).sort()).toEqual(['George H. W. Bush', 'George W. Bush']);
  });

  it('answers who held an office on a date', () => {
    expect(holdersOn('us-president', '2025-03-14').map((h) => h.name)).toEqual(['Donald Trump']);
    expect(holdersOn('us-president', '2022-06-01').map((h) => h.name)).toEqual(['Joe Biden']);
    // The successor's first day belongs to the successor.
    expect(holdersOn('uk-prime-minister', '2024-07-05').map((h) => h.name)).toEqual(['Keir Starmer']);
    expect(holdersOn('de-chancellor', '1970-01-01')).toEqual([]);
  });

  it('answers which offices a name held on a date', () => {
    expect(officesHeldBy('Putin', '2010-01-01').map((x) => x.office.id)).toEqual(['ru-prime-minister']);
    expect(officesHeldBy('Biden', '2015-01-01').map((x) => x.office.id)).toEqual(['us-vice-president']);
    expect(officesHeldBy('Sunak', '2025-11-15')).toEqual([]);
    const terms = termsOf('Erdoğan');
    expect(terms.map((t) => t.office.id)).toEqual(['tr-prime-minister', 'tr-president']);
    expect(heldOn(terms[1]!, '2025-01-01')).toBe(true);
  });

  it('indexes offices by title, case-insensitively', () => {
    const ids = officesByTitle('president').map((o) => o.id);
    expect(ids).toContain('us-president');
    expect(ids).toContain('cn-president');
    expect(ids).not.toContain('uk-prime-minister');
    expect(officesByTitle('Chinese President').map((o) => o.id)).toEqual(['cn-president']);
  });

  it('covers heads of government beyond the G20', () => {
    expect(holdersOn('be-prime-minister', '2025-10-06').map((h) => h.name)).toEqual(['Bart De Wever']);
    expect(holdersOn('ua-prime-minister', '2025-11-04').map((h) => h.name)).toEqual(['Yulia Svyrydenko']);
    expect(holdersOn('pl-president', '2025-10-02').map((h) => h.name)).toEqual(['Karol Nawrocki']);
    // No prime minister under the interim government that followed Sheikh Hasina.
    expect(holdersOn('bd-prime-minister', '2025-03-20')).toEqual([]);
    // One person across national and EU offices.
    expect(termsOf('Tusk').map((t) => t.office.id)).toEqual(['pl-prime-minister', 'eu-council-president', 'pl-prime-minister']);
    expect(termsOf('Stubb').map((t) => t.office.id)).toEqual(['fi-prime-minister', 'fi-president']);
    expect(officesHeldBy('Nguyen Xuan Phuc', '2022-01-01').map((x) => x.office.id)).toEqual(['vn-president']);
    expect(officesByTitle('Taoiseach').map((o) => o.id)).toEqual(['ie-taoiseach']);
    expect(officesByTitle('Prime Minister').map((o) => o.id)).toContain('es-prime-minister');
  });

  it('records heads of international bodies and German defence ministers', () => {
    expect(holdersOn('ecb-president', '2015-06-01').map((h) => h.name)).toEqual(['Mario Draghi']);
    expect(holdersOn('ecb-president', '2025-04-10').map((h) => h.name)).toEqual(['Christine Lagarde']);
    expect(holdersOn('imf-managing-director', '2019-09-20')).toEqual([]);
    expect(holdersOn('un-secretary-general', '2010-05-01').map((h) => h.name)).toEqual(['Ban Ki-moon']);
    expect(holdersOn('nato-secretary-general', '2024-10-01').map((h) => h.name)).toEqual(['Mark Rutte']);
    expect(holdersOn('de-defence-minister', '2021-06-01').map((h) => h.name)).toEqual(['Annegret Kramp-Karrenbauer']);
    // One person across national and international offices.
    expect(termsOf('Draghi').map((t) => t.office.id)).toEqual(['ecb-president', 'it-prime-minister']);
    expect(termsOf('Lagarde').map((t) => t.office.id)).toEqual(['imf-managing-director', 'ecb-president']);
    expect(termsOf('von der Leyen').map((t) => t.office.id)).toEqual(['de-defence-minister', 'eu-commission-president']);
    expect(headedBodies.find((b) => b.body === 'the ECB')?.office.id).toBe('ecb-president');
  });

  it('records US secretaries of state and EU High Representatives, with descriptive titles', () => {
    expect(holdersOn('us-secretary-of-state', '2025-05-15').map((h) => h.name)).toEqual(['Marco Rubio']);
    expect(holdersOn('us-secretary-of-state', '2018-01-10').map((h) => h.name)).toEqual(['Rex Tillerson']);
    expect(holdersOn('us-secretary-of-state', '2000-06-01')).toEqual([]);
    expect(holdersOn('eu-high-representative', '2025-05-15').map((h) => h.name)).toEqual(['Kaja Kallas']);
    expect(holdersOn('eu-high-representative', '2020-05-15').map((h) => h.name)).toEqual(['Josep Borrell']);
    expect(officesByTitle("the US's top diplomat").map((o) => o.id)).toEqual(['us-secretary-of-state']);
    expect(officesByTitle("the EU's top diplomat").map((o) => o.id)).toEqual(['eu-high-representative']);
    expect(officesByTitle('EU foreign-policy chief').map((o) => o.id)).toEqual(['eu-high-representative']);
    expect(officesByTitle("America's secretary of state").map((o) => o.id)).toEqual(['us-secretary-of-state']);
    // One person across a national and a supranational office.
    expect(termsOf('Kaja Kallas').map((t) => t.office.id)).toEqual(['ee-prime-minister', 'eu-high-representative']);
  });

  it("indexes a country's possessive with its bare roles, and only those", () => {
    expect(officesByTitle("Japan's prime minister").map((o) => o.id)).toEqual(['jp-prime-minister']);
    expect(officesByTitle('Japan’s Prime Minister').map((o) => o.id)).toEqual(['jp-prime-minister']);
    expect(officesByTitle("Argentina's President").map((o) => o.id)).toEqual(['ar-president']);
    expect(officesByTitle("the United States' president").map((o) => o.id)).toEqual(['us-president']);
    expect(officesByTitle("Germany's defence minister").map((o) => o.id)).toEqual(['de-defence-minister']);
    expect(officesByTitle("the ECB's president").map((o) => o.id)).toEqual(['ecb-president']);
    expect(officesByTitle("Japan's president")).toEqual([]);
    expect(isBareRole('Prime Minister')).toBe(true);
    expect(isBareRole('Argentine President')).toBe(false);
  });

  it('leaves changes after mid-2025 it does not record unsettled', () => {
    expect(isSettled(officeById('nl-prime-minister')!, '2025-09-01')).toBe(true);
    expect(isSettled(officeById('nl-prime-minister')!, '2025-11-15')).toBe(false);
    expect(isSettled(officeById('pe-president')!, '2025-10-12')).toBe(false);
    expect(isSettled(officeById('be-prime-minister')!, '2025-10-06')).toBe(true);
  });

  it('marks unsettled dates: past asOf, or under a caveat', () => {
    const uk = officeById('uk-prime-minister')!;
    expect(isSettled(uk, '2025-11-15')).toBe(true);
    expect(isSettled(uk, '2026-08-01')).toBe(false);
    expect(isSettled(officeById('us-president')!, '2099-01-01')).toBe(false);
  });
});
