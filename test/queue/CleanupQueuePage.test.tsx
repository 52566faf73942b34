// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CleanupQueuePage } from '../../src/queue/ui/CleanupQueuePage';
import { amoHandlers, BASE, editContact, makeTestAccount, type TestAccount } from './testAccount';
import { testHost } from '../ui/testHost';
import { renderWidget } from '../ui/renderWidget';
import { memoryStorage } from './memoryStorage';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function open(account: TestAccount, storage = memoryStorage()) {
  server.use(...amoHandlers(account));
  const host = testHost({ apiBase: BASE });
  const user = userEvent.setup();
  const view = renderWidget(<CleanupQueuePage storage={storage} />, { host });
  return { user, view, host, storage };
}

// The scan goes through the real 7 rps scheduler: allow it the seconds it needs on a busy machine.
const finished = () => screen.findByText(/Проверка закончена/);

const cardsList = () => screen.getByRole('list', { name: 'Карточки прорабов' });

describe('the cleanup queue page', () => {
  it('says the cards were never checked, then scans with a progress bar and lists what each card needs', async () => {
    const account = makeTestAccount(3);
    const { user } = open(account);
    expect(screen.getByText(/Карточки ещё не проверялись/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    expect(await finished()).toHaveTextContent(/Проверка закончена .*: карточек прорабов — 3/);
    const rows = within(cardsList()).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    const first = within(cardsList()).getByRole('link', { name: 'Прораб 1' });
    expect(first).toHaveAttribute('href', '/contacts/detail/1000');
    expect(within(cardsList()).getByText(/Перенести клиентам: 1: \+7 911 600-00-02 → Клиент 1/)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Итоги' });
    expect(within(summary).getByText('Номеров перенести клиентам').nextSibling).toHaveTextContent('3');
    expect(within(summary).getByText('Осталось разобрать').nextSibling).toHaveTextContent('3');
  });

  it('shows the progress while scanning, and stops on «Остановить проверку» keeping its place', async () => {
    const account = makeTestAccount(3);
    let release = () => {};
    account.hold = new Promise((r) => (release = r));
    const { user } = open(account);
    await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    const bar = await screen.findByRole('progressbar', { name: 'Проверено 0 из 3 карточек' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    await user.click(screen.getByRole('button', { name: 'Остановить проверку' }));
    expect(await screen.findByText(/Проверка остановлена: проверено 0 из 3 карточек/)).toBeInTheDocument();
    release();
    account.hold = undefined;
    await user.click(screen.getByRole('button', { name: 'Продолжить проверку' }));
    expect(await finished()).toBeInTheDocument();
    expect(within(cardsList()).getAllByRole('listitem')).toHaveLength(3);
  });

  it('pauses with a clear message when the amoCRM session is lost, and resumes after logging in again', async () => {
    const account = makeTestAccount(3);
    account.loseSessionAtRequest = 4; // after the fields and the contacts page
    const { user } = open(account);
    await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Сессия amoCRM закончилась.*проверено 0 из 3 карточек.*Войдите в amoCRM заново/,
    );
    account.sessionLost = false;
    account.loseSessionAtRequest = undefined;
    account.requests = [];
    await user.click(screen.getByRole('button', { name: 'Продолжить проверку' }));
    expect(await finished()).toBeInTheDocument();
    // Resumed from the last finished step: the contacts list was not read again.
    expect(account.requests.some((r) => r.includes('with=leads&limit=250&order'))).toBe(false);
  });

  it('shows the stored result on the next visit, resumes an unfinished scan from storage, and re-checks an edited card', async () => {
    const account = makeTestAccount(3);
    const first = open(account);
    await first.user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    await finished();
    first.view.unmount();

    // Next visit: the list is there before any request.
    account.requests = [];
    const second = open(account, first.storage);
    expect(within(cardsList()).getAllByRole('listitem')).toHaveLength(3);
    expect(account.requests).toEqual([]);

    // Card 1002 was cleaned by hand in amoCRM; «Проверить заново» re-reads only that one.
    editContact(account, 1002, ['+7 921 102-00-01']);
    await second.user.click(screen.getByRole('button', { name: 'Проверить заново' }));
    await finished();
    expect(within(cardsList()).queryByText(/\+7 911 602-00-02/)).not.toBeInTheDocument();
    expect(within(cardsList()).getByText(/\+7 911 600-00-02/)).toBeInTheDocument();
    const dealReads = account.requests.filter((r) => r.startsWith('GET /api/v4/leads?'));
    expect(dealReads).toHaveLength(1);
    expect(dealReads[0]).toContain('filter[id][]=5006');
    second.view.unmount();

    // An unfinished scan in storage: the page offers to go on from where it stopped.
    const stored = JSON.parse(first.storage.getItem(`partner_card_cleaner:cleanup-queue:${BASE}`) ?? 'null') as Record<string, unknown>;
    first.storage.setItem(`partner_card_cleaner:cleanup-queue:${BASE}`, JSON.stringify({ ...stored, status: 'checking', pending: [1001] }));
    account.requests = [];
    const third = open(account, first.storage);
    expect(screen.getByText(/Прошлая проверка не закончена: проверено 2 из 3 карточек/)).toBeInTheDocument();
    await third.user.click(screen.getByRole('button', { name: 'Продолжить проверку' }));
    await finished();
    expect(account.requests.filter((r) => r.startsWith('GET /api/v4/leads?'))).toEqual([expect.stringContaining('filter[id][]=5003')]);
  });

  it('drops a stored result that does not match the schema instead of trusting it', () => {
    const storage = memoryStorage();
    storage.setItem(`partner_card_cleaner:cleanup-queue:${BASE}`, JSON.stringify({ version: 0, cards: 'broken' }));
    open(makeTestAccount(1), storage);
    expect(screen.getByText(/Карточки ещё не проверялись/)).toBeInTheDocument();
  });

  it('draws the cards left after each scan, with the same figures in words', async () => {
    const account = makeTestAccount(3);
    const { user } = open(account);
    await user.click(screen.getByRole('button', { name: 'Проверить карточки' }));
    await finished();
    // A manager cleans one card by hand (client's number gone, questionnaire filled), then checks
    // again: the chart gains a point with one card fewer left.
    const card = account.contacts.find((c) => c.id === 1000);
    if (!card) throw new Error('no card 1000');
    card.updated_at += 1;
    card.custom_fields_values = [
      { field_id: 501101, field_code: 'PHONE', values: [{ value: '+7 921 100-00-01', enum_code: 'WORK' }] },
      { field_id: 501103, field_code: 'EMAIL', values: [{ value: 'prorab1@mail.ru', enum_code: 'WORK' }] },
      { field_id: 501201, values: [{ value: 'Прорабов Пётр Петрович' }] },
      { field_id: 501203, values: [{ value: 468968400 }] },
      { field_id: 501205, values: [{ value: 'Прораб / партнёр', enum_id: 701201 }] },
    ];
    await user.click(screen.getByRole('button', { name: 'Проверить заново' }));
    await finished();
    expect(screen.getByRole('img', { name: 'Сколько карточек оставалось разобрать после каждой проверки' })).toBeInTheDocument();
    const points = screen.getAllByText(/: осталось \d+ из 3$/).map((li) => li.textContent?.replace(/^.*: /, ''));
    expect(points).toEqual(['осталось 3 из 3', 'осталось 2 из 3']);
  });
});
