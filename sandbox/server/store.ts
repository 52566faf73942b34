// The sandbox's in-memory amoCRM account: entities, links between them, and the writes the API allows.
import type { ContactWrite, Tag } from '../../src/api/schemas';
import type { DemoData, FieldDefinition, StoredCatalogElement, StoredContact, StoredLead, StoredLink, StoredNote } from '../demo';
import type { FieldsResolution } from './customFieldWrites';

const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface ContactRef {
  id: number;
  isMain: boolean;
}

export class Store {
  data!: DemoData;
  contacts = new Map<number, StoredContact>();
  leads = new Map<number, StoredLead>();
  notes = new Map<number, StoredNote>();
  elements = new Map<number, StoredCatalogElement>();
  private nextContactId = 0;
  private nextNoteId = 0;
  // Lazy indexes, dropped whenever links or notes change: a large account has tens of thousands.
  private linkIndex: { from: Map<string, StoredLink[]>; to: Map<string, StoredLink[]> } | null = null;
  private noteIndex: Map<string, StoredNote[]> | null = null;

  constructor(private readonly pristine: DemoData) {
    this.reset();
  }

  /** Back to the demo data as generated (API-created ids restart too). */
  reset(): void {
    // Notes and client-base rows are never changed through the API (only added to), so they are
    // shared with the pristine data instead of deep-copied: this keeps reset cheap (4,000+ notes).
    const { notes, catalogElements, ...mutable } = this.pristine;
    this.data = { ...structuredClone(mutable), notes: [...notes], catalogElements: [...catalogElements] };
    this.contacts = new Map(this.data.contacts.map((c) => [c.id, c]));
    this.leads = new Map(this.data.leads.map((l) => [l.id, l]));
    this.notes = new Map(this.data.notes.map((n) => [n.id, n]));
    this.elements = new Map(this.data.catalogElements.map((e) => [e.id, e]));
    // The fixtures' create answers say 24000201 and 88002001: start new ids there.
    this.nextContactId = Math.max(24000200, ...this.contacts.keys()) + 1;
    this.nextNoteId = Math.max(88002000, ...this.notes.keys()) + 1;
    this.linkIndex = null;
    this.noteIndex = null;
  }

  private links_(): { from: Map<string, StoredLink[]>; to: Map<string, StoredLink[]> } {
    if (this.linkIndex) return this.linkIndex;
    const from = new Map<string, StoredLink[]>();
    const to = new Map<string, StoredLink[]>();
    const add = (m: Map<string, StoredLink[]>, k: string, l: StoredLink) => m.set(k, [...(m.get(k) ?? []), l]);
    for (const l of this.links) {
      add(from, `${l.entity_type}:${l.entity_id}`, l);
      add(to, `${l.to_entity_type}:${l.to_entity_id}`, l);
    }
    this.linkIndex = { from, to };
    return this.linkIndex;
  }

  /** Links kept on this entity's side (a lead's contacts and elements, a contact's elements). */
  linksFrom(entity: 'leads' | 'contacts', id: number): StoredLink[] {
    return this.links_().from.get(`${entity}:${id}`) ?? [];
  }

  /** Links pointing at this entity (a contact's deals). */
  linksTo(type: 'contacts' | 'catalog_elements', id: number): StoredLink[] {
    return this.links_().to.get(`${type}:${id}`) ?? [];
  }

  notesOf(entity: 'leads' | 'contacts', id: number): StoredNote[] {
    if (!this.noteIndex) {
      this.noteIndex = new Map();
      for (const n of this.notes.values()) {
        const k = `${n.entity_type}:${n.entity_id}`;
        const list = this.noteIndex.get(k);
        if (list) list.push(n);
        else this.noteIndex.set(k, [n]);
      }
    }
    return this.noteIndex.get(`${entity}:${id}`) ?? [];
  }

  get links(): StoredLink[] {
    return this.data.links;
  }

  fieldsOf(entity: 'contacts' | 'leads'): FieldDefinition[] {
    return entity === 'contacts' ? this.data.contactFields : this.data.leadFields;
  }

  /** Leads linked to a contact, by id. */
  leadIdsOfContact(contactId: number): number[] {
    return this.linksTo('contacts', contactId)
      .filter((l) => l.entity_type === 'leads')
      .map((l) => l.entity_id)
      .sort((a, b) => a - b);
  }

  contactsOfLead(leadId: number): ContactRef[] {
    return this.linksFrom('leads', leadId)
      .filter((l) => l.to_entity_type === 'contacts')
      .map((l) => ({ id: l.to_entity_id, isMain: l.metadata.main_contact === true }));
  }

  elementLinksOf(entity: 'leads' | 'contacts', id: number): StoredLink[] {
    return this.linksFrom(entity, id).filter((l) => l.to_entity_type === 'catalog_elements');
  }

  createContact(write: ContactWrite, fields: FieldsResolution, userId: number, rawTags: unknown): StoredContact {
    const t = nowSeconds();
    const contact: StoredContact = {
      id: this.nextContactId++,
      name: write.name ?? [write.first_name, write.last_name].filter(Boolean).join(' '),
      first_name: write.first_name ?? '',
      last_name: write.last_name ?? '',
      responsible_user_id: write.responsible_user_id ?? userId,
      group_id: 0,
      created_by: write.created_by ?? userId,
      updated_by: write.updated_by ?? userId,
      created_at: t,
      updated_at: t,
      closest_task_at: null,
      is_deleted: false,
      is_unsorted: false,
      custom_fields_values: fields.apply(null),
      tags: [],
    };
    this.addTags(contact, [...(write.tags_to_add ?? []), ...tagList(rawTags)]);
    this.contacts.set(contact.id, contact);
    this.data.contacts.push(contact);
    return contact;
  }

