// The widget's modal in Settings → Integrations: one input per manifest setting, Save calls onSave.
import { chromeText, type PageLang } from './chromeText';
import type { LangTree, Manifest, PageJQuery } from './widgetObject';

const text = (tree: LangTree, key: string): string => {
  let node: string | LangTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
};

export interface SettingsModalOpts {
  manifest: Manifest;
  langs: LangTree;
  lang: PageLang;
  saved: Record<string, string>;
  imagesPath: string;
  $: PageJQuery;
  /** Calls the widget's onSave; true means the values may be stored. */
  onSave(fields: Record<string, string>): Promise<boolean>;
  onClose(): void;
  /** The widget's `settings($modalBody)` callback. */
  onOpen($body: unknown): void;
}

export function openSettingsModal(host: HTMLElement, o: SettingsModalOpts): () => void {
  const overlay = document.createElement('div');
  overlay.className = 'sbx-modal';
  const dialog = document.createElement('div');
  dialog.className = 'sbx-modal__dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', text(o.langs, 'widget.name'));

  const aside = document.createElement('div');
  aside.className = 'sbx-modal__aside';
  const logo = document.createElement('img');
  logo.src = `${o.imagesPath}/logo_main.png`;
  logo.alt = '';
  logo.className = 'sbx-modal__logo';
  const about = document.createElement('p');
  about.textContent = text(o.langs, 'widget.description');
  aside.append(logo, about);

  const body = document.createElement('div');
  body.className = 'sbx-modal__body widget-settings__body';
  const title = document.createElement('h2');
  title.textContent = text(o.langs, 'widget.name');
  const block = document.createElement('form');
  block.className = 'widget_settings_block';
  for (const [key, field] of Object.entries(o.manifest.settings ?? {})) {
    const label = document.createElement('label');
    label.className = 'widget_settings_block__item_field sbx-field';
    const caption = document.createElement('span');
    caption.className = 'sbx-field__caption';
    caption.textContent = text(o.langs, field.name);
    const input = document.createElement('input');
    input.type = field.type === 'pass' ? 'password' : 'text';
    input.name = key;
    input.className = 'sbx-input';
    input.value = o.saved[key] ?? '';
    label.append(caption, input);
    block.append(label);
  }
  const buttons = document.createElement('div');
  buttons.className = 'sbx-modal__buttons';
  const save = document.createElement('button');
  save.type = 'submit';
  save.className = 'sbx-button sbx-button--primary js-widget-save';
  save.textContent = chromeText(o.lang, 'save');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'sbx-button';
  cancel.textContent = chromeText(o.lang, 'cancel');
  buttons.append(save, cancel);
  block.append(buttons);
  body.append(title, block);
  dialog.append(aside, body);
  overlay.append(dialog);
  host.append(overlay);

  block.addEventListener('submit', (e) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    for (const input of block.querySelectorAll<HTMLInputElement>('input[name]')) fields[input.name] = input.value;
    save.disabled = true;
    void o.onSave(fields).finally(() => (save.disabled = false));
  });
  cancel.addEventListener('click', () => o.onClose());
  overlay.addEventListener('click', (e) => e.target === overlay && o.onClose());
  o.onOpen(o.$(body));
  return () => overlay.remove();
}
