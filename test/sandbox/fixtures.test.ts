// Every shared fixture parses with the schema the client and the sandbox use for that payload.
import { readdirSync } from 'node:fs';
import type { z } from 'zod/mini';
import * as s from '../../src/api/schemas';
import { readFixture } from '../fixtures';
import { FIXTURES } from './helpers';

const schemaFor: Record<string, z.ZodMiniType> = {
  'account.json': s.accountSchema,
  'users.json': s.usersPageSchema,
  'contacts_custom_fields.json': s.customFieldsPageSchema,
  'leads_custom_fields.json': s.customFieldsPageSchema,
  'contacts_list_page1.json': s.contactsPageSchema,
  'contact_partner_with_leads.json': s.contactSchema,
  'leads_batch.json': s.leadsPageSchema,
  'lead_notes_calls.json': s.notesPageSchema,
  'lead_links.json': s.linksPageSchema,
  'contacts_create_request.json': s.contactsCreateRequestSchema,
  'contacts_create_response.json': s.contactsCreateResponseSchema,
  'contacts_patch_request.json': s.contactsPatchRequestSchema,
  'contacts_patch_response.json': s.contactsPatchResponseSchema,
  'link_request.json': s.linkRequestSchema,
  'link_response.json': s.linksPageSchema,
  'unlink_request.json': s.linkRequestSchema,
  'note_common_create_request.json': s.notesCreateRequestSchema,
  'note_common_create_response.json': s.notesCreateResponseSchema,
  'catalogs.json': s.catalogsPageSchema,
  'catalog_elements_clients.json': s.catalogElementsPageSchema,
  'error_401.json': s.problemSchema,
  'error_402.json': s.problemSchema,
  'error_404.json': s.problemSchema,
  'error_429.json': s.problemSchema,
  'error_validation_400.json': s.problemSchema,
};

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

describe('shared amoCRM fixtures', () => {
  it('has a schema for every fixture file, so a new fixture cannot go unchecked', () => {
    expect(files.filter((f) => !(f in schemaFor))).toEqual([]);
  });

  it.each(files)('%s parses with its schema', (file) => {
    const schema = schemaFor[file];
    if (!schema) throw new Error(`no schema for ${file}`);
    const result = schema.safeParse(readFixture(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('validation error keeps per-item paths the client can point at', () => {
    const parsed = s.problemSchema.parse(readFixture('error_validation_400.json'));
    expect(parsed['validation-errors']?.[0]?.errors.map((e) => e.path)).toEqual([
      'custom_fields_values.0.field_id',
      'custom_fields_values.3.values.0.value',
    ]);
  });
});
