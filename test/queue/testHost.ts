// A Host as the widget adapter builds it, reading the real i18n file, for the queue's component tests.
import type { Host, Lang, WidgetSettings } from '../../src/host';
import { formatMessage } from '../../src/i18n/formatMessage';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';

type Tree = { [key: string]: string | Tree };

export function testHost(opts: { lang?: Lang; apiBase: string; settings?: WidgetSettings }): Host {
  const lang = opts.lang ?? 'ru';
  const tree: Tree = lang === 'ru' ? ru : en;
  const lookup = (key: string): string => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : key;
  };
  return {
    lang,
    theme: 'light',
    t: (key, vars) => formatMessage(lookup(key), vars, lang),
    card: null,
    apiBase: opts.apiBase,
    settings: opts.settings ?? {},
    widgetCode: 'partner_card_cleaner',
    widgetPath: '/widgets/partner_card_cleaner',
    currentUserId: 8101001,
    notify: () => {},
    cardUrl: (entity, id) => `/${entity}/detail/${id}`,
  };
}
