// @vitest-environment jsdom
// Other foremen holding a number, as the manager sees them: the verdict stops being sure and names
// the other foreman, the move waits for the search, and the reverse lookup says whose a number likely is.
import { screen, waitFor, within } from '@testing-library/react';
import { http, passthrough } from 'msw';
import { DEMO_IDS } from '../../sandbox/demo';
import { msw, renderPanel, sandbox, withSandboxWorld } from './panelWorld';
import { SOKOLOVA } from './moveHelpers';

withSandboxWorld();

/** Морозов's client is also on Егоров's card (the demo's client of two foremen). */
const MOROZOV = 24_000_106;
const SHARED = '+7 931 171-56-26';

/** Holds every contact search (`query=`) until released: the other holders stay unknown meanwhile. */
function holdSearches(): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  msw.use(
    http.get(`${sandbox.url}/api/v4/contacts`, async ({ request }) => {
      if (new URL(request.url).searchParams.has('query')) await gate;
      return passthrough();
    }),
  );
  return release;
}

describe('numbers other foremen hold too', () => {
  it('a client of two foremen is not a sure client, and the why names the other foreman', async () => {
    const { user } = renderPanel({ partnerId: MOROZOV });
    const row = await screen.findByRole('listitem', { name: SHARED });
    expect(await within(row).findByText('Клиент · неуверенно')).toBeInTheDocument();
    await user.click(within(row).getByText('Почему так'));
    expect(within(row).getByText('Номер есть и на карточке прораба Егоров Дмитрий прораб')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Егоров Дмитрий прораб' })).toHaveAttribute('href', '/contacts/detail/24000107');
  });

  it('the move form says it is still checking and will not move until the search answers', async () => {
    const release = holdSearches();
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const row = await screen.findByRole('listitem', { name: SOKOLOVA.number });
    await within(row).findByText(/^Клиент · /);
    await user.click(within(row).getByRole('button', { name: 'Перенести клиенту…' }));
    const form = await within(row).findByRole('form', { name: `Перенос номера ${SOKOLOVA.number} в контакт клиента` });
    expect(within(form).getByRole('status')).toHaveTextContent('Проверяем, нет ли номера на карточках других прорабов');
    expect(within(form).getByRole('button', { name: 'Перенести номер клиенту' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Перенести всех клиентов/ })).toBeNull();

    release();
    await waitFor(() => expect(within(form).queryByRole('status')).toBeNull());
    expect(within(form).getByRole('button', { name: 'Перенести номер клиенту' })).toBeEnabled();
  });
});

describe('reverse lookup: whose the number most likely is', () => {
  const TEXTS = {
    ru: {
      region: 'Проверить номер',
      label: 'Номер телефона для проверки',
      find: 'Найти',
      found: /^Контакты с этим номером: \d+/,
      guess: 'Чей номер, скорее всего',
    },
    en: {
      region: 'Check a number',
      label: 'Phone number to check',
      find: 'Find',
      found: /^Contacts with this number: \d+/,
      guess: 'Whose number it most likely is',
    },
  };

  async function lookUp(number: string, lang: 'ru' | 'en' = 'ru') {
    const t = TEXTS[lang];
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov, lang });
    const lookup = await screen.findByRole('region', { name: t.region });
    await user.type(within(lookup).getByLabelText(t.label), number);
    await user.click(within(lookup).getByRole('button', { name: t.find }));
    await within(lookup).findByText(t.found);
    return within(lookup).getByRole('group', { name: t.guess });
  }

  it("a number only a client contact holds is a client's", async () => {
    const guess = await lookUp('8 911 900-12-34');
    expect(guess).toHaveTextContent('Скорее всего, номер клиента: Мария Олеговна (Ленинский 125) (уверенно)');
  });

  it("a number on two foremen's cards and nowhere else is a foreman's, unsurely, and says why", async () => {
    const guess = await lookUp(SHARED);
    expect(guess).toHaveTextContent(
      /Скорее всего, номер прораба: (Морозов Михаил \(плитка\), Егоров Дмитрий прораб|Егоров Дмитрий прораб, Морозов Михаил \(плитка\)) \(неуверенно\)/,
    );
    expect(within(guess).getByText('Номер на карточках нескольких прорабов (2) — возможно, общий рабочий номер')).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    const guess = await lookUp('8 911 900-12-34', 'en');
    expect(guess).toHaveTextContent("Most likely a client's number: Мария Олеговна (Ленинский 125)");
  });
});
