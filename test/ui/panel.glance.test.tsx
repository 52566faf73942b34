// @vitest-environment jsdom
// The card at a glance: the numbers grouped by what to do with them under a one-line summary,
// each client row naming its client and deal, the foreman's own numbers folded (opened by
// keyboard), a number's extension right under it, and a 7-digit number shown as incomplete with
// the city code the card's other landlines suggest. Against the real sandbox, in ru and en.
import { screen, within } from '@testing-library/react';
import { DEMO_IDS } from '../../sandbox/demo';
import { renderPanel, sandbox, withSandboxWorld } from './panelWorld';

withSandboxWorld();

const SOKOLOVA = '+7 911 765-43-21';
const OWN = '+7 921 123-45-67';
const LONG = 30_000;

/** Arrange: values typed on the foreman's card after the demo data was made. */
function typeOnCard(contactId: number, values: string[]): void {
  const field = sandbox.store.contacts.get(contactId)!.custom_fields_values!.find((f) => f.field_code === 'PHONE')!;
  field.values.push(...values.map((value) => ({ value, enum_code: 'OTHER' })));
}

/** A group's toggle and the rows it folds (named by its aria-controls), those in sight. */
function group(name: RegExp) {
  const toggle = screen.getByRole('button', { name });
  const ids = toggle.getAttribute('aria-controls')!.split(' ');
  const rows = () => ids.map((id) => document.getElementById(id)!).filter((el) => !el.hidden);
  return { toggle, ids, rows };
}

const countIn = (text: string) => Number(/\((\d+)\)/.exec(text)?.[1]);

