// Hash routes of the stand-in CRM. On every move: leave the old area (page:changed, destroy, block
// removed), update APP.data.current_card, draw the new area, run the widget's callbacks for it.
import { WIDGET_PATH } from './amd';
import type { SandboxApp } from './appObject';
import { showContact, showLead, showNewContact } from './cardView';
import { chromeText } from './chromeText';
import type { Notifier } from './notifications';
import { areaOf, parseRoute, type PageState } from './pageState';
import { openSettingsModal } from './settingsModal';
import type { SettingsStore } from './settingsStore';
import type { WidgetRunner } from './widgetRunner';
import type { Manifest, PageJQuery } from './widgetObject';

export interface Layout {
  card: HTMLElement;
  column: HTMLElement;
  overlayHost: HTMLElement;
}

export interface RouterDeps {
  state: PageState;
  app: SandboxApp;
  runner: WidgetRunner;
  layout: Layout;
  manifest: Manifest;
  settings: SettingsStore;
  notifier: Notifier;
  $: PageJQuery;
  defaultContactId: number;
  onRouteChange(): void;
}

export function createRouter(d: RouterDeps) {
  let token = 0;
  let closeOverlay: (() => void) | null = null;

  const clearArea = () => {
    closeOverlay?.();
    closeOverlay = null;
    d.layout.card.classList.remove('sbx-card--advanced');
  };

  async function show(hash: string): Promise<void> {
    const my = ++token;
    d.runner.leave();
    clearArea();
    const route = parseRoute(hash, d.defaultContactId);
    d.state.route = route;
    d.state.area = areaOf(route);
    d.onRouteChange();
    const lang = d.state.lang;
    // Only cards have the right widget column; settings pages are full width.
    d.layout.column.hidden = route.kind !== 'contact' && route.kind !== 'lead';

    if (route.kind === 'contact' || route.kind === 'lead') {
      d.state.lastCardHash = route.kind === 'contact' ? `#/contacts/${route.id === 0 ? 'add' : route.id}` : `#/leads/${route.id}`;
      d.app.data.current_card = { id: route.id, element_type: route.kind === 'contact' ? 1 : 2, main_user: d.state.userId };
      const current = d.app.data.current_card;
      const drawn = (
        route.kind === 'contact'
          ? route.id === 0
            ? (showNewContact(d.layout.card, lang), Promise.resolve(null))
            : showContact(d.layout.card, route.id, lang)
          : showLead(d.layout.card, route.id, lang)
      ).then((entity) => {
        // main_user is the card's responsible user, known once the card is read.
        if (entity?.responsible_user_id && my === token && current) current.main_user = entity.responsible_user_id;
      });
      const widget = d.runner.enterCard(() => my === token);
      await Promise.all([
        drawn.catch((e: Error) => {
          if (my === token) d.notifier.error(chromeText(lang, 'loadError'), e.message);
        }),
        widget,
      ]);
      return;
    }

    d.app.data.current_card = false;
    if (route.kind === 'settings') {
      const self = d.runner.current();
      closeOverlay = openSettingsModal(d.layout.overlayHost, {
        manifest: d.manifest,
        langs: self.langs,
        lang,
        saved: d.settings.fields(),
        imagesPath: `${WIDGET_PATH}/images`,
        $: d.$,
        onOpen: ($body) => void d.runner.call('settings', $body),
        onSave: async (fields) => {
          const ok = (await d.runner.call('onSave', { active: 'Y', fields })) === true;
          if (ok) {
            d.settings.save(fields, 'Y');
            d.notifier.info(chromeText(lang, 'saved'), '');
            location.hash = d.state.lastCardHash || `#/contacts/${d.defaultContactId}`;
          }
          return ok;
        },
        onClose: () => (location.hash = d.state.lastCardHash || `#/contacts/${d.defaultContactId}`),
      });
      return;
    }

    // advanced: the page is blank and wholly the widget's
    const holder = document.createElement('div');
    holder.id = 'list_page_holder';
    holder.className = 'sbx-advanced';
    d.layout.card.classList.add('sbx-card--advanced');
    d.layout.card.replaceChildren(holder);
    closeOverlay = () => holder.remove();
    await d.runner.call('advancedSettings');
  }

  return { show };
}
