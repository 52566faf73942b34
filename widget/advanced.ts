// The widget's own settings page (advanced_settings): the cleanup queue across the account.
/** Mounts the queue into amoCRM's advanced-settings holder; returns how to remove it. */
export function mountAdvancedPage(doc: Document, code: string, mount: (el: HTMLElement) => () => void): () => void {
  const holder = doc.getElementById('list_page_holder') ?? doc.getElementById(`work-area-${code}`);
  if (!holder) return () => {};
  const box = doc.createElement('section');
  box.className = 'partner_card_cleaner-advanced';
  holder.append(box);
  const unmount = mount(box);
  return () => {
    unmount();
    box.remove();
  };
}
