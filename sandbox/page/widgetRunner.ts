// Runs one widget's callbacks the way amoCRM does on each area: render → (true, or a Promise of
// true) init → bind_actions; on leaving: destroy, block removed. Every step is logged for tests, and
// every throw is contained: the error shows in the widget's own block and the console, never more.
import type { SandboxApp } from './appObject';
import type { PageState } from './pageState';
import { errorText, showFailureInColumn, blockSelector, failureNote } from './widgetBlock';
import type { WidgetObject } from './widgetObject';

export interface LifecycleEntry {
  event: string;
  area: string;
  card: number | null;
}

export type CallbackName = 'settings' | 'onSave' | 'advancedSettings';

export interface WidgetRunner {
  readonly code: string;
  /** Runs render/init/bind_actions if the manifest places the widget in the current card area. */
  enterCard(stillCurrent: () => boolean): Promise<void>;
  /** Calls settings / onSave / advancedSettings; the widget then counts as running in this area. */
  call(name: CallbackName, arg?: unknown, errorHost?: HTMLElement): Promise<unknown>;
  /** Leaves the current area (destroy, block removed); safe to call when nothing runs. */
  leave(): void;
  /** Replaces the widget instance (language change: amoCRM reloads the page). */
  replace(next: WidgetObject): void;
  /** script.js did not load or its constructor threw: every area shows this instead. */
  fail(step: string, error: unknown): void;
  /** An error thrown later by the widget's own handlers, shown where the widget lives. */
  report(step: string, error: unknown): void;
  current(): WidgetObject;
  record(event: string): void;
}

/** `ccard-1` / `ccard`: script and a column block; `ccard-0`: script only; absent: not loaded here. */
export function placementIn(locations: string[], area: string): 'panel' | 'script' | null {
  if (locations.some((l) => l === area || l === `${area}-1`)) return 'panel';
  if (locations.includes(`${area}-0`) || locations.includes('everywhere')) return 'script';
  return null;
}

interface RunnerDeps {
  code: string;
  path: string;
  /** Position in the column: the installed order. */
  order: number;
  name(): string;
  state: PageState;
  app: SandboxApp;
  locations: string[];
  column: HTMLElement;
  onRecord(entry: LifecycleEntry): void;
}

export function createWidgetRunner(d: RunnerDeps): WidgetRunner {
  const { code, state, app, column } = d;
  let widget: WidgetObject = { langs: {}, params: {} }; // replaced once script.js has loaded
  let broken: { step: string; error: unknown } | null = null;
  let active = false;
  let lastHost: HTMLElement | null = null;
  const record = (event: string) => {
    const card = app.data.current_card;
    d.onRecord({ event, area: state.area, card: card ? card.id : null });
  };

  /** Console first (developers look there), then the widget's own place on the page. */
  const show = (step: string, error: unknown, host?: HTMLElement | null) => {
    record(`error: ${errorText(error)}`);
    console.error(`[sandbox] widget ${code} failed in ${step}:`, error);
    const failure = { code, name: d.name(), step, error };
    const inCard = app.isCard() && placementIn(d.locations, state.area) === 'panel';
    if (host?.isConnected) {
      host.querySelector(':scope > .sbx-widget-error')?.remove();
      host.prepend(failureNote(state.lang, failure));
    } else if (inCard) showFailureInColumn(column, d.path, d.order, state.lang, failure);
    else app.notifications.show_message_error({ header: d.name(), text: `${step}: ${errorText(error)}` });
  };

  const step = async (name: 'render' | 'init' | 'bind_actions'): Promise<unknown> => {
    record(name);
    const fn = widget.callbacks?.[name];
    return fn ? await fn.call(widget.callbacks) : undefined;
  };

  return {
    code,
    record,
    current: () => widget,
    replace(next) {
      widget = next;
      broken = null;
    },
    fail(stepName, error) {
      broken = { step: stepName, error };
      record(`error: ${errorText(error)}`);
      console.error(`[sandbox] widget ${code} failed in ${stepName}:`, error);
    },
    report: (stepName, error) => show(stepName, error, lastHost),
    async enterCard(stillCurrent) {
      lastHost = null;
      const placement = placementIn(d.locations, state.area);
      if (!placement) {
        record('skipped: area not in manifest locations');
        return;
      }
      if (broken) {
        show(broken.step, broken.error);
        return;
      }
      active = true;
      let current = 'render';
      try {
        const rendered = await step('render');
        if (rendered !== true) {
          record('render returned false: init and bind_actions skipped');
          return;
        }
        if (!stillCurrent()) return;
        current = 'init';
        await step('init');
        if (!stillCurrent()) return;
        current = 'bind_actions';
        await step('bind_actions');
      } catch (e) {
        if (stillCurrent()) show(current, e);
      }
    },
    async call(name, arg, errorHost) {
      lastHost = errorHost ?? null;
      if (broken) {
        show(broken.step, broken.error, errorHost);
        return undefined;
      }
      active = true;
      record(name);
      const fn = widget.callbacks?.[name] as ((a?: unknown) => unknown) | undefined;
      try {
        return fn ? await fn.call(widget.callbacks, arg) : undefined;
      } catch (e) {
        show(name, e, errorHost);
        return undefined;
      }
    },
    leave() {
      if (active) {
        active = false;
        record('destroy');
        try {
          widget.callbacks?.destroy?.call(widget.callbacks);
        } catch (e) {
          record(`error: ${errorText(e)}`);
          console.error(`[sandbox] widget ${code} failed in destroy:`, e);
        }
      }
      lastHost = null;
      for (const block of column.querySelectorAll(blockSelector(code))) block.remove();
    },
  };
}
