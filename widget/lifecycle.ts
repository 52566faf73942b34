// amoCRM's callbacks for the sidebar panel: render → init → bind_actions, then destroy or page:changed.
// One instance may live across many cards (init_once: false), so every mount is undone before the next.
import { mountPanel, type UnmountPanel } from '../src/ui/mount';
import type { AmoApp, AmoCallbacks, AmoWidget, PageJQuery } from './amocrm';
import { mountAdvancedPage } from './advanced';
import { buildHost, cardOf, DEFAULT_WIDGET_CODE } from './host';
import { importCleanupQueue, loadOnce, mountCleanupQueueLater } from './queueLoader';
import { createSettingsCallbacks } from './settings';

export const ROOT_CLASS = 'partner_card_cleaner-root';
const CAPTION_CLASS = 'partner_card_cleaner-caption';

export interface LifecycleEnv {
  self: AmoWidget;
  /** Read at call time: amoCRM swaps card data on APP as the user moves around. */
  app: () => AmoApp;
  $: PageJQuery;
  doc: Document;
}

/** One fetch of the queue's file per page load, whichever widget instance opens the page. */
const loadCleanupQueue = loadOnce(importCleanupQueue);

export function createCallbacks({ self, app, $, doc }: LifecycleEnv): AmoCallbacks {
  let mountedOn: HTMLElement | null = null;
  let unmountPanel: UnmountPanel | null = null;
  let themeWatch: MutationObserver | null = null;
  let pageChangedBound = false;
  let removeAdvanced: (() => void) | null = null;
  const settingsForm = createSettingsCallbacks(self, app, doc);

  const findRoot = (): HTMLElement | null => {
    const roots = doc.querySelectorAll<HTMLElement>(`.${ROOT_CLASS}`);
    return roots.length ? (roots[roots.length - 1] ?? null) : null;
  };

  const unmount = () => {
    themeWatch?.disconnect();
    themeWatch = null;
    unmountPanel?.();
    unmountPanel = null;
    mountedOn = null;
  };

  const mount = (el: HTMLElement) => {
    unmount();
    const host = buildHost({ self, app: app(), root: doc.documentElement });
    unmountPanel = mountPanel(el, host);
    mountedOn = el;
    // amoCRM switches the theme on <html> without rerunning callbacks: re-render the same root
    // with the new theme, keeping what the panel already loaded.
    themeWatch = new MutationObserver(() => {
      if (mountedOn?.isConnected) unmountPanel?.update(buildHost({ self, app: app(), root: doc.documentElement }));
    });
    themeWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-color-scheme'] });
  };

  const onPageChanged = () => teardown();

  function teardown() {
    unmount();
    if (pageChangedBound) {
      $(doc).off('page:changed', onPageChanged);
      pageChangedBound = false;
    }
    removeAdvanced?.();
    removeAdvanced = null;
    settingsForm.close();
  }

  return {
    render() {
      const card = cardOf(app());
      if (card && card.id === 0) return false; // a "new contact" page has no phones to sort yet
      // Outside a card (settings pages) there is no sidebar: nothing to place, callbacks still run.
      if (card && !findRoot()) {
        self.render_template({
          caption: { class_name: CAPTION_CLASS },
          body: `<div class="${ROOT_CLASS}"></div>`,
          render: '',
        });
      }
      return true;
    },
    init() {
      const el = findRoot();
      if (el && el !== mountedOn) mount(el);
      return true;
    },
    bind_actions() {
      if (!pageChangedBound) {
        $(doc).on('page:changed', onPageChanged);
        pageChangedBound = true;
      }
      return true;
    },
    destroy() {
      teardown();
    },
    // The modal draws one input per manifest setting; the form that shows what was detected goes above them.
    settings($modalBody) {
      return settingsForm.settings($modalBody);
    },
    onSave(data) {
      return settingsForm.onSave(data);
    },
    advancedSettings() {
      removeAdvanced?.();
      const { widget_code: code } = self.get_settings();
      // The queue lives in its own file beside script.js, fetched only when this page opens.
      const host = () => buildHost({ self, app: app(), root: doc.documentElement });
      const mount = (el: HTMLElement) =>
        mountCleanupQueueLater(
          loadCleanupQueue,
          (queue) => queue.mountCleanupQueue(el, host()),
          (e) => {
            console.error('Partner Card Cleaner: the queue file did not load', e);
            el.textContent = host().t('advanced.loadFailed');
          },
        );
      removeAdvanced = mountAdvancedPage(doc, typeof code === 'string' && code ? code : DEFAULT_WIDGET_CODE, mount);
    },
    contacts: { selected() {} },
    leads: { selected() {} },
  };
}
