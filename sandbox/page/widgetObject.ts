// The platform's widget object (`self`) that script.js's constructor runs on, as amoCRM builds it:
// the API sits on the object's prototype before `new`, so a constructor may `_.bind(this.i18n, this)`.
import type { PageState } from './pageState';
import type { SettingsStore } from './settingsStore';
import { createBlock, placeInColumn } from './widgetBlock';

export type LangTree = { [key: string]: string | LangTree };

/** The slice of jQuery the page uses: build a node from markup, wrap elements, ajax. */
export type PageJQuery = ((target: unknown) => {
  append(x: unknown): unknown;
  on(e: string, h: () => void): unknown;
  trigger(e: string): unknown;
  off(e: string, h?: () => void): unknown;
  [k: number]: HTMLElement | undefined;
}) & {
  _data(el: unknown, key: string): Record<string, unknown[]> | undefined;
  ajax(opts: Record<string, unknown>): unknown;
};
export interface TwigApi {
  twig(opts: { data?: string; href?: string; async?: boolean; load?: (tpl: TwigTemplate) => void }): TwigTemplate;
}
interface TwigTemplate {
  render(params?: Record<string, unknown>): string;
}

export interface Manifest {
  widget: { name?: string; version: string; locale?: string[]; code?: string };
  settings?: Record<string, { name: string; type: string }>;
  locations?: string[];
  advanced?: { title?: string };
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

export interface WidgetIdentity {
  code: string;
  /** The widget folder URL, `/widgets/<code>`. */
  path: string;
  manifest: Manifest;
}

interface Deps extends WidgetIdentity {
  state: PageState;
  langs: LangTree;
  settings: SettingsStore;
  $: PageJQuery;
  Twig: TwigApi;
  column: HTMLElement;
  order: number;
  /** False in a `-0` location: the script runs but gets no block in the column. */
  hasPanel(): boolean;
  log(event: string): void;
}

// Minimal stand-ins for amoCRM's system controls (`{ref: '/tmpl/controls/<name>.twig'}`).
const CONTROLS: Record<string, string> = {
  button:
    '<button type="button" class="button-input {{ class_name }}" id="{{ id }}" name="{{ name }}" value="{{ value }}">{{ text }}</button>',
  input:
    '<input type="{{ type|default("text") }}" class="text-input {{ class_name }}" id="{{ id }}" name="{{ name }}" value="{{ value }}" placeholder="{{ placeholder }}">',
  textarea:
    '<textarea class="textarea-autosize {{ class_name }}" id="{{ id }}" name="{{ name }}" placeholder="{{ placeholder }}">{{ value }}</textarea>',
  select:
    '<select class="control--select {{ class_name }}" id="{{ id }}" name="{{ name }}">{% for item in items %}<option value="{{ item.id }}"{% if item.id == selected %} selected{% endif %}>{{ item.option }}</option>{% endfor %}</select>',
  values_title:
    '<div class="checkboxes_dropdown {{ class_name }}" id="{{ id }}"><span class="checkboxes_dropdown__title">{{ title_empty }}</span>{% for item in items %}<label><input type="checkbox" name="{{ item.name }}" value="{{ item.id }}"{% if item.is_checked %} checked{% endif %}> {{ item.option }}</label>{% endfor %}</div>',
};

function lookup(tree: LangTree, key: string): string | LangTree | undefined {
  if (key in tree) return tree[key];
  let node: string | LangTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

export const widgetName = (langs: LangTree, code: string): string => {
  const name = lookup(langs, 'widget.name');
  return typeof name === 'string' ? name : code;
};

/** The prototype every instance of this widget inherits from: amoCRM's widget API. */
export function createWidgetApi(d: Deps): WidgetObject {
  const { code, path, manifest, state, settings, $, Twig } = d;
  const params = (): Record<string, unknown> => ({
    ...settings.fields(),
    widget_code: code,
    path,
    images_path: `${path}/images`,
    version: manifest.widget.version,
    status: settings.status(),
    active: settings.active(),
    widget_active: settings.active(),
    id: '1',
    support: {},
  });
  const api: WidgetObject = {
    langs: d.langs,
    params: params(),
    ns: `.${code}`,
    system: () => ({
      area: state.area,
      amouser_id: state.userId,
      amouser: state.userEmail,
      amohash: 'sandbox',
      subdomain: state.subdomain,
      domain: `${state.subdomain}.amocrm.ru`,
      server: 'sandbox',
    }),
    get_settings: () => (api.params = params()),
    set_settings: (extra: Record<string, unknown>) => Object.assign(api.params, extra),
    i18n: (key: string) => lookup(api.langs, key),
    set_lang: (tree: LangTree) => (api.langs = tree),
    get_version: () => manifest.widget.version,
    get_install_status: () => settings.status(),
    set_status: (status: string) => {
      d.log(`set_status:${status}`);
      settings.setStatus(status);
    },
    list_selected: () => ({ count_selected: 0, selected: [] }),
    // Ajax to the widget's own backend with a one-time token, as amoCRM does for OAuth integrations.
    $authorizedAjax: (opts: Record<string, unknown>) => {
      d.log('$authorizedAjax');
      const headers = {
        ...((opts.headers as Record<string, string> | undefined) ?? {}),
        'X-Auth-Token': `sandbox-${Date.now().toString(36)}`,
      };
      return $.ajax({ ...opts, headers });
    },
    crm_post: (url: string, data: unknown, done?: (r: unknown) => void, type?: string, fail?: (e: unknown) => void) =>
      $.ajax({ url, method: 'POST', data, dataType: type ?? 'json', success: done, error: fail }),
    setSdkCatalogId: (id: unknown) => d.log(`setSdkCatalogId:${String(id)}`),
    add_action: () => undefined,
    add_source: () => undefined,
    get_pipeline_id: () => 0,
    widgetsOverlay: () => undefined,
    render_template(args: { caption?: { class_name?: string }; body?: string; render?: string }, tplParams?: Record<string, unknown>) {
      d.log('render_template');
      if (!d.hasPanel()) {
        d.log('render_template ignored: -0 location has no panel');
        return;
      }
      const { block, body } = createBlock(code, path, widgetName(api.langs, code), args.caption?.class_name);
      // The widget's own markup, as amoCRM inserts it (through jQuery); card data never goes here.
      const markup = args.render ? Twig.twig({ data: args.render }).render(tplParams) : (args.body ?? '');
      $(body).append(markup);
      placeInColumn(d.column, block, d.order);
    },
    render(
      data: { data?: string; ref?: string; href?: string; base_path?: string; load?: (t: TwigTemplate) => void },
      tplParams?: Record<string, unknown>,
    ) {
      if (data.href) {
        Twig.twig({ href: `${data.base_path ?? path}${data.href}`, async: true, load: (tpl) => data.load?.(tpl) });
        return '';
      }
      const control = data.ref?.match(/\/(\w+)\.twig$/)?.[1];
      const source = data.data ?? (control ? CONTROLS[control] : undefined) ?? '';
      return Twig.twig({ data: source }).render(tplParams);
    },
  };
  return api;
}

type WidgetConstructor = (this: WidgetObject) => unknown;

/**
 * `new Widget()` with the API as the prototype of `this` (also works for class constructors).
 * A constructor returning an object of its own is honoured, as `new` does.
 */
export function constructWidget(Widget: WidgetConstructor, api: WidgetObject): WidgetObject {
  if (typeof Widget !== 'function') throw new TypeError(`script.js returned ${typeof Widget}, not a widget constructor`);
  // Arrow functions and methods cannot be `new`-ed: run them on an object inheriting the API.
  if (!Widget.prototype) {
    const self = Object.create(api) as WidgetObject;
    const made = Widget.call(self);
    return made && typeof made === 'object' ? (made as WidgetObject) : self;
  }
  function Host() {}
  Host.prototype = api;
  return Reflect.construct(Widget as unknown as new () => unknown, [], Host) as WidgetObject;
}
