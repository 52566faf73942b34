// A client-base row or a contact without a name is said so, never an empty «Номер в клиентской базе: , …».
import { reasonText } from '../../src/ui/reasonText';
import { testHost } from './testHost';

const unnamedBase = { code: 'client-base-phone' as const, weight: -3, params: { name: '', contract: 'СПб-2019/004' } };
const unnamedContact = { code: 'on-deal-contact' as const, weight: -1, params: { name: ' ' } };

describe('reasons with an empty name', () => {
  it('ru: the client base row without a name leaves the name out; a contact without one says «имя не указано»', () => {
    const host = testHost({ apiBase: '', partnerId: 1 });
    expect(reasonText(host, unnamedBase)).toBe('Номер в клиентской базе, договор СПб-2019/004');
    expect(reasonText(host, { ...unnamedBase, params: { name: 'Соколова Марина Викторовна', contract: 'СПб-2024/118' } })).toBe(
      'Номер в клиентской базе: Соколова Марина Викторовна, договор СПб-2024/118',
    );
    expect(reasonText(host, unnamedContact)).toBe('Номер есть у контакта сделки: имя не указано');
  });

  it('en: the same in English', () => {
    const host = testHost({ apiBase: '', partnerId: 1, lang: 'en' });
    expect(reasonText(host, { ...unnamedBase, params: { name: '  ', contract: 'СПб-2019/004' } })).toBe(
      'In the client base, contract СПб-2019/004',
    );
    expect(reasonText(host, unnamedContact)).toBe("A deal's contact holds this number: no name given");
  });
});