describe('the card at a glance', () => {
  it('ru: summary, groups with counts, client named with the deal, extension under its number, foreman folded', async () => {
    typeOnCard(DEMO_IDS.kuznetsov, ['926-08-33 дом', '8-911-765-43-21 доб. 5']);
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    const summary = await screen.findByText(/^Перенести клиентам: \d+ · /, {}, { timeout: LONG });

    const clients = group(/^Перенести клиентам \(\d+\)/);
    const partner = group(/^Номера прораба \(\d+\)/);
    // The summary and the headings say the same counts, and each heading counts its own rows.
    expect(summary.textContent).toContain(`Перенести клиентам: ${countIn(clients.toggle.textContent!)}`);
    expect(summary.textContent).toContain(`номера прораба: ${countIn(partner.toggle.textContent!)}`);
    expect(summary.textContent).toContain('неполные: 1');
    expect(clients.rows()).toHaveLength(countIn(clients.toggle.textContent!));

    // The client's row names the client the move would create, and the deal, without opening anything.
    const sokolova = screen.getByRole('listitem', { name: SOKOLOVA });
    expect(clients.rows()).toContain(sokolova);
    expect(within(sokolova).getByText('Клиент: Соколова Марина Викторовна · Загребский 33-118, дог. СПб-2024/118')).toBeVisible();
    expect(within(sokolova).queryByRole('form')).not.toBeInTheDocument();
    // Its extension, typed last on the card, sits right under it and says what it is.
    const rows = clients.rows();
    const ext = rows[rows.indexOf(sokolova) + 1]!;
    expect(ext).toHaveAccessibleName(`${SOKOLOVA} доб. 5`);
    expect(within(ext).getByText('Тот же номер, что выше, с добавочным 5')).toBeVisible();
    // Every client row names someone: never an empty «Клиент: ».
    for (const row of clients.rows().filter((r) => within(r).queryByText(/^Клиент · /))) {
      expect(within(row).getByText(/^Клиент: \S/)).toBeVisible();
    }

    // The foreman's own numbers are folded, said in words, and open from the keyboard.
    expect(partner.toggle).toHaveAttribute('aria-expanded', 'false');
    expect(partner.toggle).toHaveTextContent('показать');
    expect(screen.queryByRole('listitem', { name: OWN })).not.toBeInTheDocument();
    partner.toggle.focus();
    await user.keyboard('{Enter}');
    expect(partner.toggle).toHaveAttribute('aria-expanded', 'true');
    expect(partner.toggle).toHaveTextContent('скрыть');
    const own = screen.getByRole('listitem', { name: OWN });
    expect(partner.rows()).toContain(own);
    expect(within(own).getByText(/^Прораб · /)).toBeVisible();
    const ownRows = partner.rows();
    expect(ownRows[ownRows.indexOf(own) + 1]).toHaveAccessibleName(`${OWN} доб. 12`);
    await user.keyboard(' ');
    expect(partner.toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listitem', { name: OWN })).not.toBeInTheDocument();
  });

  it('ru: a 7-digit number is shown as incomplete, with what is missing and the completion, never movable', async () => {
    typeOnCard(DEMO_IDS.kuznetsov, ['926-08-33 дом']);
    renderPanel({ partnerId: DEMO_IDS.kuznetsov });
    // Shown at once, before the owners are known: nothing waits on the deals to show it.
    const row = await screen.findByRole('listitem', { name: '926-08-33' });
    expect(within(row).getByText('Неполный номер')).toBeVisible();
    expect(within(row).getByText('дом')).toBeVisible();
    expect(within(row).getByText('Не хватает кода города')).toBeVisible();
    // The card holds (812) landlines: the suggestion uses their code.
    expect(within(row).getByText('Возможно, +7 812 926-08-33: код 812, как у других городских номеров')).toBeVisible();
    expect(within(row).getByText('Виджет такой номер не переносит: исправьте его в карточке.')).toBeVisible();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    await screen.findByText(/^Перенести клиентам: \d+ · /, {}, { timeout: LONG });
    expect(group(/^Неполные номера \(1\)/).toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listitem', { name: '926-08-33' })).toBeVisible();
  });

  it('ru: with no landline to go by, the incomplete number says so instead of guessing', async () => {
    typeOnCard(DEMO_IDS.egorov, ['555-12-34']);
    renderPanel({ partnerId: DEMO_IDS.egorov });
    const row = await screen.findByRole('listitem', { name: '555-12-34' });
    expect(within(row).getByText('Не хватает кода города')).toBeVisible();
    await screen.findByText(/^(Перенести клиентам|Проверить|Номера прораба): \d+/, {}, { timeout: LONG });
    expect(
      within(screen.getByRole('listitem', { name: '555-12-34' })).getByText('Код города не угадать: других городских номеров нет'),
    ).toBeVisible();
    expect(screen.queryByText(/^Возможно, /)).not.toBeInTheDocument();
  });

  it('en, dark: the same card in English words', async () => {
    typeOnCard(DEMO_IDS.kuznetsov, ['926-08-33 дом']);
    const { user } = renderPanel({ partnerId: DEMO_IDS.kuznetsov, lang: 'en', theme: 'dark' });
    expect(await screen.findByText(/^Move to clients: \d+ · .*incomplete: 1/, {}, { timeout: LONG })).toBeVisible();
    const clients = group(/^Move to clients \(\d+\)/);
    const sokolova = screen.getByRole('listitem', { name: SOKOLOVA });
    expect(clients.rows()).toContain(sokolova);
    expect(within(sokolova).getByText('Client: Соколова Марина Викторовна · Загребский 33-118, contract СПб-2024/118')).toBeVisible();
    const row = screen.getByRole('listitem', { name: '926-08-33' });
    expect(within(row).getByText('Incomplete number')).toBeVisible();
    expect(within(row).getByText('The area code is missing')).toBeVisible();
    expect(within(row).getByText('Perhaps +7 812 926-08-33: area code 812, as on the other landlines')).toBeVisible();
    const partner = group(/^Foreman's numbers \(\d+\)/);
    expect(partner.toggle).toHaveTextContent('show');
    partner.toggle.focus();
    await user.keyboard('{Enter}');
    expect(partner.toggle).toHaveTextContent('hide');
    expect(partner.rows()).toContain(screen.getByRole('listitem', { name: OWN }));
  });

  it("the heavy card (30 numbers): one summary, client rows each named, the foreman's rows folded", async () => {
    renderPanel({ partnerId: DEMO_IDS.heavy });
    const summary = await screen.findByText(/^Перенести клиентам: \d+ · /, {}, { timeout: LONG });
    const clients = group(/^Перенести клиентам \(\d+\)/);
    const partner = group(/^Номера прораба \(\d+\)/);
    const check = screen.queryByRole('button', { name: /^Проверить \(\d+\)/ });
    const counted = countIn(clients.toggle.textContent!) + countIn(partner.toggle.textContent!) + (check ? countIn(check.textContent!) : 0);
    expect(counted).toBe(Number(/\d+/.exec(screen.getByRole('heading', { name: /^Телефоны на карточке: \d+/ }).textContent!)![0]));
    expect(summary.textContent).toMatch(/номера прораба: \d+$/);
    expect(partner.toggle).toHaveAttribute('aria-expanded', 'false');
    expect(partner.rows()).toHaveLength(0);
    expect(partner.ids).toHaveLength(countIn(partner.toggle.textContent!));
    for (const row of clients.rows().filter((r) => within(r).queryByText(/^Клиент · /))) {
      expect(within(row).getByText(/^Клиент: \S.* · \S/)).toBeVisible();
    }
  });
});
