// The amoCRM v4 client the widget uses: one transport, one scheduler, endpoint groups.
import type { Contact, UpdatedContact } from '../schemas';
import { accountApi } from './account';
import { catalogsApi } from './catalogs';
import { contactsApi } from './contacts';
import { AmoApiError } from './errors';
import { createHttp, type HttpOptions } from './http';
import { leadsApi } from './leads';
import { linksApi } from './links';
import { notesApi } from './notes';
import { multitextListPatch, type ListChange, type MultitextCode } from './phonePatch';
import { createScheduler, type Scheduler } from './scheduler';

export type AmoClientOptions = HttpOptions;
// The queue's dry run plugs its own fetch in: the types, not the transport, are public.
export type { FetchLike, HttpOptions } from './http';

/** Without an injected scheduler, every client of the page shares the widget's one queue. */
export function createAmoClient(options: AmoClientOptions) {
  const http = createHttp({ ...options, scheduler: options.scheduler ?? sharedScheduler() });
  const contacts = contactsApi(http);
  const client = {
    http,
    scheduler: http.scheduler,
    ...contacts,
    ...leadsApi(http),
    ...notesApi(http),
    ...linksApi(http),
    ...accountApi(http),
    ...catalogsApi(http),

    /** Re-reads the contact, then writes the full new list: the only safe way to remove a number. */
    async replaceMultitext(
      contactId: number,
      code: MultitextCode,
      change: ListChange,
    ): Promise<{ before: Contact; saved: UpdatedContact }> {
      const before = await contacts.getContact(contactId);
      if (!before) throw new AmoApiError({ kind: 'not-found', endpoint: `GET /api/v4/contacts/${contactId}` });
      const field = multitextListPatch(before, code, change);
      const saved = await contacts.patchContact(contactId, { custom_fields_values: [field] });
      return { before, saved };
    },

    replacePhones(contactId: number, change: ListChange) {
      return client.replaceMultitext(contactId, 'PHONE', change);
    },
  };
  return client;
}

export type AmoClient = ReturnType<typeof createAmoClient>;

let widgetScheduler: Scheduler | undefined;
/** The tabs of one browser share amoCRM's 7 rps over this channel (tabBudget.ts). */
export const RATE_CHANNEL = 'partner_card_cleaner:rate';

/** The widget's single scheduler: every client made in one page, and the user's other tabs, share the 7 rps budget. */
export function sharedScheduler(): Scheduler {
  if (!widgetScheduler) {
    const scheduler = createScheduler({ shareAcrossTabs: RATE_CHANNEL });
    // A closed tab gives its share back to the others at once.
    if (typeof window !== 'undefined') window.addEventListener('pagehide', () => scheduler.close(), { once: true });
    widgetScheduler = scheduler;
  }
  return widgetScheduler;
}

export { AmoApiError, errorI18nKey, isAmoApiError } from './errors';
export type { AmoProblem, AmoProblemKind, FieldProblem } from './errors';
export { createScheduler, SchedulerStoppedError } from './scheduler';
export type { Priority, Scheduler, SchedulerOptions, StopReason } from './scheduler';
export type { RetryPolicy } from './retry';
export { multitextListPatch, phoneListPatch, StaleContactError } from './phonePatch';
export type { ListChange, MultitextItem } from './phonePatch';
export { withNumberLock, numberLockName } from './numberLock';
