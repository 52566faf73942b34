// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { bypass, http, HttpResponse } from 'msw';
import { DEMO_IDS } from '../../sandbox/demo';
import { failNext, msw, renderPanel, sandbox, withSandboxWorld } from './panelWorld';
import { clientForm, createdContacts, createdHolding, holds, SOKOLOVA } from './moveHelpers';

withSandboxWorld();

const moved = `Номер ${SOKOLOVA.number} перенесён в контакт «${SOKOLOVA.name}».`;

describe('a move that fails half way', () => {
  it('a 500 on linking the deal stops there, keeps the number on the foreman, and the retry finishes with one contact', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    failNext('post', '/api/v4/leads/link', 500);
    await user.click(submit);
    const alert = await screen.findByText(`Перенос ${SOKOLOVA.number} остановлен на шаге «привязываем сделки».`);
    expect(within(alert.closest('[role="alert"]')!).getByText(/Ошибка на сервере amoCRM/)).toBeInTheDocument();
    expect(screen.getByText(`Номер ${SOKOLOVA.number} остаётся у прораба, ничего не потеряно.`)).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Повторить с шага «привязываем сделки»' }));
    await screen.findByText(moved);
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
    expect(sandbox.store.contactsOfLead(SOKOLOVA.dealId).map((c) => c.id)).toContain(createdHolding(SOKOLOVA.number)[0]);
  });

  it('429s on the removal (the limit not lifting) stop before the number leaves; the retry removes it', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    failNext('patch', `/api/v4/contacts/${DEMO_IDS.kuznetsov}`, 429, 5);
    await user.click(submit);
    await screen.findByText(`Перенос ${SOKOLOVA.number} остановлен на шаге «убираем номер с карточки прораба».`);
    expect(screen.getByText(/amoCRM просит подождать/)).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);

    msw.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Повторить с шага «убираем номер с карточки прораба»' }));
    await screen.findByText(moved);
    expect(createdHolding(SOKOLOVA.number)).toHaveLength(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
  });

  it('a create that amoCRM saved but answered with a 500 is found on retry, not made twice', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    let lost = 1;
    msw.use(
      http.post(`${sandbox.url}/api/v4/contacts`, async ({ request }) => {
        if (lost-- <= 0) return undefined;
        await fetch(bypass(request)); // the sandbox creates the contact; its answer is lost
        return HttpResponse.json({ title: 'Bad Gateway', status: 502 }, { status: 502 });
      }),
    );
    await user.click(submit);
    await screen.findByText(`Перенос ${SOKOLOVA.number} остановлен на шаге «создаём контакт клиента».`);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Повторить с шага «создаём контакт клиента»' }));
    await screen.findByText(moved);
    expect(createdContacts()).toHaveLength(1);
  });

  it('a lost session says to sign in again and resumes from the same step without a second contact', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    let expired = 1;
    msw.use(
      http.post(`${sandbox.url}/api/v4/contacts/notes`, async ({ request }) => {
        const [note] = (await request.clone().json()) as Array<{ entity_id?: number }>;
        if (note?.entity_id !== DEMO_IDS.kuznetsov || expired-- <= 0) return undefined;
        return HttpResponse.json({ title: 'Unauthorized', status: 401, detail: 'Unauthorized' }, { status: 401 });
      }),
    );
    await user.click(submit);
    await screen.findByText(`Перенос ${SOKOLOVA.number} остановлен на шаге «оставляем примечание прорабу».`);
    expect(screen.getByText(/Сессия amoCRM закончилась\. Обновите страницу и войдите снова/)).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Повторить с шага «оставляем примечание прорабу»' }));
    await screen.findByText(moved);
    expect(createdContacts()).toHaveLength(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
  });

  it('keeps what another manager wrote on the card meanwhile, removing only the moved number', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const { submit } = await clientForm(user, SOKOLOVA.number);
    // Another manager adds a number after the panel read the card.
    const partner = sandbox.store.contacts.get(DEMO_IDS.kuznetsov)!;
    partner.custom_fields_values!.find((f) => f.field_code === 'PHONE')!.values.push({ value: '+7 999 000-11-22', enum_code: 'MOB' });
    partner.updated_at += 60;
    await user.click(submit);
    await screen.findByText(moved);
    expect(screen.getByText('Пока мы работали, карточку прораба изменил другой менеджер — его правки сохранены.')).toBeInTheDocument();
    expect(holds(DEMO_IDS.kuznetsov, '+7 999 000-11-22')).toBe(1);
    expect(holds(DEMO_IDS.kuznetsov, SOKOLOVA.number)).toBe(0);
  });
});
