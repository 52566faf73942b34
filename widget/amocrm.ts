// What amoCRM hands the widget: its widget object (`this`/`self`) and the global APP.
// Only the members this adapter uses are typed; everything the page gives is untrusted.

/** A value in the i18n tree: `self.i18n('settings')` answers an object, `self.i18n('panel.title')` a string. */
export type LangTree = { [key: string]: string | LangTree };

export interface AmoSystem {
  area: string;
  amouser_id?: number | string;
  amouser?: string;
  subdomain?: string;
}

/** `self.get_settings()`: saved values by manifest key plus the platform's own keys. */
export interface AmoSettings {
  widget_code?: string;
  path?: string;
  images_path?: string;
  version?: string;
  status?: string;
  active?: string;
  [key: string]: unknown;
}

export interface RenderTemplateArgs {
  caption: { class_name: string };
  body: string;
  render: string;
}

export interface AmoCallbacks {
  render(): boolean | Promise<boolean>;
  init(): boolean | Promise<boolean>;
  bind_actions(): boolean;
  settings($modalBody: unknown): boolean;
  onSave(data: { active?: string; fields?: Record<string, unknown> }): boolean | Promise<boolean>;
  destroy(): void;
  advancedSettings(): void;
  contacts: { selected(): void };
  leads: { selected(): void };
}

/** The platform's widget object the constructor runs on. */
export interface AmoWidget {
  callbacks?: AmoCallbacks;
  system(): AmoSystem;
  get_settings(): AmoSettings;
  i18n(key: string): string | LangTree | undefined;
  langs?: LangTree;
  get_version?(): string;
  render_template(args: RenderTemplateArgs, params?: Record<string, unknown>): void;
}

export interface AmoUser {
  id?: number;
  name?: string;
  /** 1 light, 2 dark. */
  theme?: number | string;
}

export interface AmoNotifications {
  show_message(msg: { header: string; text: string; date?: number }): void;
  show_message_error(msg: { header: string; text: string; date?: number }): void;
}

export interface AmoApp {
  lang_id?: string;
  constant(name: 'user'): AmoUser | undefined;
  constant(name: string): unknown;
  data?: { current_card?: { id: number | string; element_type?: number | string } | false | null };
  getBaseEntity?(): string;
  notifications?: AmoNotifications;
}

/** The part of the page's jQuery the adapter uses (events on document). */
export interface PageJQuery {
  (target: Document): { on(events: string, handler: () => void): unknown; off(events: string, handler?: () => void): unknown };
}
