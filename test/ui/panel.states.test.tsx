// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, withSandboxWorld } from './panelWorld';

withSandboxWorld();

describe('the partner panel on a foreman card', () => {
  it('shows the questionnaire and the phones at once, then each owner in words', async () => {
    renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    expect(screen.getByText('Загружаем карточку…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Анкета' })).toBeInTheDocument();
    const phones = screen.getByRole('heading', { name: /Телефоны на карточке: \d+/ });
    expect(phones).toBeInTheDocument();
    await screen.findAllByText(/^Клиент · /, {}, { timeout: 10_000 });
    const row = screen.getByRole('listitem', { name: '+7 911 765-43-21' });
    expect(within(row).getByText(/^Клиент · /)).toBeInTheDocument();
  });
});
