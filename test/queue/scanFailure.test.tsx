// @vitest-environment jsdom
// A scan that amoCRM refuses says so in the panel's words (title and advice), in ru and in en,
// followed by how far the scan got; no second wording of the same failure.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/host';
import { createAmoClient, createScheduler } from '../../src/api/client';
import { CleanupQueuePage } from '../../src/queue/ui/CleanupQueuePage';
import { amoHandlers, BASE, makeTestAccount } from './testAccount';
import { memoryStorage } from './memoryStorage';
import { testHost } from '../ui/testHost';
import { renderWidget } from '../ui/renderWidget';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CASES: Array<{ lang: Lang; start: string; words: string; progress: RegExp; resume: string }> = [
  {
    lang: 'ru',
    start: 'Проверить карточки',
    words: 'amoCRM не разрешает это действие (нет прав или слишком много запросов). Обратитесь к администратору аккаунта.',
    progress: /Проверка прервалась: проверено 0 из 2 карточек; можно продолжить с того же места\./,
    resume: 'Продолжить проверку',
  },
  {
    lang: 'en',
    start: 'Check the cards',
    words: 'amoCRM does not allow this (no rights, or too many requests). Ask the account administrator.',
    progress: /The check stopped: 0 of 2 cards checked; it can go on from the same place\./,
    resume: 'Resume the check',
  },
];

describe('a scan amoCRM refuses (403)', () => {
  it.each(CASES)('reads as the panel reads a 403, in $lang', async ({ lang, start, words, progress, resume }) => {
    const account = makeTestAccount(2);
    // The fields and the contacts are read; the deals answer 403 as amoCRM does without rights.
    server.use(
      http.get(`${BASE}/api/v4/leads`, () =>
        HttpResponse.json({ title: 'Forbidden', type: 'https://httpstatus.es/403', status: 403, detail: 'Access denied' }, { status: 403 }),
      ),
      ...amoHandlers(account),
    );
    const user = userEvent.setup();
    // Each case its own scheduler: a 403 stops every request of the widget for a minute, so a shared
    // one would carry the first case's block into the second.
    const client = createAmoClient({ baseUrl: BASE, scheduler: createScheduler() });
    renderWidget(<CleanupQueuePage storage={memoryStorage()} />, { host: testHost({ lang, apiBase: BASE }), client });
    await user.click(screen.getByRole('button', { name: start }));

    const alert = await screen.findByRole('alert', undefined, { timeout: 15_000 });
    expect(alert.textContent).toContain(words);
    expect(alert).toHaveTextContent(progress);
    expect(screen.getByRole('button', { name: resume })).toBeInTheDocument();
  });
});
