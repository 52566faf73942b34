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

/** What kind of case a number is: the engine is scored per situation. */
export type Situation =
  | 'own-number'
  | 'own-duplicate'
  /** The foreman's number called across many deals, also typed on one client's contact by mistake. */
  | 'own-on-client-contact'
  /** A foreman with only 2–3 deals: his own number has calls on 1–2 of them. */
  | 'small-foreman'
  /** «(812) 251-63-17 офис» on several foremen's cards, a couple of calls. */
  | 'shared-office'
  /** A foreman's second mobile («второй»), one call on a deal whose client is known by another number. */
  | 'second-mobile'
  /** «Олег плиточник»: calls on 2 deals at 2 addresses. */
  | 'crew-member'
  | 'client-number'
  /** A client's second phone (spouse): one or two calls on the client's deal. */
  | 'client-spouse'
  | 'client-of-two'
  /** A client with a second job at the same address. */
  | 'repeat-job'
  /** A client's number without calls in the deal: the client base or the client's contact holds it. */
  | 'client-no-calls'
  /** «926-08-33 дом»: seven digits, no city code. */
  | 'local-7-digit'
  | 'no-calls';

/** How much the account says about a number: `none` means nothing to decide by. */
export type EvidenceStrength = 'strong' | 'some' | 'weak' | 'none';

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
  situation: Situation;
  evidence: EvidenceStrength;
  /** Deals whose calls use the number. */
  callDeals: number;
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
