// amoCRM's `settings($modalBody)` and `onSave` for the widget's modal: the manifest keeps its
// eight text inputs (amoCRM stores them as they are); the richer form is drawn above them, writes
// every choice back into them, and a value that points at nothing refuses the save.
import { SETTINGS_KEYS, type WidgetSettings } from '../src/host';
import type { MountedSettingsForm } from '../src/ui/settings/mountSettingsForm';
import type { AmoApp, AmoWidget } from './amocrm';
import { buildHost } from './host';

export const SETTINGS_ROOT_CLASS = 'partner_card_cleaner-settings-root';
const FIELD_ROW = '.widget_settings_block__item_field';

/** The modal body amoCRM passes is a jQuery object; a plain element is taken as it is. */
function elementOf(body: unknown): HTMLElement | null {
  if (body instanceof HTMLElement) return body;
  const first = (body as { [0]?: unknown } | null)?.[0];
  return first instanceof HTMLElement ? first : null;
}

function inputsOf(block: HTMLElement): Map<string, HTMLInputElement> {
  const out = new Map<string, HTMLInputElement>();
  for (const key of SETTINGS_KEYS) {
    const input = block.querySelector<HTMLInputElement>(`input[name="${key}"]`);
    if (input) out.set(key, input);
  }
  return out;
}

/** amoCRM listens with jQuery, other code natively: both hear a native bubbling event. */
function writeInput(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The form is a file of its own beside script.js: only the settings modal needs it. */
const importSettingsForm = () => import('../src/ui/settings/mountSettingsForm').then((m) => m.mountSettingsForm);

export function createSettingsCallbacks(self: AmoWidget, app: () => AmoApp, doc: Document) {
  let mounted: Promise<MountedSettingsForm | null> | null = null;
  let holder: HTMLElement | null = null;

  const close = () => {
    void mounted?.then((form) => form?.unmount());
    mounted = null;
    holder?.remove();
    holder = null;
  };

  return {
    settings($modalBody: unknown): boolean {
      close();
      const body = elementOf($modalBody);
      const block = body?.querySelector<HTMLElement>('.widget_settings_block') ?? body;
      if (!block) return true;
      const inputs = inputsOf(block);
      const values: WidgetSettings = {};
      for (const [key, input] of inputs) {
        values[key as keyof WidgetSettings] = input.value;
        // The inputs stay in the form (amoCRM's Save reads them); the manager sees the richer choice.
        const row = input.closest<HTMLElement>(FIELD_ROW) ?? input.parentElement;
        // Inline style: the page's own CSS (display: flex on a field row) would beat the `hidden` attribute.
        const hide = row && row !== block ? row : input;
        hide.style.display = 'none';
        hide.setAttribute('aria-hidden', 'true');
      }
      holder = doc.createElement('div');
      holder.className = SETTINGS_ROOT_CLASS;
      block.prepend(holder);
      const host = buildHost({ self, app: app(), root: doc.documentElement });
      const el = holder;
      // Said in words while the form's file arrives; React replaces it with the form.
      el.textContent = host.t('settings_form.loading');
      el.setAttribute('role', 'status');
      mounted = importSettingsForm().then(
        (mountSettingsForm) => {
          if (holder !== el) return null; // the modal closed before the form arrived
          el.textContent = '';
          el.removeAttribute('role');
          return mountSettingsForm(el, host, {
            values,
            write: (key, value) => {
              const input = inputs.get(key);
              if (input) writeInput(input, value);
            },
          });
        },
        (e: unknown) => {
          console.error('Partner Card Cleaner: the settings form did not load', e);
          if (holder === el) el.textContent = host.t('settings_form.load_failed');
          return null;
        },
      );
      return true;
    },

    async onSave(data: { fields?: Record<string, unknown> }): Promise<boolean> {
      const form = holder?.isConnected ? await mounted : null;
      // No form (the modal was not opened here, or its file did not load): amoCRM saves the inputs as they are.
      if (!form || !holder?.isConnected) return true;
      const values: WidgetSettings = {};
      for (const key of SETTINGS_KEYS) {
        const v = data.fields?.[key];
        if (typeof v === 'string' || typeof v === 'number') values[key] = String(v);
      }
      try {
        return await form.check(values);
      } catch {
        // The account could not be read: nothing unchecked is saved; the form shows the read error.
        return false;
      }
    },

    close,
  };
}