  patchContact(contact: StoredContact, write: ContactWrite, fields: FieldsResolution, userId: number): StoredContact {
    if (write.name !== undefined) contact.name = write.name;
    if (write.first_name !== undefined) contact.first_name = write.first_name;
    if (write.last_name !== undefined) contact.last_name = write.last_name;
    if (write.responsible_user_id !== undefined) contact.responsible_user_id = write.responsible_user_id;
    contact.custom_fields_values = fields.apply(contact.custom_fields_values);
    this.addTags(contact, write.tags_to_add ?? []);
    for (const del of write.tags_to_delete ?? []) {
      contact.tags = contact.tags.filter((t) => t.id !== del.id && t.name.toLowerCase() !== del.name?.toLowerCase());
    }
    contact.updated_at = nowSeconds();
    contact.updated_by = write.updated_by ?? userId;
    return contact;
  }

  private addTags(contact: StoredContact, wanted: Array<{ id?: number; name?: string }>): void {
    for (const w of wanted) {
      const tag = this.findOrCreateTag(w);
      if (tag && !contact.tags.some((t) => t.id === tag.id)) contact.tags.push({ ...tag });
    }
  }

  private findOrCreateTag(w: { id?: number; name?: string }): Tag | null {
    const found = this.data.tags.find((t) => (w.id !== undefined ? t.id === w.id : t.name.toLowerCase() === w.name?.toLowerCase()));
    if (found || w.id !== undefined || !w.name) return found ?? null;
    const tag = { id: Math.max(90100, ...this.data.tags.map((t) => t.id)) + 2, name: w.name, color: null };
    this.data.tags.push(tag);
    return tag;
  }

  /** Links a contact to a lead; `is_main` makes it the main contact, the first contact is main by default. */
  linkContact(leadId: number, contactId: number, isMain: boolean | undefined): StoredLink {
    const existing = this.contactsOfLead(leadId);
    const main = isMain ?? existing.filter((c) => c.id !== contactId).length === 0;
    if (main)
      for (const l of this.links)
        if (l.entity_type === 'leads' && l.entity_id === leadId && l.to_entity_type === 'contacts') l.metadata = { main_contact: false };
    let link = this.links.find(
      (l) => l.entity_type === 'leads' && l.entity_id === leadId && l.to_entity_type === 'contacts' && l.to_entity_id === contactId,
    );
    if (link) link.metadata = { main_contact: main || link.metadata.main_contact === true };
    else {
      link = {
        entity_type: 'leads',
        entity_id: leadId,
        to_entity_type: 'contacts',
        to_entity_id: contactId,
        metadata: { main_contact: main },
      };
      this.links.push(link);
      this.linkIndex = null;
    }
    this.touchLead(leadId);
    return link;
  }

  linkElement(entity: 'leads' | 'contacts', id: number, element: StoredCatalogElement, quantity: number): StoredLink {
    let link = this.links.find(
      (l) => l.entity_type === entity && l.entity_id === id && l.to_entity_type === 'catalog_elements' && l.to_entity_id === element.id,
    );
    if (!link) {
      link = { entity_type: entity, entity_id: id, to_entity_type: 'catalog_elements', to_entity_id: element.id, metadata: {} };
      this.links.push(link);
      this.linkIndex = null;
    }
    link.metadata = { quantity, catalog_id: element.catalog_id };
    return link;
  }

  /** Unlinks; when the main contact goes, the next contact becomes main (as amoCRM shows it). */
  unlink(entity: 'leads' | 'contacts', id: number, toType: string, toId: number): void {
    const wasMain = this.links.some(
      (l) =>
        l.entity_type === entity && l.entity_id === id && l.to_entity_type === toType && l.to_entity_id === toId && l.metadata.main_contact,
    );
    this.data.links = this.links.filter(
      (l) => !(l.entity_type === entity && l.entity_id === id && l.to_entity_type === toType && l.to_entity_id === toId),
    );
    this.linkIndex = null;
    if (wasMain) {
      const next = this.links.find((l) => l.entity_type === 'leads' && l.entity_id === id && l.to_entity_type === 'contacts');
      if (next) next.metadata = { main_contact: true };
    }
    if (entity === 'leads') this.touchLead(id);
  }

  addNote(
    entityType: 'leads' | 'contacts',
    entityId: number,
    noteType: string,
    params: Record<string, unknown>,
    userId: number,
  ): StoredNote {
    const t = nowSeconds();
    const note: StoredNote = {
      id: this.nextNoteId++,
      entity_id: entityId,
      entity_type: entityType,
      created_by: userId,
      updated_by: userId,
      created_at: t,
      updated_at: t,
      responsible_user_id: userId,
      group_id: 0,
      note_type: noteType,
      params,
      is_editable: true,
    };
    this.notes.set(note.id, note);
    this.data.notes.push(note);
    this.noteIndex = null;
    return note;
  }

  private touchLead(leadId: number): void {
    const lead = this.leads.get(leadId);
    if (lead) lead.updated_at = nowSeconds();
  }
}

function tagList(raw: unknown): Array<{ id?: number; name?: string }> {
  if (!raw || typeof raw !== 'object' || !('tags' in raw) || !Array.isArray(raw.tags)) return [];
  return raw.tags.filter((t): t is { id?: number; name?: string } => typeof t === 'object' && t !== null);
}
