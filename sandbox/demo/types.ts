// The demo account as data: entity records in amoCRM's wire shape, minus the HAL links the
// server adds per request (they carry the request's origin). Types come from the API schemas.
import type { z } from 'zod';
import type {
  Account,
  Catalog,
  CatalogElement,
  Contact,
  CustomFieldValue,
  EntityLink,
  Lead,
  Note,
  Tag,
  User,
  customFieldDefinitionSchema,
} from '../../src/api/schemas';

export type FieldDefinition = Omit<z.input<typeof customFieldDefinitionSchema>, '_links'>;

type Stored<T> = Omit<T, '_links' | '_embedded' | 'custom_fields_values' | 'account_id'> & {
  custom_fields_values: CustomFieldValue[] | null;
};

export type StoredContact = Stored<Contact> & { tags: Tag[] };
export type StoredLead = Stored<Lead> & { tags: Tag[] };
export type StoredCatalogElement = Stored<CatalogElement>;
export type StoredCatalog = Omit<Catalog, '_links'>;
export type StoredNote = Omit<Note, '_links' | 'account_id' | 'params'> & {
  entity_type: 'leads' | 'contacts';
  params: Record<string, unknown>;
};
/** One link row as amoCRM keeps it: lead → contact / catalog element, contact → catalog element. */
export type StoredLink = {
  entity_type: 'leads' | 'contacts';
  entity_id: number;
  to_entity_type: 'contacts' | 'catalog_elements';
  to_entity_id: number;
  metadata: NonNullable<EntityLink['metadata']>;
};

export type PhoneOwner = 'partner' | 'client' | 'ambiguous';

/** The truth about one number on a foreman's card (a value holding two numbers gives two rows). */
export interface AnswerKeyEntry {
  contactId: number;
  valueIndex: number;
  value: string;
  e164: string;
  owner: PhoneOwner;
  /** For client numbers: the client's full name, or the address-form name when the base lacks it. */
  clientName?: string;
  /** For client numbers: the client's deals; for partner/ambiguous: deals whose calls use the number. */
  dealIds?: number[];
  why: string;
}

export interface AnswerKey {
  seed: number;
  foremen: number[];
  heavyForemanId: number;
  entries: AnswerKeyEntry[];
}

export interface DemoData {
  account: Account;
  users: User[];
  contactFields: FieldDefinition[];
  leadFields: FieldDefinition[];
  catalogFields: Record<number, FieldDefinition[]>;
  catalogs: StoredCatalog[];
  catalogElements: StoredCatalogElement[];
  contacts: StoredContact[];
  leads: StoredLead[];
  links: StoredLink[];
  notes: StoredNote[];
  tags: Tag[];
  answerKey: AnswerKey;
}
