// Runs the widget's callbacks the way amoCRM does on each area: render → (true) init → bind_actions;
// on leaving: page:changed on document, destroy, block removed. Every step is logged for tests.
import { WIDGET_CODE } from './amd';
import type { SandboxApp } from './appObject';
import type { PageState } from './pageState';
import type { PageJQuery, WidgetObject } from './widgetObject';

export interface LifecycleEntry {
  event: string;
  area: string;
  card: number | null;
}

export interface WidgetRunner {
  /** Runs render/init/bind_actions if the manifest places the widget in the current card area. */
  enterCard(stillCurrent: () => boolean): Promise<void>;
  /** Calls settings / onSave / advancedSettings; the widget then counts as running in this area. */
  call(name: 'settings' | 'onSave' | 'advancedSettings', arg?: unknown): Promise<unknown>;
  /** Leaves the current area; safe to call when nothing runs. */
  leave(): void;
  /** Replaces the widget instance (language change: amoCRM reloads the page). */
  replace(next: WidgetObject): void;
  current(): WidgetObject;
  readonly log: LifecycleEntry[];
  record(event: string): void;
}

/** `ccard-1` → the widget gets a right-column block on contact cards. */
export function hasColumnIn(locations: string[], area: string): boolean {
  return locations.some((l) => l === area || l === `${area}-1`);
}

export function createWidgetRunner(opts: {
  state: PageState;
  app: SandboxApp;
  $: PageJQuery;
  locations: string[];
  column: HTMLElement;
}): WidgetRunner {
  const { state, app, $, locations, column } = opts;
  let widget: WidgetObject = { langs: {}, params: {} }; // replaced once script.js has loaded
  let active = false;
  const log: LifecycleEntry[] = [];
  const record = (event: string) => {
    const card = app.data.current_card;
    log.push({ event, area: state.area, card: card ? card.id : null });
  };

  const step = async (name: 'render' | 'init' | 'bind_actions'): Promise<unknown> => {
    record(name);
    const fn = widget.callbacks?.[name];
    return fn ? await fn.call(widget.callbacks) : undefined;
  };

  return {
    log,
    record,
    current: () => widget,
    replace(next) {
      widget = next;
    },
    async enterCard(stillCurrent) {
      if (!hasColumnIn(locations, state.area)) {
        record('skipped: area not in manifest locations');
        return;
      }
      active = true;
      try {
        const rendered = await step('render');
        if (rendered !== true) {
          record('render returned false: init and bind_actions skipped');
          return;
        }
        if (!stillCurrent()) return;
        await step('init');
        if (!stillCurrent()) return;
        await step('bind_actions');
      } catch (e) {
        record(`error: ${(e as Error).message}`);
        app.notifications.show_message_error({ header: WIDGET_CODE, text: (e as Error).message });
      }
    },
    async call(name, arg) {
      active = true;
      record(name);
      const fn = widget.callbacks?.[name] as ((a?: unknown) => unknown) | undefined;
      try {
        return fn ? await fn.call(widget.callbacks, arg) : undefined;
      } catch (e) {
        record(`error: ${(e as Error).message}`);
        app.notifications.show_message_error({ header: WIDGET_CODE, text: (e as Error).message });
        return undefined;
      }
    },
    leave() {
      $(document).trigger('page:changed');
      record('page:changed');
      if (active) {
        active = false;
        record('destroy');
        try {
          widget.callbacks?.destroy?.call(widget.callbacks);
        } catch (e) {
          record(`error: ${(e as Error).message}`);
        }
      }
      for (const block of column.querySelectorAll(`.card-widgets__widget-${WIDGET_CODE}`)) block.remove();
    },
  };
}
