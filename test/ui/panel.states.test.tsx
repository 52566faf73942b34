// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { cutNetwork, failNext, msw, renderPanel, withSandboxWorld } from './panelWorld';

withSandboxWorld();

describe('what the panel shows', () => {
  it('the questionnaire and the phones at once, then each owner in words with its reason', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(screen.getByRole('status')).toHaveTextContent('Загружаем карточку…');
    expect(await screen.findByRole('heading', { name: 'Анкета' })).toBeInTheDocument();
    expect(screen.getByText('Не заполнено: ФИО, День рождения')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Телефоны на карточке: 12' })).toBeInTheDocument();
    const row = await screen.findByRole('listitem', { name: '+7 911 765-43-21' });
    expect(await within(row).findByText('Клиент · уверенно')).toBeInTheDocument();
    // A named client's row says who (name, address, contract); its reasons open under «Почему так».
    expect(within(row).getByText(/^Клиент: Соколова Марина Викторовна · /)).toBeVisible();
    await user.click(within(row).getByText('Почему так'));
    expect(await within(row).findByText(/^Номер в клиентской базе: Соколова Марина Викторовна/)).toBeVisible();
    // The foreman's own numbers are folded under their group.
    await user.click(screen.getByRole('button', { name: /^Номера прораба \(\d+\)/ }));
    const own = screen.getByRole('listitem', { name: '+7 921 123-45-67' });
    expect(within(own).getByText(/^Прораб · /)).toBeInTheDocument();
    expect(within(own).getByText('Записан 3 раза')).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: 'Перенести клиенту…' })).not.toBeInTheDocument();
  });

  it('the evidence opens under «Почему так»: deals with links, calls with recordings', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const row = await screen.findByRole('listitem', { name: '+7 911 765-43-21' });
    await within(row).findByText(/^Клиент · /);
    await user.click(within(row).getByText('Почему так'));
    const deal = await within(row).findByRole('link', { name: /Загребский/ });
    expect(deal).toBeVisible();
    expect(deal).toHaveAttribute('href', '/leads/detail/31500101');
    expect(within(row).getByText(/Звонки \(\d+\)/)).toBeInTheDocument();
    expect(within(row).getAllByLabelText(/^Запись разговора: (Входящий|Исходящий)/).length).toBeGreaterThan(0);
    // The reasons add up, as a waterfall: where the sum started, and where it ended.
    expect(within(row).getByText(/^Исходно, до всех признаков: /)).toBeVisible();
    expect(within(row).getByText(/^Итого: −\d+,\d бита за клиента · вероятность, что номер клиента: (>99|\d+)%$/)).toBeVisible();
    // A second click folds the evidence away again, leaving the short why.
    await user.click(within(row).getByText('Почему так'));
    expect(deal).not.toBeVisible();
  });

  it('in English for an English-speaking manager', async () => {
    renderPanel({ partnerId: DEMO_IDS.kuznetsov, lang: 'en' });
    expect(await screen.findByRole('heading', { name: 'Questionnaire' })).toBeInTheDocument();
    const row = await screen.findByRole('listitem', { name: '+7 911 765-43-21' });
    expect(await within(row).findByText('Client · confident')).toBeInTheDocument();
  });

  it('outside a contact card it says where it works', () => {
    renderPanel({ partnerId: 0, host: { card: null } });
    expect(screen.getByText('Откройте карточку контакта прораба — панель работает в карточке контакта.')).toBeInTheDocument();
  });

  it('a contact that does not exist', async () => {
    renderPanel({ partnerId: 99_999_999 });
    expect(await screen.findByText(/Контакт не найден/)).toBeInTheDocument();
  });

  it('a server error on the card says so and «Повторить» reads it again', async () => {
    failNext('get', `/api/v4/contacts/${DEMO_IDS.kuznetsov}`, 500, 10);
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(await screen.findByText('Ошибка на сервере amoCRM.')).toBeInTheDocument();
    msw.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByRole('heading', { name: 'Анкета' })).toBeInTheDocument();
  });

  it('a lost session says to sign in again', async () => {
    failNext('get', `/api/v4/contacts/${DEMO_IDS.kuznetsov}`, 401);
    renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(await screen.findByText('Обновите страницу и войдите снова — начатое продолжится с того же шага.')).toBeInTheDocument();
    expect(screen.getByText('Сессия amoCRM закончилась.')).toBeInTheDocument();
  });

  it('offline: says there is no connection and what to do', async () => {
    cutNetwork('get', `/api/v4/contacts/${DEMO_IDS.kuznetsov}`);
    renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(await screen.findByText('Нет связи с amoCRM.')).toBeInTheDocument();
    expect(screen.getByText('Проверьте интернет и повторите.')).toBeInTheDocument();
  });

  it('when the deals cannot be read, the questionnaire and phones stay usable', async () => {
    failNext('get', '/api/v4/leads', 500, 20);
    renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(await screen.findByRole('heading', { name: 'Анкета' })).toBeInTheDocument();
    expect(await screen.findByText('Ошибка на сервере amoCRM.')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: '+7 911 765-43-21' })).toHaveTextContent('Проверяем…');
  });

  it('a fault inside the panel stays inside it', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // React's dev build rethrows a render error through a window 'error' event, and jsdom prints
    // every such event nobody handles. This error is the point of the test, so the test handles it.
    const expected = (e: ErrorEvent) => {
      if (e.error instanceof Error && e.error.message === 'broken text') e.preventDefault();
    };
    window.addEventListener('error', expected);
    renderPanel({
      partnerId: DEMO_IDS.kuznetsov,
      host: {
        t: (key) => {
          if (key === 'panel.questionnaire.title') throw new Error('broken text');
          return key === 'errors.panel_crashed' ? 'Панель не смогла показать эту карточку.' : key;
        },
      },
    });
    expect(await screen.findByText(/Панель не смогла показать эту карточку/)).toBeInTheDocument();
    window.removeEventListener('error', expected);
    spy.mockRestore();
  });
});
