// The left part of a card: its name and fields, as amoCRM shows them. Text only, never HTML.
import type { Contact, CustomFieldDefinition, CustomFieldValue, Lead } from '../../src/api/schemas';
import { chromeText, type PageLang } from './chromeText';
import { contactNames, fieldDefinitions, leadNames, readContact, readLead } from './crmData';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function fieldRows(values: CustomFieldValue[], defs: CustomFieldDefinition[], lang: PageLang): HTMLElement {
  const list = el('dl', 'sbx-fields');
  const byId = new Map(defs.map((d) => [d.id, d]));
  const shown = new Set<number>();
  const row = (label: string, lines: string[]) => {
    list.append(el('dt', 'sbx-fields__label', label));
    const dd = el('dd', 'sbx-fields__value');
    if (!lines.length) dd.append(el('span', 'sbx-muted', chromeText(lang, 'noValue')));
    for (const line of lines) dd.append(el('div', undefined, line));
    list.append(dd);
  };
  for (const v of values) {
    shown.add(v.field_id);
    const def = byId.get(v.field_id);
    const label = v.field_name ?? def?.name ?? `#${v.field_id}`;
    const lines = v.values.map((item) => {
      const text = valueText(item.value);
      const isDate = def && ['date', 'birthday', 'date_time'].includes(def.type) && typeof item.value === 'number';
      const shownText = isDate ? new Date(Number(item.value) * 1000).toLocaleDateString(lang) : text;
      return item.enum_code ? `${shownText}  · ${item.enum_code}` : shownText;
    });
    row(label, lines);
  }
  for (const def of defs) if (!shown.has(def.id) && !def.is_api_only) row(def.name, []);
  return list;
}

const SHOWN_LINKS = 40;

function linkList(title: string, items: Array<{ href: string; label: string }>): HTMLElement {
  const box = el('section', 'sbx-links');
  box.append(el('h3', 'sbx-links__title', `${title} (${items.length})`));
  const ul = el('ul');
  for (const item of items.slice(0, SHOWN_LINKS)) {
    const li = el('li');
    const a = el('a', undefined, item.label);
    a.href = item.href;
    li.append(a);
    ul.append(li);
  }
  if (items.length > SHOWN_LINKS) ul.append(el('li', 'sbx-muted', `… +${items.length - SHOWN_LINKS}`));
  box.append(ul);
  return box;
}

function header(kind: string, name: string, id: number): HTMLElement {
  const head = el('header', 'sbx-card__head');
  head.append(el('div', 'sbx-card__kind', `${kind} #${id}`), el('h1', 'sbx-card__name', name || '—'));
  return head;
}

export async function showContact(target: HTMLElement, id: number, lang: PageLang): Promise<Contact | null> {
  target.replaceChildren(el('p', 'sbx-muted', chromeText(lang, 'loading')));
  const [contact, defs] = await Promise.all([readContact(id), fieldDefinitions('contacts')]);
  if (!contact) {
    target.replaceChildren(el('p', 'sbx-card__missing', chromeText(lang, 'notFound')));
    return null;
  }
  const leads = contact._embedded.leads ?? [];
  // amoCRM lists a contact's deals by name; a failed name lookup still leaves the links usable.
  const names = await leadNames(leads.slice(0, SHOWN_LINKS).map((l) => l.id)).catch(() => new Map<number, string>());
  target.replaceChildren(
    header(chromeText(lang, 'entityContact'), contact.name, contact.id),
    fieldRows(contact.custom_fields_values, defs, lang),
    linkList(
      chromeText(lang, 'linkedDeals'),
      leads.map((l) => ({ href: `#/leads/${l.id}`, label: names.get(l.id) || `#${l.id}` })),
    ),
  );
  return contact;
}

export async function showLead(target: HTMLElement, id: number, lang: PageLang): Promise<Lead | null> {
  target.replaceChildren(el('p', 'sbx-muted', chromeText(lang, 'loading')));
  const [lead, defs] = await Promise.all([readLead(id), fieldDefinitions('leads')]);
  if (!lead) {
    target.replaceChildren(el('p', 'sbx-card__missing', chromeText(lang, 'notFound')));
    return null;
  }
  const contacts = lead._embedded.contacts ?? [];
  const names = await contactNames(contacts.map((c) => c.id)).catch(() => new Map<number, string>());
  const budget = el('p', 'sbx-card__budget', `${chromeText(lang, 'budget')}: ${(lead.price ?? 0).toLocaleString(lang)} ₽`);
  target.replaceChildren(
    header(chromeText(lang, 'entityLead'), lead.name, lead.id),
    budget,
    fieldRows(lead.custom_fields_values, defs, lang),
    linkList(
      chromeText(lang, 'linkedContacts'),
      contacts.map((c) => ({ href: `#/contacts/${c.id}`, label: `${names.get(c.id) || `#${c.id}`}${c.is_main ? ' ★' : ''}` })),
    ),
  );
  return lead;
}

export function showNewContact(target: HTMLElement, lang: PageLang): void {
  target.replaceChildren(
    header(chromeText(lang, 'entityContact'), chromeText(lang, 'newContact'), 0),
    el('p', 'sbx-muted', chromeText(lang, 'newContactHint')),
  );
}
