// The shapes the questionnaire reads and writes, owned by the domain (structural, so amoCRM's
// parsed contact and field definitions fit them without the domain importing the API layer).

import type { QuestionnaireItem } from './questionnaireFields';

export type { QuestionnaireItem };

/** One stored value of a custom field as amoCRM answers it. */
export interface StoredItem {
  value?: string | number | boolean | null | Record<string, unknown> | undefined;
  enum_id?: number | null | undefined;
  enum_code?: string | null | undefined;
}

export interface StoredField {
  field_id: number;
  field_code?: string | null | undefined;
  values: StoredItem[];
}

/** The part of a contact the questionnaire reads. */
export interface QuestionnaireCard {
  name: string;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  custom_fields_values: StoredField[];
}

/** A custom field definition, as far as the questionnaire needs it. */
export interface QuestionnaireField {
  id: number;
  name: string;
  type: string;
  code?: string | null | undefined;
}

/** Where each questionnaire answer lives on this account (detectFields' answer fits this). */
export type QuestionnaireFields = Partial<Record<QuestionnaireItem, QuestionnaireField>>;

/** One `custom_fields_values` entry of a PATCH: the whole new list of the field. */
export interface FieldWrite {
  field_id: number;
  values: Array<{ value: string | number; enum_code?: string }>;
}
