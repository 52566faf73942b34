// @vitest-environment jsdom
// The queue page when the browser's storage fails: blocked (reading localStorage throws), or
// full (a save throws QuotaExceededError). The page keeps working and says what will not be kept;
// a full storage never leaves an older copy behind to feed a bulk move after a reload.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { createQueueStore, emptyQueueState } from '../../src/queue/scan/queueStore';
import { CleanupQueuePage } from '../../src/queue/ui/CleanupQueuePage';
import { memoryStorage } from './memoryStorage';
import { amoHandlers, BASE, editContact, makeTestAccount } from './testAccount';
import { testHost } from '../ui/testHost';
import { renderWidget } from '../ui/renderWidget';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const KEY = `partner_card_cleaner:cleanup-queue:${BASE}`;
// The scan goes through the real 7 rps scheduler: the wait is for the outcome, however long the machine takes.
const finished = () => screen.findByText(/Проверка закончена/, undefined, { timeout: 45_000 });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** localStorage whose saves start failing once `full` is set. */
function fillableStorage() {
  const inner = memoryStorage();
  const state = { full: false };
  return {
    state,
    data: inner.data,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem: (k: string, v: string) => {
      if (state.full) throw quota();
      inner.setItem(k, v);
    },
  };
}

describe('the queue page without storage', () => {
  it('works in memory when the browser blocks localStorage, and says its progress will not be kept', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const account = makeTestAccount(2);
      server.use(...amoHandlers(account));
      const user = userEvent.setup();
      renderWidget(<CleanupQueuePage />, { host: testHost({ apiBase: BASE }) });
      expect(screen.getByText(/localStorage заблокирован.*ход не сохранится/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
      expect(await finished()).toHaveTextContent(/карточек прорабов — 2/);
      expect(within(screen.getByRole('list', { name: 'Карточки прорабов' })).getAllByRole('listitem')).toHaveLength(2);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('when storage is full, deletes the older saved copy and says so: a reload shows no outdated findings', async () => {
    const account = makeTestAccount(3);
    server.use(...amoHandlers(account));
    const storage = fillableStorage();
    const user = userEvent.setup();
    const first = renderWidget(<CleanupQueuePage storage={storage} />, { host: testHost({ apiBase: BASE }) });
    await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    await finished();
    expect(storage.data.has(KEY)).toBe(true);
    first.unmount();

    // A card is cleaned by hand; the next scan cannot be saved.
    editContact(account, 1002, ['+7 921 102-00-01']);
    storage.state.full = true;
    const second = renderWidget(<CleanupQueuePage storage={storage} />, { host: testHost({ apiBase: BASE }) });
    await user.click(screen.getByRole('button', { name: 'Проверить заново' }));
    await finished();
    expect(screen.getByText(/Хранилище браузера переполнено.*Прежняя сохранённая копия удалена/)).toBeInTheDocument();
    expect(storage.data.has(KEY)).toBe(false);
    second.unmount();

    // After a reload the old findings (with 1002's client number) are not offered for a bulk move.
    renderWidget(<CleanupQueuePage storage={storage} />, { host: testHost({ apiBase: BASE }) });
    expect(screen.getByText(/Карточки ещё не проверялись/)).toBeInTheDocument();
    expect(screen.queryByText(/\+7 911 602-00-02/)).toBeNull();
  });
});

describe('the stored queue', () => {
  it('a quota error leaves nothing older behind, and a later save that fits is kept again', () => {
    const storage = fillableStorage();
    const store = createQueueStore(storage, 'k');
    store.save({ ...emptyQueueState(1), status: 'done' });
    storage.state.full = true;
    store.save({ ...emptyQueueState(2), status: 'checking' });
    expect(store.problem()).toBe('full');
    expect(createQueueStore(storage, 'k').load()).toBeNull();
    storage.state.full = false;
    store.save({ ...emptyQueueState(3), status: 'done' });
    expect(store.problem()).toBeNull();
    expect(createQueueStore(storage, 'k').load()).toMatchObject({ startedAt: 3 });
  });

  it('a storage whose reads throw is treated as no storage', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    const store = createQueueStore(broken, 'k');
    expect(store.load()).toBeNull();
    expect(store.problem()).toBe('unavailable');
  });
});
