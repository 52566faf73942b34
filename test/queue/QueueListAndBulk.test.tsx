// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CleanupQueuePage } from '../../src/queue/ui/CleanupQueuePage';
import { amoHandlers, BASE, makeTestAccount, type TestAccount } from './testAccount';
import { testHost } from '../ui/testHost';
import { renderWidget } from '../ui/renderWidget';
import { memoryStorage } from './memoryStorage';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());

afterAll(() => server.close());

async function scanned(account: TestAccount) {
  server.use(...amoHandlers(account));
  const user = userEvent.setup();
  renderWidget(<CleanupQueuePage storage={memoryStorage()} />, { host: testHost({ apiBase: BASE }) });
  await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
  // The scan goes through the real 7 rps scheduler: allow it the seconds it needs on a busy machine.
  await screen.findByText(/Проверка закончена/);
  return user;
}

const cardNames = () =>
  within(screen.getByRole('list', { name: 'Карточки прорабов' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('the queue list', () => {
  it('filters by what a card needs and sorts by the amount of work', async () => {
    // Every third foreman also holds a landline nobody calls: undecided, so not safe to move in bulk.
    const account = makeTestAccount(6, 3);
    const user = await scanned(account);
    expect(cardNames()).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: /^С неясными номерами \(2\)/ }));
    expect(cardNames()).toEqual(['Прораб 3', 'Прораб 6']);
    expect(screen.getByRole('button', { name: /^С неясными номерами/ })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: /^Готовы к переносу/ }));
    expect(cardNames()).toEqual(['Прораб 1', 'Прораб 2', 'Прораб 4', 'Прораб 5']);

    await user.click(screen.getByRole('button', { name: /^Все/ }));
    await user.click(screen.getByRole('button', { name: 'Сортировка' }));
    await user.click(screen.getByRole('option', { name: 'Сначала больше неясных номеров' }));
    expect(cardNames().slice(0, 2)).toEqual(['Прораб 3', 'Прораб 6']);
    await user.click(screen.getByRole('button', { name: 'Сортировка' }));
    await user.click(screen.getByRole('option', { name: 'По имени' }));
    expect(cardNames()).toEqual(['Прораб 1', 'Прораб 2', 'Прораб 3', 'Прораб 4', 'Прораб 5', 'Прораб 6']);
  });

  it('previews a bulk move in words and dry-runs it, listing the exact writes while sending none', async () => {
    const account = makeTestAccount(3, 3);
    const user = await scanned(account);
    // Only sure cards can be ticked: «Прораб 3» has an undecided number.
    expect(screen.queryByRole('checkbox', { name: /Прораб 3/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать карточку «Прораб 1» для переноса' }));
    const preview = screen.getByRole('list', { name: 'Что изменится' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['+7 911 600-00-02: с карточки «Прораб 1» в существующий контакт №2000; сделки: 5000']);
    await user.click(screen.getByRole('button', { name: 'Выбрать все готовые' }));
    expect(within(screen.getByRole('list', { name: 'Что изменится' })).getAllByRole('listitem')).toHaveLength(2);

    account.requests = [];
    await user.click(screen.getByRole('button', { name: 'Пробный прогон' }));
    // The dry run reads the cards afresh through the rate-limited client: give it a few seconds.
    const writes = await screen.findByRole('list', { name: '«Прораб 1»: запросов на запись — 3' });
    const steps = within(writes)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('code')?.textContent);
    // The client contact is already on the deal, so no link is written: notes, then the partner's new list.
    expect(steps).toEqual(['POST /api/v4/contacts/notes', 'POST /api/v4/contacts/notes', 'PATCH /api/v4/contacts/1000']);
    // The partner keeps only his own number; the client's number is what leaves.
    expect(within(writes).getAllByRole('listitem')[2]).toHaveTextContent('"value":"+7 921 100-00-01"');
    expect(within(writes).getAllByRole('listitem')[2]).not.toHaveTextContent('911 600');
    expect(screen.getByRole('list', { name: '«Прораб 2»: запросов на запись — 3' })).toBeInTheDocument();
    // Reads went to amoCRM; not one write did.
    expect(account.requests.length).toBeGreaterThan(0);
    expect(account.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
  });

  it('says in words when the session is lost during a dry run, and nothing is written', async () => {
    const account = makeTestAccount(2);
    const user = await scanned(account);
    await user.click(screen.getByRole('button', { name: 'Выбрать все готовые' }));
    account.sessionLost = true;
    await user.click(screen.getByRole('button', { name: 'Пробный прогон' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Перенос остановлен. Сессия amoCRM закончилась. Сделанное сохранено');
    expect(account.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
  });

  it('speaks English to an English-speaking manager', () => {
    server.use(...amoHandlers(makeTestAccount(1)));
    renderWidget(<CleanupQueuePage storage={memoryStorage()} />, { host: testHost({ apiBase: BASE, lang: 'en' }) });
    expect(screen.getByRole('heading', { name: 'Foreman card cleaner: the queue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check the cards' })).toBeInTheDocument();
  });

  it('draws a long queue a hundred cards at a time', async () => {
    const user = await scanned(makeTestAccount(130));
    expect(cardNames()).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Показать ещё 30 (показано 100 из 130)' }));
    expect(cardNames()).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /Показать ещё/ })).not.toBeInTheDocument();
  });

  it('can be worked from the keyboard: filter tabs and the sort list', async () => {
    const user = await scanned(makeTestAccount(6, 3));
    screen.getByRole('button', { name: /^С неясными номерами/ }).focus();
    await user.keyboard('{Enter}');
    expect(cardNames()).toEqual(['Прораб 3', 'Прораб 6']);
    await user.tab(); // «С пустыми полями»
    await user.tab(); // «Готовы к переносу»
    await user.tab(); // «Все»
    expect(document.activeElement).toHaveTextContent(/^Все/);
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Сортировка' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(cardNames()).toEqual(['Прораб 1', 'Прораб 2', 'Прораб 3', 'Прораб 4', 'Прораб 5', 'Прораб 6']);
    expect(screen.getByRole('button', { name: 'Сортировка' })).toHaveTextContent('По имени');
  });
});
