// A client-base row or a contact without a name is said so, never an empty «Номер в клиентской базе: , …».
import { reasonText } from '../../src/ui/reasonText';
import { panelHost } from './testHost';

const unnamedBase = { code: 'client-base-phone' as const, weight: -3, params: { name: '', contract: 'СПб-2019/004' } };

describe('reasons with an empty name', () => {
  it('ru: the client base row without a name says «имя не указано»', () => {
    const host = panelHost({ apiBase: '', partnerId: 1 });
    expect(reasonText(host, unnamedBase)).toBe('Номер в клиентской базе: имя не указано, договор СПб-2019/004');
    expect(reasonText(host, { ...unnamedBase, params: { name: 'Соколова Марина Викторовна', contract: 'СПб-2024/118' } })).toBe('Номер в клиентской базе: Соколова Марина Викторовна, договор СПб-2024/118');
  });

  it('en: says «no name given»', () => {
    const host = panelHost({ apiBase: '', partnerId: 1, lang: 'en' });
    expect(reasonText(host, { ...unnamedBase, params: { name: '  ', contract: 'СПб-2019/004' } })).toBe('In the client base: no name given, contract СПб-2019/004');
  });
});
