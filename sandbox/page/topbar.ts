// The sandbox's own top bar: jump between cards (foremen first, clients, the heavy card) and deals,
// open the widget's settings, switch language and theme.
import type { Contact, Lead } from '../../src/api/schemas';
import { chromeText, type PageLang } from './chromeText';

export interface TopbarOpts {
  lang: PageLang;
  theme: 'light' | 'dark';
  contacts: Contact[];
  leads: Lead[];
  currentHash: string;
  onLang(lang: PageLang): void;
  onTheme(theme: 'light' | 'dark'): void;
  /** Installed widgets beyond the first get their own settings links. */
  widgets: Array<{ code: string; name: string }>;
}

const FOREMAN = /прораб|партн[её]р|foreman|partner/i;
/** A card with this many deals is the benchmark's heavy foreman. */
const HEAVY_DEALS = 150;

function isForeman(c: Contact): boolean {
  if (c._embedded.tags.some((t) => FOREMAN.test(t.name))) return true;
  return c.custom_fields_values.some((f) =>
    f.values.some((v) => typeof v.value === 'string' && FOREMAN.test(v.value) && /роль|role/i.test(f.field_name ?? '')),
  );
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  return o;
}

function group(label: string, options: HTMLOptionElement[]): HTMLOptGroupElement {
  const g = document.createElement('optgroup');
  g.label = label;
  g.append(...options);
  return g;
}

function navSelect(label: string, className: string, first: HTMLOptionElement, groups: Array<HTMLOptGroupElement | HTMLOptionElement>) {
  const select = document.createElement('select');
  select.className = `sbx-select ${className}`;
  select.setAttribute('aria-label', label);
  select.append(first, ...groups);
  select.addEventListener('change', () => {
    if (select.value) location.hash = select.value;
  });
  return select;
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `sbx-topbar__button ${className}`;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function link(text: string, hash: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = `sbx-topbar__link ${className}`;
  a.href = hash;
  a.textContent = text;
  return a;
}

export function renderTopbar(bar: HTMLElement, o: TopbarOpts): void {
  const t = (k: Parameters<typeof chromeText>[1]) => chromeText(o.lang, k);
  const dealsOf = (c: Contact) => c._embedded.leads?.length ?? 0;
  const heavy = o.contacts.filter((c) => dealsOf(c) >= HEAVY_DEALS);
  const rest = o.contacts.filter((c) => dealsOf(c) < HEAVY_DEALS);
  const foremen = rest.filter(isForeman);
  const others = rest.filter((c) => !isForeman(c)).slice(0, 60);
  const contactOption = (c: Contact) =>
    option(`#/contacts/${c.id}`, `${c.name || '—'} · ${dealsOf(c)}`, o.currentHash === `#/contacts/${c.id}`);

  const brand = document.createElement('span');
  brand.className = 'sbx-topbar__brand';
  brand.textContent = t('brand');

  const contacts = navSelect(t('contacts'), 'sbx-nav-contacts', option('', t('contacts'), false), [
    group(t('foremen'), foremen.map(contactOption)),
    group(t('clients'), others.map(contactOption)),
    group(t('heavy'), heavy.map(contactOption)),
  ]);
  const deals = navSelect(
    t('deals'),
    'sbx-nav-deals',
    option('', t('deals'), false),
    o.leads.map((l) => option(`#/leads/${l.id}`, l.name || `#${l.id}`, o.currentHash === `#/leads/${l.id}`)),
  );

  const langSwitch = document.createElement('div');
  langSwitch.className = 'sbx-topbar__langs';
  langSwitch.setAttribute('role', 'group');
  langSwitch.setAttribute('aria-label', t('language'));
  for (const lang of ['ru', 'en'] as const) {
    const b = button(lang.toUpperCase(), `sbx-lang sbx-lang-${lang}`, () => o.onLang(lang));
    b.setAttribute('aria-pressed', String(o.lang === lang));
    langSwitch.append(b);
  }
  const nextTheme = o.theme === 'dark' ? 'light' : 'dark';
  const theme = button(t(nextTheme === 'dark' ? 'dark' : 'light'), 'sbx-theme-toggle', () => o.onTheme(nextTheme));

  const spacer = document.createElement('span');
  spacer.className = 'sbx-topbar__spacer';
  bar.replaceChildren(
    brand,
    contacts,
    deals,
    link(t('newContact'), '#/contacts/add', 'sbx-nav-new'),
    spacer,
    link(t('settings'), '#/settings', 'sbx-nav-settings'),
    link(t('advanced'), '#/advanced', 'sbx-nav-advanced'),
    ...o.widgets.slice(1).map((w) => link(`${t('settings')}: ${w.name}`, `#/settings/${w.code}`, 'sbx-nav-settings-other')),
    langSwitch,
    theme,
  );
}
