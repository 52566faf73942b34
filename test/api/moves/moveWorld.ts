// Moves against the real sandbox (its routes, schemas, session and faults; PATCH replaces the
// whole field list as amoCRM does), in process: no socket, and a scheduler and retry policy that
// never really wait, so thousands of moves take seconds. Each world has its own small account.
import { createAmoClient, createScheduler, type AmoClient } from '../../../src/api/client';
import type { FetchLike } from '../../../src/api/client/http';
import { generateDemoData, type DemoData, type StoredContact, type StoredLead } from '../../../sandbox/demo';
import { createSandbox, type Sandbox } from '../../../sandbox/server';
import { CONTACT_FIELD } from '../../../sandbox/demo/fields';

let base: DemoData | undefined;
function baseData(): DemoData {
  base ??= generateDemoData(1);
  return base;
}

export interface CardSpec {
  id: number;
  name: string;
  phones: string[];
  enumCode?: string;
}

const NOW = 1_760_000_000;

function storedContact(spec: CardSpec): StoredContact {
  return {
    id: spec.id,
    name: spec.name,
    first_name: '',
    last_name: '',
    responsible_user_id: baseData().account.current_user_id,
    group_id: 0,
    created_by: 0,
    updated_by: 0,
    created_at: NOW,
    updated_at: NOW,
    closest_task_at: null,
    is_deleted: false,
    is_unsorted: false,
    custom_fields_values:
      spec.phones.length === 0
        ? null
        : [
            {
              field_id: CONTACT_FIELD.phone,
              field_name: 'Телефон',
              field_code: 'PHONE',
              field_type: 'multitext',
              values: spec.phones.map((value) => ({ value, enum_code: spec.enumCode ?? 'WORK' })),
            },
          ],
    tags: [],
  } as StoredContact;
}

/** An account holding only these contacts (the demo's fields, users and account settings). */
export function accountWith(cards: CardSpec[], leadIds: number[] = []): DemoData {
  const { account, users, contactFields, leadFields, leads } = baseData();
  const lead = leads[0] as StoredLead;
  return {
    account,
    users,
    contactFields,
    leadFields,
    catalogFields: {},
    catalogs: [],
    catalogElements: [],
    contacts: cards.map(storedContact),
    leads: leadIds.map((id) => ({ ...structuredClone(lead), id, name: `Ремонт ${id}` })),
    links: [],
    notes: [],
    tags: [],
    answerKey: { seed: 0, foremen: [], heavyForemanId: 0, entries: [] },
  };
}

/** Breaks chosen requests: answer instead of the sandbox, or `pass()` it on and answer something else. */
export type Breaker = (method: string, path: string, pass: () => Promise<Response>) => Response | Promise<Response> | undefined;

export interface MoveWorld {
  sb: Sandbox;
  /** A client as one browser tab has it: its own scheduler. */
  tab(breaker?: Breaker): AmoClient & { sent: string[] };
  phonesOf(id: number): string[];
  contactsHolding(digits: string): number[];
  notesOf(id: number): string[];
}

export const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ title: 'Injected', status, detail: 'Injected by the test' }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

/** Lets a write through to the sandbox, then answers 500: applied, with the answer lost. */
export const appliedThen500 = async (pass: () => Promise<Response>) => (await pass(), problem(500));

/** A client as one browser tab has it, on a world's sandbox: its own scheduler, every request line kept in `sent`. */
export function tabClient(sb: Sandbox, breaker?: Breaker): AmoClient & { sent: string[] } {
  const sent: string[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const line = `${init.method ?? 'GET'} ${url.pathname}`;
    sent.push(line);
    const pass = () => sb.fetch(input, init);
    return (await breaker?.(init.method ?? 'GET', url.pathname + url.search, pass)) ?? pass();
  };
  const client = createAmoClient({
    baseUrl: sb.url,
    fetch,
    headers: { Cookie: sb.login() },
    // No waiting: the rate budget is not what these tests are about (the scheduler has its own).
    scheduler: createScheduler({ maxPerWindow: 1000, windowMs: 0, marginMs: 0 }),
    retry: { baseDelayMs: 0, maxDelayMs: 0, default429DelayMs: 0, max429Attempts: 3, random: () => 0 },
  });
  return Object.assign(client, { sent });
}

export async function moveWorld(cards: CardSpec[], leadIds: number[] = []): Promise<MoveWorld> {
  const sb = await createSandbox({ data: accountWith(cards, leadIds), listen: false });
  const phonesOf = (id: number) =>
    (sb.store.contacts.get(id)?.custom_fields_values?.find((f) => f.field_code === 'PHONE')?.values ?? []).map((v) => String(v.value));
  return {
    sb,
    tab: (breaker) => tabClient(sb, breaker),
    phonesOf,
    contactsHolding: (digits) =>
      [...sb.store.contacts.values()].filter((c) => phonesOf(c.id).some((v) => v.replace(/\D/g, '').includes(digits))).map((c) => c.id),
    notesOf: (id) => sb.store.notesOf('contacts', id).map((n) => String(n.params.text ?? '')),
  };
}
