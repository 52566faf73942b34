// Errors a widget throws outside its callbacks (a click handler, a timer, a rejected promise) reach
// window; the widget whose folder the stack points into shows it in its own place, like a callback's.
import type { WidgetSlot } from './installedWidget';

function stackOf(reason: unknown, filename = ''): string {
  const stack = reason instanceof Error ? (reason.stack ?? '') : '';
  return `${filename}\n${stack}`;
}

export function watchStrayErrors(slots: WidgetSlot[]): void {
  const owner = (where: string) => slots.find((s) => where.includes(`${s.path}/`));
  window.addEventListener('error', (e) => {
    const slot = owner(stackOf(e.error, e.filename));
    if (slot) slot.runner.report('event handler', e.error ?? e.message);
  });
  window.addEventListener('unhandledrejection', (e) => {
    const slot = owner(stackOf(e.reason));
    if (slot) slot.runner.report('promise', e.reason);
  });
}
