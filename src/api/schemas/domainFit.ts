// Compile-time proof that the zod schemas (the single source of the API types) still fit the shapes
// the domain owns: if a schema drops or retypes a field the domain reads, tsc fails here. Types only.
import type {
  ClientBaseRecord,
  ContactRecord,
  ContactWrite as DomainContactWrite,
  DealRecord,
  FieldDefinition,
  FieldItem,
  FieldValue,
  NoteRecord,
} from '../../domain/records';
import type { WidgetSettings } from '../../domain/settings';
import type { CatalogElement } from './catalogs';
import type { CustomFieldValue, CustomFieldValueItem } from './common';
import type { Contact } from './contacts';
import type { CustomFieldDefinition } from './customFields';
import type { Lead } from './leads';
import type { Note } from './notes';
import type { ContactWrite } from './writes';

/** Sub must be assignable to Super: an API record to the domain shape it feeds, a domain write to the request body. */
type Fits<Sub extends Super, Super> = [Sub, Super];

export type DomainFit = [
  Fits<Contact, ContactRecord>,
  Fits<Lead, DealRecord>,
  Fits<Note, NoteRecord>,
  Fits<CatalogElement, ClientBaseRecord>,
  Fits<CustomFieldDefinition, FieldDefinition>,
  Fits<CustomFieldValue, FieldValue>,
  Fits<CustomFieldValueItem, FieldItem>,
  // Writes go the other way: what the domain asks to write must be a valid request body.
  Fits<DomainContactWrite, ContactWrite>,
  // Settings are read from amoCRM's widget object as strings: every key an optional string.
  Fits<Partial<Record<keyof WidgetSettings, string>>, WidgetSettings>,
];
