// Hash routes of the stand-in CRM. On every move: leave the old area (page:changed, destroy, block
// removed), update APP.data.current_card, draw the new area, run every installed widget's callbacks
// for it. A widget that throws is contained by its runner; the others and the card go on.
import type { SandboxApp } from './appObject';
import { showContact, showLead, showNewContact } from './cardView';
import { chromeText } from './chromeText';
import type { Notifier } from './notifications';
import { areaOf, parseRoute, type PageState } from './pageState';
import { openSettingsModal } from './settingsModal';
import type { WidgetSlot } from './installedWidget';
import type { PageJQuery } from './widgetObject';
import { placementIn } from './widgetRunner';

export interface Layout {
  card: HTMLElement;
  column: HTMLElement;
  overlayHost: HTMLElement;
}

export interface RouterDeps {
  state: PageState;
  app: SandboxApp;
  slots: WidgetSlot[];
  layout: Layout;
  notifier: Notifier;
  /** A page-level event (page:changed) into the shared lifecycle log. */
  record(event: string): void;
  $: PageJQuery;
  defaultContactId: number;
  onRouteChange(): void;
}

export function createRouter(d: RouterDeps) {
  let token = 0;
  let closeOverlay: (() => void) | null = null;

  /** Leaving an area: amoCRM's document event first (Kommo's React template unmounts on it), then destroy. */
  const leaveAll = () => {
    d.$(document).trigger('page:changed');
    d.record('page:changed');
    for (const slot of d.slots) slot.runner.leave();
  };
  /** `#/settings/<code>`, else the first widget (ours, when it runs alone). */
  const pick = (code: string | undefined) => d.slots.find((s) => s.code === code) ?? d.slots[0];

  const clearArea = () => {
    closeOverlay?.();
    closeOverlay = null;
    d.layout.card.classList.remove('sbx-card--advanced');
  };

  async function show(hash: string): Promise<void> {
    const my = ++token;
    leaveAll();
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
      const widgets = d.slots.map((slot) => slot.runner.enterCard(() => my === token));
      await Promise.all([
        drawn.catch((e: Error) => {
          if (my === token) d.notifier.error(chromeText(lang, 'loadError'), e.message);
        }),
        ...widgets,
      ]);
      return;
    }

    d.app.data.current_card = false;
    const slot = pick(route.code);
    if (!slot) return;
    route.code = slot.code;
    if (route.kind === 'settings') {
      const backToCard = () => (location.hash = d.state.lastCardHash || `#/contacts/${d.defaultContactId}`);
      const runsHere = placementIn(slot.manifest.locations ?? [], 'settings') !== null;
      closeOverlay = openSettingsModal(d.layout.overlayHost, {
        manifest: slot.manifest,
        langs: slot.runner.current().langs,
        lang,
        saved: slot.settings.fields(),
        imagesPath: `${slot.path}/images`,
        $: d.$,
        onOpen: ($body) => {
          const body = ($body as { 0?: HTMLElement })[0];
          // amoCRM's modal carries `modal <code>`; widgets find their modal by it (Kommo's birthday widget).
          body?.closest('.sbx-modal')?.classList.add('modal', slot.code);
          if (runsHere) void slot.runner.call('settings', $body, body);
          else slot.runner.record('skipped: settings not in manifest locations');
        },
        onSave: async (fields) => {
          const body = d.layout.overlayHost.querySelector<HTMLElement>('.sbx-modal__body') ?? undefined;
          const ok = (await slot.runner.call('onSave', { active: 'Y', fields }, body)) === true;
          if (ok) {
            slot.settings.save(fields, 'Y');
            // amoCRM hands the saved values to the running widget: self.params is fresh at once.
            const self = slot.runner.current();
            if (typeof self.get_settings === 'function') self.get_settings();
            d.notifier.info(chromeText(lang, 'saved'), '');
            backToCard();
          }
          return ok;
        },
        onClose: backToCard,
      });
      return;
    }

    // advanced: the page is blank and wholly the widget's
    const holder = document.createElement('div');
    holder.id = 'list_page_holder';
    holder.className = 'sbx-advanced';
    // Kommo's React template mounts into `#work-area-<code>`; community widgets into #list_page_holder.
    const workArea = document.createElement('div');
    workArea.id = `work-area-${slot.code}`;
    holder.append(workArea);
    d.layout.card.classList.add('sbx-card--advanced');
    d.layout.card.replaceChildren(holder);
    closeOverlay = () => holder.remove();
    await slot.runner.call('advancedSettings', undefined, holder);
  }

  return { show };
}
