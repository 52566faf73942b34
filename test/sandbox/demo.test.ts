// The demo account is realistic where the engine will be scored: foremen's cards as managers fill
// them, evidence in calls that points at the truth, and an answer key that agrees with the records.
import { readFileSync } from 'node:fs';
import { generateDemoData, type DemoData } from '../../sandbox/demo';
import { answerKeyJson, ANSWER_KEY_PATH } from '../../sandbox/demo/generate';

const data: DemoData = generateDemoData();
const digits = (v: unknown) => String(v ?? '').replace(/\D/g, '');
const national = (e164: string) => e164.slice(2);
const phonesOf = (id: number) =>
  data.contacts.find((c) => c.id === id)?.custom_fields_values?.find((f) => f.field_id === 501101)?.values ?? [];
const callDeals = new Map<string, Set<number>>();
for (const n of data.notes) {
  if (n.note_type !== 'call_in' && n.note_type !== 'call_out') continue;
  const d = digits(n.params.phone).slice(-10);
  callDeals.set(d, (callDeals.get(d) ?? new Set()).add(n.entity_id));
}
const leadsOf = (contactId: number) =>
  data.links
    .filter((l) => l.entity_type === 'leads' && l.to_entity_type === 'contacts' && l.to_entity_id === contactId)
    .map((l) => l.entity_id);

describe('demo data', () => {
  it('the committed answer key is what the generator writes', () => {
    expect(readFileSync(ANSWER_KEY_PATH, 'utf8')).toBe(answerKeyJson());
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateDemoData(1).answerKey).toEqual(data.answerKey);
    expect(generateDemoData(2).answerKey.entries).not.toEqual(data.answerKey.entries);
  });

  it('has at least six ordinary foremen tagged «прораб» with the partner role, 3–30 numbers each', () => {
    const foremen = data.contacts.filter((c) => c.tags.some((t) => t.name === 'прораб'));
    expect(foremen.length).toBeGreaterThanOrEqual(7);
    for (const f of foremen) {
      expect(f.custom_fields_values?.find((v) => v.field_id === 501205)?.values[0]?.value).toBe('Прораб / партнёр');
      expect(phonesOf(f.id).length).toBeGreaterThanOrEqual(3);
      expect(phonesOf(f.id).length).toBeLessThanOrEqual(30);
    }
    expect(foremen[0]?.id).toBe(24000101);
  });

  it('has 80 ordinary deals with contract numbers, and the heavy card with 30 numbers, 400 deals and 4,000 calls', () => {
    const ordinary = data.leads.filter((l) => l.id < 31600000);
    expect(ordinary).toHaveLength(80);
    // 31500103 is kept as the fixture has it: a deal whose fields nobody filled.
    for (const l of data.leads.filter((x) => x.id !== 31500103)) {
      expect(l.custom_fields_values?.find((f) => f.field_id === 601103)?.values[0]?.value).toMatch(/^СПб-20\d\d\/\d{3}$/);
    }
    const heavy = data.answerKey.heavyForemanId;
    expect(phonesOf(heavy)).toHaveLength(30);
    const heavyDeals = new Set(leadsOf(heavy));
    expect(heavyDeals.size).toBe(400);
    expect(data.notes.filter((n) => heavyDeals.has(n.entity_id) && n.note_type.startsWith('call_'))).toHaveLength(4000);
  });

  it('types addresses in varied forms, some only in the deal name', () => {
    const withoutAddress = data.leads.filter((l) => !l.custom_fields_values?.some((f) => f.field_id === 601101));
    expect(withoutAddress.length).toBeGreaterThan(5);
    const addresses = data.leads.flatMap(
      (l) => l.custom_fields_values?.find((f) => f.field_id === 601101)?.values.map((v) => String(v.value)) ?? [],
    );
    for (const form of [/кв\. \d+$/, / к\d kв? ?\d+|к\d кв \d+/, /^СПб, /, /^[А-Яа-яё]+ \d+[А-В]?-\d+(-\d+)?$/])
      expect(addresses.some((a) => form.test(a))).toBe(true);
  });

  it('keeps gaps in the client base: rows without a name, without a phone, and contracts missing', () => {
    const rows = data.catalogElements.filter((e) => e.catalog_id === 12301);
    const has = (e: (typeof rows)[number], id: number) => e.custom_fields_values?.some((f) => f.field_id === id);
    expect(rows.some((e) => !has(e, 801103))).toBe(true);
    expect(rows.some((e) => !has(e, 801105))).toBe(true);
    const contracts = new Set(
      rows.flatMap((e) => e.custom_fields_values?.find((f) => f.field_id === 801101)?.values.map((v) => v.value) ?? []),
    );
    expect(
      data.leads.filter((l) => !contracts.has(l.custom_fields_values?.find((f) => f.field_id === 601103)?.values[0]?.value ?? '')).length,
    ).toBeGreaterThan(5);
  });

  it('writes card numbers in messy real forms: extensions, two numbers in one value, a stray name', () => {
    const values = data.answerKey.foremen.flatMap((id) => phonesOf(id).map((v) => String(v.value)));
    expect(values.some((v) => /доб\. \d+/.test(v))).toBe(true);
    expect(values.some((v) => /\d( \/ |, | или |; )[+8(\d]/.test(v))).toBe(true);
    expect(values.some((v) => /\d [А-Я][а-я]+, [А-Я]/.test(v))).toBe(true);
    expect(values.some((v) => digits(v).includes('812'))).toBe(true);
  });
});

