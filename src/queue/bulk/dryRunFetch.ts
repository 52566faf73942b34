// A dry run of a move: reads go to amoCRM for real, writes are recorded and answered as amoCRM
// would, on an in-memory copy of the contacts they touch. The shared client and the real move
// orchestration run on top of it unchanged, so the recorded list is exactly what a real move
// would send, request by request.
import type { FetchLike } from '../../api/client';

export interface PlannedWrite {
  method: string;
  /** Path and query, e.g. `/api/v4/contacts/24000101`. */
  path: string;
  body: unknown;
}

/** Ids given to contacts a dry run "creates"; they never exist in amoCRM. */
export const DRY_RUN_FIRST_ID = 900_000_001;

type FieldJson = { field_id?: number; field_code?: string | null; values: unknown[] | null } & Record<string, unknown>;
type ContactJson = { id: number; updated_at: number; custom_fields_values: FieldJson[] | null } & Record<string, unknown>;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/hal+json' } });
}

function applyFields(contact: ContactJson, writes: FieldJson[]): void {
  const fields = [...(contact.custom_fields_values ?? [])];
  for (const w of writes) {
    const at = fields.findIndex(
      (f) => (w.field_id !== undefined && f.field_id === w.field_id) || (w.field_code && f.field_code === w.field_code),
    );
    if (w.values === null) {
      if (at >= 0) fields.splice(at, 1);
    } else if (at >= 0) {
      fields[at] = { ...fields[at], values: w.values };
    } else {
      fields.push({ field_id: w.field_id ?? 0, field_code: w.field_code ?? null, values: w.values });
    }
  }
  contact.custom_fields_values = fields.length > 0 ? fields : null;
  contact.updated_at += 1;
}

export function createDryRunFetch(realFetch: FetchLike): { fetch: FetchLike; writes: PlannedWrite[] } {
  const writes: PlannedWrite[] = [];
  const contacts = new Map<number, ContactJson>();
  let nextId = DRY_RUN_FIRST_ID;

  const dryFetch: FetchLike = async (input, init) => {
    const url = new URL(input, 'http://dry.run');
    const method = (init.method ?? 'GET').toUpperCase();
    const one = /^\/api\/v4\/contacts\/(\d+)$/.exec(url.pathname);
    const id = one ? Number(one[1]) : undefined;
    if (method === 'GET') {
      const known = id !== undefined ? contacts.get(id) : undefined;
      if (known) return json(known);
      const res = await realFetch(input, init);
      if (id !== undefined && res.status === 200) contacts.set(id, (await res.clone().json()) as ContactJson);
      return res;
    }

    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    writes.push({ method, path: url.pathname + url.search, body });
    if (method === 'POST' && url.pathname === '/api/v4/contacts' && Array.isArray(body)) {
      const created = (body as Array<{ name?: string; request_id?: string; custom_fields_values?: FieldJson[] }>).map((item, i) => {
        const contact: ContactJson = {
          id: nextId++,
          name: item.name ?? '',
          updated_at: 0,
          custom_fields_values: null,
          _embedded: { tags: [], companies: [] },
        };
        applyFields(contact, item.custom_fields_values ?? []);
        contacts.set(contact.id, contact);
        return { id: contact.id, request_id: item.request_id ?? String(i) };
      });
      return json({ _embedded: { contacts: created } });
    }
    if (method === 'PATCH' && id !== undefined) {
      const contact = contacts.get(id);
      const fields = (body as { custom_fields_values?: FieldJson[] } | undefined)?.custom_fields_values ?? [];
      if (contact) applyFields(contact, fields);
      return json({ id, updated_at: contact?.updated_at ?? 0 });
    }
    if (url.pathname.endsWith('/unlink')) return new Response(null, { status: 204 });
    if (url.pathname.endsWith('/link')) return json({ _embedded: { links: [] } });
    if (url.pathname.endsWith('/notes') && Array.isArray(body)) {
      const owner = /\/contacts\/(\d+)\/notes$/.exec(url.pathname)?.[1];
      const notes = (body as Array<{ entity_id?: number; request_id?: string }>).map((n, i) => ({
        id: i + 1,
        entity_id: n.entity_id ?? Number(owner ?? 0),
        request_id: n.request_id ?? String(i),
      }));
      return json({ _embedded: { notes } });
    }
    return json({}, 200);
  };
  return { fetch: dryFetch, writes };
}
