// The platform's widget object (`self`) that script.js's constructor runs on, as amoCRM builds it.
import { WIDGET_CODE, WIDGET_PATH } from './amd';
import type { PageState } from './pageState';
import type { SettingsStore } from './settingsStore';

export type LangTree = { [key: string]: string | LangTree };

/** The slice of jQuery the page uses: build a node from markup, wrap elements. */
export type PageJQuery = ((target: unknown) => { append(x: unknown): unknown; on(e: string, h: () => void): unknown; trigger(e: string): unknown; off(e: string, h?: () => void): unknown; [k: number]: HTMLElement | undefined }) & {
  _data(el: unknown, key: string): Record<string, unknown[]> | undefined;
};
export interface TwigApi {
  twig(opts: { data?: string; href?: string; async?: boolean; load?: (tpl: TwigTemplate) => void }): TwigTemplate;
}
interface TwigTemplate {
  render(params?: Record<string, unknown>): string;
}

export interface Manifest {
  widget: { version: string; locale: string[] };
  settings?: Record<string, { name: string; type: string }>;
  locations: string[];
}

export interface WidgetCallbacks {
  render?(): unknown;
  init?(): unknown;
  bind_actions?(): unknown;
  settings?($body: unknown): unknown;
  onSave?(data: { active: string; fields: Record<string, string> }): unknown;
  destroy?(): unknown;
  advancedSettings?(): unknown;
}

export interface WidgetObject {
  callbacks?: WidgetCallbacks;
  langs: LangTree;
  params: Record<string, unknown>;
  [key: string]: unknown;
}

interface Deps {
  state: PageState;
  manifest: Manifest;
  langs: LangTree;
  settings: SettingsStore;
  $: PageJQuery;
  Twig: TwigApi;
  column: HTMLElement;
  log(event: string): void;
}

// Minimal stand-ins for amoCRM's system controls (`{ref: '/tmpl/controls/button.twig'}`).
const CONTROLS: Record<string, string> = {
  button: '<button type="button" class="button-input {{ class_name }}">{{ text }}</button>',
  input: '<input type="text" class="text-input {{ class_name }}" name="{{ name }}" value="{{ value }}" placeholder="{{ placeholder }}">',
};

function lookup(tree: LangTree, key: string): string | LangTree | undefined {
  if (key in tree) return tree[key];
  let node: string | LangTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

export function createWidgetObject({ state, manifest, langs, settings, $, Twig, column, log }: Deps): WidgetObject {
  const params = (): Record<string, unknown> => ({
    ...settings.fields(),
    widget_code: WIDGET_CODE,
    path: WIDGET_PATH,
    images_path: `${WIDGET_PATH}/images`,
    version: manifest.widget.version,
    status: settings.status(),
    active: settings.active(),
    widget_active: settings.active(),
    id: '1',
    support: {},
  });
  const self: WidgetObject = {
    langs,
    params: params(),
    system: () => ({
      area: state.area,
      amouser_id: state.userId,
      amouser: state.userEmail,
      amohash: 'sandbox',
      subdomain: state.subdomain,
      domain: `${state.subdomain}.amocrm.ru`,
      server: 'sandbox',
    }),
    get_settings: () => (self.params = params()),
    set_settings: (extra: Record<string, unknown>) => Object.assign(self.params, extra),
    i18n: (key: string) => lookup(self.langs, key),
    set_lang: (tree: LangTree) => (self.langs = tree),
    get_version: () => manifest.widget.version,
    get_install_status: () => settings.status(),
    set_status: (status: string) => {
      log(`set_status:${status}`);
      settings.setStatus(status);
    },
    list_selected: () => ({ count_selected: 0, selected: [] }),
    render_template(args: { caption?: { class_name?: string }; body?: string; render?: string }, tplParams?: Record<string, unknown>) {
      log('render_template');
      const block = document.createElement('div');
      block.className = `card-widgets__widget card-widgets__widget-${WIDGET_CODE}`;
      block.dataset.code = WIDGET_CODE;
      const caption = document.createElement('div');
      caption.className = `card-widgets__widget__caption js-widget-caption-block ${args.caption?.class_name ?? ''}`.trim();
      const logo = document.createElement('img');
      logo.className = 'card-widgets__widget__caption__logo';
      logo.src = `${WIDGET_PATH}/images/logo_min.png`;
      logo.alt = '';
      const name = document.createElement('span');
      name.className = 'card-widgets__widget__caption__name';
      const title = lookup(self.langs, 'widget.name');
      name.textContent = typeof title === 'string' ? title : WIDGET_CODE;
      caption.append(logo, name);
      const body = document.createElement('div');
      body.className = 'card-widgets__widget__body';
      // The widget's own markup, as amoCRM inserts it (through jQuery); card data never goes here.
      const markup = args.render ? Twig.twig({ data: args.render }).render(tplParams) : (args.body ?? '');
      $(body).append(markup);
      block.append(caption, body);
      column.append(block);
    },
    render(data: { data?: string; ref?: string; href?: string; base_path?: string; load?: (t: TwigTemplate) => void }, tplParams?: Record<string, unknown>) {
      if (data.href) {
        Twig.twig({ href: `${data.base_path ?? WIDGET_PATH}${data.href}`, async: true, load: (tpl) => data.load?.(tpl) });
        return '';
      }
      const control = data.ref?.match(/controls\/(\w+)\.twig$/)?.[1];
      const source = data.data ?? (control ? CONTROLS[control] : undefined) ?? '';
      return Twig.twig({ data: source }).render(tplParams);
    },
  };
  return self;
}
