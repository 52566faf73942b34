// Compile-time proof that the zod schemas (the single source of the API types) still fit the shapes
// the domain owns: if a schema drops or retypes a field the domain reads, tsc fails here. Types only.
import type { ClientBaseRecord, ContactRecord, DealRecord, FieldDefinition, FieldItem, FieldValue, NoteRecord } from '../../domain/records';
import type { WidgetSettings } from '../../domain/settings';
import type { CatalogElement } from './catalogs';
import type { CustomFieldValue, CustomFieldValueItem } from './common';
import type { Contact } from './contacts';
import type { CustomFieldDefinition } from './customFields';
import type { Lead } from './leads';
import type { Note } from './notes';

type Fits<Api extends Domain, Domain> = [Api, Domain];

export type DomainFit = [
  Fits<Contact, ContactRecord>,
  Fits<Lead, DealRecord>,
  Fits<Note, NoteRecord>,
  Fits<CatalogElement, ClientBaseRecord>,
  Fits<CustomFieldDefinition, FieldDefinition>,
  Fits<CustomFieldValue, FieldValue>,
  Fits<CustomFieldValueItem, FieldItem>,
  // Settings are read from amoCRM's widget object as strings: every key an optional string.
  Fits<Partial<Record<keyof WidgetSettings, string>>, WidgetSettings>,
];
