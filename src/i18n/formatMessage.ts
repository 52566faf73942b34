// Fills a translated text with values. Plain `{name}` placeholders are replaced as they are;
// texts with ICU plurals (`{calls, plural, one {# звонок} few {# звонка} many {# звонков} other {# звонка}}`)
// go through intl-messageformat, because Russian needs three forms where English needs two.
import { IntlMessageFormat } from 'intl-messageformat';

type Vars = Record<string, string | number>;

const ICU = /\{\s*\w+\s*,\s*(plural|selectordinal|select)\s*,/;
const compiled = new Map<string, IntlMessageFormat>();

function icu(text: string, lang: string): IntlMessageFormat {
  const key = `${lang}\u0000${text}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(text, lang);
    compiled.set(key, format);
  }
  return format;
}

/** Unknown placeholders stay visible so a missing value is noticed rather than silently blank. */
export function formatMessage(text: string, vars?: Vars, lang = 'ru'): string {
  if (ICU.test(text)) {
    try {
      return String(icu(text, lang).format(vars ?? {}));
    } catch {
      // A missing plural value: fall through and show the placeholders as they are.
    }
  }
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
