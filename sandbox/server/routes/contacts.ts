// /api/v4/contacts: list with query search and `with`, single, create (batch), update (batch and single).
import {
  contactPatchByIdSchema,
  contactsCreateRequestSchema,
  contactsPatchRequestSchema,
  type ContactWrite,
} from '../../../src/api/schemas';
import type { StoredContact } from '../../demo';
import { resolveFieldWrites, type FieldsResolution } from '../customFieldWrites';
import { readJsonBody, sendJson, sendNoContent, sendProblem } from '../http';
import { readPage, sendPage } from '../paging';
import { param, route, type Ctx, type Route } from '../router';
import { contactOut, selfLinks } from '../serialize';
import { checkBatch, issuesToItems, requestIdOf, sendValidation, type ItemErrors } from '../validation';

const PHONE_FIELD_CODE = 'PHONE';

/** Sandbox search rule (API doc §9): ≥5 query digits inside a PHONE value's digits, or text inside name/any text value. */
export function contactMatches(c: StoredContact, query: string): boolean {
  const digits = query.replace(/\D/g, '');
  const text = query.trim().toLowerCase();
  const fields = c.custom_fields_values ?? [];
  if (digits.length >= 5) {
    const phones = fields.filter((f) => f.field_code === PHONE_FIELD_CODE).flatMap((f) => f.values);
    if (
      phones.some((v) =>
        String(v.value ?? '')
          .replace(/\D/g, '')
          .includes(digits),
      )
    )
      return true;
  }
  if (!text) return false;
  const texts = [
    c.name,
    c.first_name ?? '',
    c.last_name ?? '',
    ...fields.flatMap((f) => f.values.map((v) => (typeof v.value === 'string' ? v.value : ''))),
  ];
  return texts.some((t) => t.toLowerCase().includes(text));
}

function sortContacts(ctx: Ctx, list: StoredContact[]): StoredContact[] {
  const byUpdated = ctx.query.one('order[updated_at]');
  const byId = ctx.query.one('order[id]');
  if (byUpdated) return list.sort((a, b) => (byUpdated === 'desc' ? -1 : 1) * (a.updated_at - b.updated_at || a.id - b.id));
  return list.sort((a, b) => (byId === 'desc' ? b.id - a.id : a.id - b.id));
}

function list(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  const ids = new Set(ctx.query.ints('filter[id]'));
  const q = ctx.query.one('query');
  let found = [...ctx.store.contacts.values()].filter((c) => !c.is_deleted);
  if (ids.size) found = found.filter((c) => ids.has(c.id));
  if (q !== undefined && q.trim() !== '') found = found.filter((c) => contactMatches(c, q));
  const withSet = ctx.query.withSet();
  sendPage(ctx.res, ctx, 'contacts', sortContacts(ctx, found), page, {}, (c) => contactOut(ctx.store, c, ctx.origin, withSet));
}

function one(ctx: Ctx): void {
  const c = ctx.store.contacts.get(param(ctx, 0));
  if (!c || c.is_deleted) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, contactOut(ctx.store, c, ctx.origin, ctx.query.withSet()));
}

function fieldsOrErrors(ctx: Ctx, writes: ContactWrite[], body: unknown): FieldsResolution[] | null {
  const defs = ctx.store.fieldsOf('contacts');
  const problems: ItemErrors[] = [];
  const resolved = writes.map((w, i) => {
    const r = resolveFieldWrites(defs, w.custom_fields_values);
    if (r.errors.length) problems.push({ request_id: requestIdOf(body, i), errors: r.errors });
    return r;
  });
  if (problems.length) {
    sendValidation(ctx.res, problems);
    return null;
  }
  return resolved;
}

