// The Host the panel receives in amoCRM: texts, language, theme, card, settings and toasts.
import { buildHost } from '../../widget/host';
import type { AmoApp, AmoSettings, AmoWidget, LangTree } from '../../widget/amocrm';
import type { MessageKey } from '../../src/host';
// Some keys below are on purpose not in ru.json: the adapter must cope with whatever amoCRM's i18n holds.

const ru: LangTree = {
  widget: { name: 'Чистка анкет прорабов' },
  panel: { title: 'Телефоны прораба', card: 'Карточка №{id}', moved: '{number} → {client}' },
};

interface Fixture {
  langs?: LangTree;
  /** What the page's own self.i18n answers; defaults to amoCRM's object-or-string behaviour. */
  i18n?: (key: string) => string | LangTree | undefined;
  settings?: AmoSettings;
  app?: Partial<AmoApp>;
  user?: { id?: number; theme?: number };
  scheme?: string | null;
  amouserId?: number | string;
}

function hostFrom(f: Fixture = {}) {
  const langs = f.langs ?? ru;
  const shown: Array<[string, string, string]> = [];
  const self: AmoWidget = {
    langs,
    i18n: f.i18n ?? ((key) => langs[key]),
    system: () => ({ area: 'ccard', amouser_id: f.amouserId ?? 8101001 }),
    get_settings: () => f.settings ?? { widget_code: 'pcc_test', path: '/widgets/pcc_test/' },
    render_template: () => {},
  };
  const app = {
    lang_id: 'ru',
    constant: (name: string) => (name === 'user' ? (f.user ?? { id: 8101002, theme: 1 }) : undefined),
    data: { current_card: { id: 24000101, element_type: 1 } },
    getBaseEntity: () => 'contacts',
    notifications: {
      show_message: (m: { header: string; text: string }) => shown.push(['info', m.header, m.text]),
      show_message_error: (m: { header: string; text: string }) => shown.push(['error', m.header, m.text]),
    },
    ...f.app,
  } as AmoApp;
  const root = { getAttribute: (name: string) => (name === 'data-color-scheme' ? (f.scheme ?? null) : null) } as HTMLElement;
  return { host: buildHost({ self, app, root }), shown };
}

describe('Host texts', () => {
  it('reads a dotted key from the widget language file when self.i18n only answers top-level keys', () => {
    expect(hostFrom().host.t('panel.title')).toBe('Телефоны прораба');
  });

  it('prefers the platform translation when self.i18n answers the dotted key itself', () => {
    const { host } = hostFrom({ i18n: (key) => (key === 'panel.title' ? 'Phones (platform)' : undefined) });
    expect(host.t('panel.title')).toBe('Phones (platform)');
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    const { host } = hostFrom();
    expect(host.t('panel.card', { id: 24000101 })).toBe('Карточка №24000101');
    expect(host.t('panel.moved' as MessageKey, { number: '+7 921 000-00-01' })).toBe('+7 921 000-00-01 → {client}');
  });

  it('shows the key itself for a missing text, and for a key that names a whole section', () => {
    const { host } = hostFrom();
    expect(host.t('panel.nothing_here' as MessageKey)).toBe('panel.nothing_here');
    expect(host.t('panel' as MessageKey)).toBe('panel');
  });

  it('survives a page whose self.i18n throws on dotted keys', () => {
    const { host } = hostFrom({
      i18n: () => {
        throw new Error('no such key');
      },
    });
    expect(host.t('widget.name')).toBe('Чистка анкет прорабов');
  });

  it('treats an echoed key from self.i18n as "not found"', () => {
    const { host } = hostFrom({ i18n: (key) => key });
    expect(host.t('panel.title')).toBe('Телефоны прораба');
  });
});

describe('Host page state', () => {
  it('speaks English only for English users; other languages fall back to Russian like amoCRM', () => {
    expect(hostFrom({ app: { lang_id: 'en' } }).host.lang).toBe('en');
    expect(hostFrom({ app: { lang_id: 'es' } }).host.lang).toBe('ru');
  });

  it('takes the theme from <html data-color-scheme>, else from the user profile', () => {
    expect(hostFrom({ scheme: 'dark' }).host.theme).toBe('dark');
    expect(hostFrom({ scheme: 'light', user: { theme: 2 } }).host.theme).toBe('light');
    expect(hostFrom({ user: { theme: 2 } }).host.theme).toBe('dark');
    expect(hostFrom().host.theme).toBe('light');
  });

  it('knows the card it sits in, a new contact (id 0), and no card at all', () => {
    expect(hostFrom().host.card).toEqual({ entity: 'contacts', id: 24000101 });
    const lead = hostFrom({ app: { data: { current_card: { id: '31500101', element_type: 2 } }, getBaseEntity: undefined } });
    expect(lead.host.card).toEqual({ entity: 'leads', id: 31500101 });
    expect(hostFrom({ app: { data: { current_card: { id: 0, element_type: 1 } } } }).host.card).toEqual({ entity: 'contacts', id: 0 });
    expect(hostFrom({ app: { data: { current_card: false } } }).host.card).toBeNull();
  });

  it('passes only the manifest overrides, trimmed, and drops empty ones', () => {
    const { host } = hostFrom({
      settings: {
        widget_code: 'pcc_test',
        path: '/widgets/pcc_test',
        field_full_name: ' 501201 ',
        field_birthday: '',
        client_catalog: 'Клиентская база',
        partner_marker: '   ',
        oauth_client_uuid: 'not-a-setting',
      },
    });
    expect(host.settings).toEqual({ field_full_name: '501201', client_catalog: 'Клиентская база' });
  });

  it('names the widget, its folder and the user from the platform', () => {
    const { host } = hostFrom();
    expect(host.widgetCode).toBe('pcc_test');
    expect(host.widgetPath).toBe('/widgets/pcc_test');
    expect(host.currentUserId).toBe(8101001);
    expect(hostFrom({ amouserId: '' }).host.currentUserId).toBe(8101002);
    expect(host.apiBase).toBe('');
  });

  it('links to cards the way amoCRM addresses them', () => {
    const { host } = hostFrom();
    expect(host.cardUrl('leads', 31500101)).toBe('/leads/detail/31500101');
    expect(host.cardUrl('contacts', 24000102)).toBe('/contacts/detail/24000102');
  });

  it('shows toasts through amoCRM notifications, errors as error toasts', () => {
    const { host, shown } = hostFrom();
    host.notify('info', 'Номер перенесён', '+7 921 000-00-01');
    host.notify('error', 'Не сохранено', 'Нет связи');
    expect(shown).toEqual([
      ['info', 'Номер перенесён', '+7 921 000-00-01'],
      ['error', 'Не сохранено', 'Нет связи'],
    ]);
  });
});
