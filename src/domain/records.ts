// The amoCRM records the domain reads, owned by the domain: only the fields it uses, structural,
// so the API layer's parsed objects fit them without the domain importing the API layer.
// src/api/schemas/domainFit.ts checks at compile time that every API type still fits.

import type { QuestionnaireCard, QuestionnaireField, StoredField, StoredItem } from './questionnaire/questionnaireTypes';

/** One stored value of a custom field (text, timestamp, option). */
export type FieldItem = StoredItem;

/** One `custom_fields_values` entry; catalog rows also carry the field's name. */
export interface FieldValue extends StoredField {
  readonly field_name?: string | null | undefined;
}

/** Anything with custom field values: contacts, deals, client-base rows. */
export interface HasFields {
  readonly custom_fields_values: FieldValue[];
}

/** A select option of a field definition. */
export interface FieldOption {
  readonly id: number;
  readonly value: string;
}

/** A custom field definition, as far as the domain needs it. */
export interface FieldDefinition extends QuestionnaireField {
  readonly enums: FieldOption[];
}

interface Ref {
  readonly id: number;
}

/** A contact card: a partner (foreman), a client, another person. */
export interface ContactRecord extends QuestionnaireCard {
  readonly id: number;
  readonly custom_fields_values: FieldValue[];
  readonly _embedded: {
    readonly tags: ReadonlyArray<{ readonly name: string }>;
    readonly leads?: readonly Ref[] | undefined;
  };
}

/** A deal (lead) with the contacts and client-base rows linked to it. */
export interface DealRecord extends HasFields {
  readonly id: number;
  readonly name: string;
  readonly _embedded: {
    readonly contacts?: ReadonlyArray<Ref & { readonly is_main?: boolean | undefined }> | undefined;
    readonly catalog_elements?: readonly Ref[] | undefined;
  };
}

/** A note of a deal or a card: calls keep `phone` and `duration` in params, text notes `text`. */
export interface NoteRecord {
  readonly id: number;
  readonly entity_id: number;
  readonly created_at: number;
  readonly note_type: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A row of the client base (a catalog element): contract, client name, phones, address. */
export interface ClientBaseRecord extends HasFields {
  readonly id: number;
  readonly name: string;
}

/** What the domain asks to write on a contact (the partner marker): tags to add, whole new field values. */
export interface ContactWrite {
  tags_to_add?: Array<{ name: string }>;
  custom_fields_values?: Array<{ field_id: number; values: Array<{ value?: string; enum_id?: number }> }>;
}