async function create(ctx: Ctx): Promise<void> {
  const body = await readJsonBody(ctx.req);
  if (!body.ok) return sendProblem(ctx.res, 400, { detail: body.detail });
  const raw = body.value;
  if (!checkBatch(ctx.res, raw)) return;
  const parsed = contactsCreateRequestSchema.safeParse(raw);
  if (!parsed.success) return sendValidation(ctx.res, issuesToItems(parsed.error.issues, raw, true));
  const fields = fieldsOrErrors(ctx, parsed.data, raw);
  if (!fields) return;
  const created = parsed.data.map((w, i) => {
    const c = ctx.store.createContact(w, fields[i] as FieldsResolution, ctx.userId, embeddedOf(raw[i]));
    return { id: c.id, request_id: requestIdOf(raw, i), _links: selfLinks(ctx.origin, `/api/v4/contacts/${c.id}`) };
  });
  sendJson(ctx.res, 200, { _links: selfLinks(ctx.origin, '/api/v4/contacts'), _embedded: { contacts: created } });
}

/** `_embedded.tags` on create is not in the write schema; read it from the raw item. */
function embeddedOf(item: unknown): unknown {
  return item && typeof item === 'object' && '_embedded' in item ? item._embedded : undefined;
}

function updatedItem(ctx: Ctx, c: StoredContact) {
  return { id: c.id, name: c.name, updated_at: c.updated_at, _links: selfLinks(ctx.origin, `/api/v4/contacts/${c.id}`) };
}

async function patchBatch(ctx: Ctx): Promise<void> {
  const body = await readJsonBody(ctx.req);
  if (!body.ok) return sendProblem(ctx.res, 400, { detail: body.detail });
  if (!checkBatch(ctx.res, body.value)) return;
  const parsed = contactsPatchRequestSchema.safeParse(body.value);
  if (!parsed.success) return sendValidation(ctx.res, issuesToItems(parsed.error.issues, body.value, true));
  const missing = parsed.data.flatMap((w, i) =>
    ctx.store.contacts.has(w.id)
      ? []
      : [{ request_id: requestIdOf(body.value, i), errors: [{ code: 'NotFound', path: 'id', detail: 'Entity not found.' }] }],
  );
  if (missing.length) return sendValidation(ctx.res, missing);
  const fields = fieldsOrErrors(ctx, parsed.data, body.value);
  if (!fields) return;
  // Validated as a whole first: a rejected batch changes nothing.
  const updated = parsed.data.map((w, i) =>
    ctx.store.patchContact(ctx.store.contacts.get(w.id) as StoredContact, w, fields[i] as FieldsResolution, ctx.userId),
  );
  sendJson(ctx.res, 200, {
    _links: selfLinks(ctx.origin, '/api/v4/contacts'),
    _embedded: { contacts: updated.map((c) => updatedItem(ctx, c)) },
  });
}

async function patchOne(ctx: Ctx): Promise<void> {
  const body = await readJsonBody(ctx.req);
  if (!body.ok) return sendProblem(ctx.res, 400, { detail: body.detail });
  if (Array.isArray(body.value) || typeof body.value !== 'object' || body.value === null) {
    return sendProblem(ctx.res, 400, { detail: 'PATCH /contacts/{id} takes a single object, not an array' });
  }
  const contact = ctx.store.contacts.get(param(ctx, 0));
  if (!contact) return sendProblem(ctx.res, 404, { detail: 'Contact not found' });
  const parsed = contactPatchByIdSchema.safeParse(body.value);
  if (!parsed.success) return sendValidation(ctx.res, issuesToItems(parsed.error.issues, body.value, false));
  const fields = fieldsOrErrors(ctx, [parsed.data], body.value);
  if (!fields) return;
  const c = ctx.store.patchContact(contact, parsed.data, fields[0] as FieldsResolution, ctx.userId);
  sendJson(ctx.res, 200, updatedItem(ctx, c));
}

export const contactRoutes: Route[] = [
  route('GET', '/api/v4/contacts', list),
  route('POST', '/api/v4/contacts', create),
  route('PATCH', '/api/v4/contacts', patchBatch),
  route('GET', '/api/v4/contacts/:id', one),
  route('PATCH', '/api/v4/contacts/:id', patchOne),
];
