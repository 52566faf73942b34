// The widget's own settings page. The cleanup queue comes later; until then a titled placeholder.
import type { AmoWidget } from './amocrm';
import { translate } from './host';

/** Mounts into amoCRM's advanced-settings holder (the cleanup queue when `mount` is given); returns how to remove it. */
export function showAdvancedPlaceholder(self: AmoWidget, doc: Document, code: string, mount?: (el: HTMLElement) => () => void): () => void {
  const holder = doc.getElementById('list_page_holder') ?? doc.getElementById(`work-area-${code}`);
  if (!holder) return () => {};
  const box = doc.createElement('section');
  box.className = 'partner_card_cleaner-advanced';
  if (mount) {
    holder.append(box);
    const unmount = mount(box);
    return () => {
      unmount();
      box.remove();
    };
  }
  const title = doc.createElement('h2');
  title.textContent = translate(self, 'advanced.title');
  const text = doc.createElement('p');
  text.textContent = translate(self, 'advanced.placeholder');
  box.append(title, text);
  holder.append(box);
  return () => box.remove();
}
