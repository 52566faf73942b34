// amoCRM's system modal, AMD id `lib/components/base/modal`. Widgets use two forms:
// `new Modal()._showError(text)` and `new Modal({ class_name, init($modal), destroy })`, whose init
// fills the modal's body (Kommo's birthday widget triggers `modal:loaded` / `modal:centrify` on it).
import type { Define } from './amd';
import type { Notifier } from './notifications';

interface ModalOptions {
  class_name?: string;
  init?($body: unknown): void;
  destroy?(): unknown;
}
type JQ = (el: unknown) => unknown;

export function defineModal(define: Define, notifier: Notifier): void {
  define('lib/components/base/modal', ['jquery'], ($) => {
    function Modal(this: Record<string, unknown>, options?: ModalOptions) {
      let overlay: HTMLElement | null = null;
      this._showError = (text: unknown) => notifier.error('', String(text ?? ''));
      this._showSuccess = (text: unknown) => notifier.info('', String(text ?? ''));
      this.destroy = () => {
        if (!overlay) return;
        overlay.remove();
        overlay = null;
        options?.destroy?.();
      };
      if (!options?.init) return;
      overlay = document.createElement('div');
      overlay.className = `modal sbx-modal ${options.class_name ?? ''}`.trim();
      const dialog = document.createElement('div');
      dialog.className = 'modal-scroller sbx-modal__dialog';
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'modal-body__close sbx-modal__close';
      close.setAttribute('aria-label', '×');
      close.textContent = '×';
      const body = document.createElement('div');
      body.className = 'modal-body';
      dialog.append(close, body);
      overlay.append(dialog);
      document.body.append(overlay);
      close.addEventListener('click', () => (this.destroy as () => void)());
      options.init(($ as JQ)(body));
    }
    return Modal;
  });
}
