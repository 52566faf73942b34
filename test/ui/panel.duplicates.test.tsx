// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, withSandboxWorld } from './panelWorld';

withSandboxWorld();

describe('duplicates on the card', () => {
  it('«Объединить» leaves one value for a number written three ways, keeping its extension', async () => {
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    // The foreman's own numbers (where the duplicate is) are folded once the owners are known.
    await user.click(await screen.findByRole('button', { name: /^Номера прораба \(\d+\)/ }, { timeout: 30_000 }));
    const row = screen.getByRole('listitem', { name: '+7 921 123-45-67' });
    expect(within(row).getByText('Записан 3 раза')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Объединить' }));
    // RTL's waitFor, not vi.waitFor: the card re-renders while it waits, and that must count as inside act().
    await waitFor(() => expect(within(row).queryByText('Записан 3 раза')).not.toBeInTheDocument());
    const phones = sandbox.store.contacts
      .get(DEMO_IDS.kuznetsov)!
      .custom_fields_values!.find((f) => f.field_code === 'PHONE')!
      .values.map((v) => String(v.value));
    expect(phones.filter((v) => v.replace(/\D/g, '').includes('9211234567'))).toEqual(['89211234567 доб. 12']);
    expect(phones).toHaveLength(10); // 12 values, two duplicates merged away, nothing else touched
  });
});
