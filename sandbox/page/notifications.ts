// APP.notifications: amoCRM's toasts, bottom right; errors are announced as alerts.
export interface Notifier {
  info(header: string, text: string): void;
  error(header: string, text: string): void;
}

const SHOW_MS = 6000;

export function createNotifier(doc: Document): Notifier {
  const stack = doc.createElement('div');
  stack.className = 'sbx-toasts';
  doc.body.append(stack);

  const show = (kind: 'info' | 'error', header: string, text: string) => {
    const toast = doc.createElement('div');
    toast.className = `sbx-toast sbx-toast--${kind}`;
    toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (header) {
      const h = doc.createElement('strong');
      h.textContent = header;
      toast.append(h);
    }
    const p = doc.createElement('div');
    p.textContent = text;
    toast.append(p);
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'sbx-toast__close';
    close.setAttribute('aria-label', '×');
    close.textContent = '×';
    close.addEventListener('click', () => toast.remove());
    toast.append(close);
    stack.append(toast);
    setTimeout(() => toast.remove(), kind === 'error' ? SHOW_MS * 2 : SHOW_MS);
  };
  return { info: (h, t) => show('info', h, t), error: (h, t) => show('error', h, t) };
}