describe('answer key agrees with the records', () => {
  const entries = data.answerKey.entries;

  it('points at the value it describes, and that value holds the number', () => {
    for (const e of entries) {
      const v = phonesOf(e.contactId)[e.valueIndex];
      expect(v?.value).toBe(e.value);
      // A seven-digit local number is keyed by its 812 completion.
      expect(digits(e.value)).toContain(e.situation === 'local-7-digit' ? national(e.e164).slice(3) : national(e.e164));
    }
    const covered = new Set(entries.map((e) => `${e.contactId}:${e.valueIndex}`));
    for (const id of data.answerKey.foremen) phonesOf(id).forEach((_, i) => expect(covered.has(`${id}:${i}`)).toBe(true));
  });

  it('a foreman’s own number appears in calls of several of his deals, unless the key says its evidence is thin', () => {
    for (const e of entries.filter((x) => x.owner === 'partner')) {
      const seen = callDeals.get(national(e.e164))?.size ?? 0;
      expect(seen).toBe(e.callDeals);
      if (e.situation === 'own-number') expect(seen).toBeGreaterThanOrEqual(3);
      if (e.situation === 'small-foreman') expect(seen).toBeLessThanOrEqual(2);
      if (e.situation === 'second-mobile') expect(seen).toBe(1);
      if (e.situation === 'crew-member') expect(seen).toBeGreaterThanOrEqual(2);
    }
  });

  it('holds every hard situation of issue 12', () => {
    const situations = new Set(entries.map((e) => e.situation));
    for (const s of [
      'own-on-client-contact',
      'small-foreman',
      'shared-office',
      'second-mobile',
      'crew-member',
      'client-spouse',
      'client-of-two',
      'repeat-job',
      'client-no-calls',
      'local-7-digit',
    ] as const) {
      expect(situations).toContain(s);
    }
    const office = entries.find((e) => e.situation === 'shared-office' && e.owner === 'partner');
    expect(new Set(entries.filter((e) => e.e164 === office?.e164).map((e) => e.contactId)).size).toBeGreaterThanOrEqual(3);
  });

  it('a client number appears in calls of that client’s deals, which are the foreman’s deals', () => {
    // …except the clients whose calls were never logged in the deal (the base or their contact holds the number).
    for (const e of entries.filter((x) => x.owner === 'client' && x.situation !== 'client-no-calls')) {
      expect(e.clientName).toBeTruthy();
      const calls = callDeals.get(national(e.e164)) ?? new Set<number>();
      expect(e.dealIds?.some((d) => calls.has(d))).toBe(true);
      expect(e.dealIds?.some((d) => leadsOf(e.contactId).includes(d))).toBe(true);
    }
  });

  it('names the fixture clients as the manual procedure would', () => {
    const byValue = (v: string) => entries.find((e) => e.contactId === 24000101 && e.value === v);
    expect(byValue('8-911-765-43-21')).toMatchObject({ owner: 'client', clientName: 'Соколова Марина Викторовна', dealIds: [31500101] });
    expect(byValue('+79052223344')).toMatchObject({ owner: 'client', clientName: 'Купчинская 4-3-22', dealIds: [31500102] });
    expect(byValue('89211234567 доб. 12')).toMatchObject({ owner: 'partner', e164: '+79211234567' });
  });

  it('includes ambiguous numbers: one with no calls, one on two foremen’s cards', () => {
    const ambiguous = entries.filter((e) => e.owner === 'ambiguous');
    expect(ambiguous.some((e) => !callDeals.has(national(e.e164)))).toBe(true);
    const onCards = (e164: string) => new Set(entries.filter((e) => e.e164 === e164).map((e) => e.contactId)).size;
    expect(ambiguous.some((e) => onCards(e.e164) === 2)).toBe(true);
  });
});
