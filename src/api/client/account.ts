// Account basics and field definitions: what the questionnaire and the detector need.
import { accountSchema, customFieldsPageSchema, type Account, type CustomFieldDefinition } from '../schemas';
import { AmoApiError } from './errors';
import type { Http } from './http';
import { fetchAllPages } from './pagination';

export type FieldEntity = 'contacts' | 'leads';

export function accountApi(http: Http) {
  return {
    async getAccount(opts: { signal?: AbortSignal } = {}): Promise<Account> {
      const account = await http.request({ method: 'GET', path: '/api/v4/account', schema: accountSchema, ...opts });
      if (!account) throw new AmoApiError({ kind: 'not-found', endpoint: 'GET /api/v4/account' });
      return account;
    },

    getCustomFields(entity: FieldEntity, opts: { signal?: AbortSignal } = {}): Promise<CustomFieldDefinition[]> {
      return fetchAllPages(http, {
        path: `/api/v4/${entity}/custom_fields`,
        query: { limit: 250 },
        schema: customFieldsPageSchema,
        key: 'custom_fields',
        ...opts,
      });
    },
  };
}
