// An email a manager types or finds on the card: cleaned (spaces, capitals in the domain,
// «mailto:»), checked for a form that can deliver, and common domain typos offered a fix.

export type EmailError = 'empty' | 'format' | 'domain' | 'tld';
export type EmailWarning = 'cleaned' | 'typo';

export type EmailCheck =
  | { ok: true; value: string; warnings: EmailWarning[]; suggestion?: string }
  | { ok: false; error: EmailError; value: string; suggestion?: string };

/** Misspellings seen in Russian CRMs, mapped to the domain meant. */
const DOMAIN_TYPOS: Record<string, string> = {
  'gmail.con': 'gmail.com',
  'gmail.co': 'gmail.com',
  'gmail.cm': 'gmail.com',
  'gmail.ru': 'gmail.com',
  'gmail.om': 'gmail.com',
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'gmail.comm': 'gmail.com',
  'gmaill.com': 'gmail.com',
  'mail.ry': 'mail.ru',
  'mail.ri': 'mail.ru',
  'mail.r': 'mail.ru',
  'mail.rru': 'mail.ru',
  'mai.ru': 'mail.ru',
  'mal.ru': 'mail.ru',
  'maill.ru': 'mail.ru',
  'mail.com.ru': 'mail.ru',
  'meil.ru': 'mail.ru',
  'yandex.ry': 'yandex.ru',
  'yandex.r': 'yandex.ru',
  'yadex.ru': 'yandex.ru',
  'yndex.ru': 'yandex.ru',
  'yandeks.ru': 'yandex.ru',
  'yanex.ru': 'yandex.ru',
  'yandex.rru': 'yandex.ru',
  'yangex.ru': 'yandex.ru',
  'ya.ry': 'ya.ru',
  'rambler.ry': 'rambler.ru',
  'ramler.ru': 'rambler.ru',
  'bk.ry': 'bk.ru',
  'list.ry': 'list.ru',
  'inbox.ry': 'inbox.ru',
  'hotmail.con': 'hotmail.com',
  'outlook.con': 'outlook.com',
  'icloud.con': 'icloud.com',
  'yahoo.con': 'yahoo.com',
};
const TLD_TYPOS: Record<string, string> = { ry: 'ru', ri: 'ru', ur: 'ru', con: 'com', cmo: 'com', comm: 'com', nett: 'net' };

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

function fixDomain(domain: string): string | undefined {
  const known = DOMAIN_TYPOS[domain];
  if (known) return known;
  const dot = domain.lastIndexOf('.');
  const tld = TLD_TYPOS[domain.slice(dot + 1)];
  return dot > 0 && tld ? `${domain.slice(0, dot)}.${tld}` : undefined;
}

export function validateEmail(text: string): EmailCheck {
  const value0 = text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '')
    .replace(/[.,;]+$/, '')
    .trim();
  if (!value0) return { ok: false, error: 'empty', value: '' };
  const at = value0.lastIndexOf('@');
  if (at <= 0 || at === value0.length - 1 || /\s/.test(value0)) return { ok: false, error: 'format', value: value0 };
  const local = value0.slice(0, at);
  const domain = value0.slice(at + 1).toLowerCase();
  const value = `${local}@${domain}`;
  if (!LOCAL.test(local) || local.length > 64) return { ok: false, error: 'format', value };
  const fixed = fixDomain(domain);
  const suggestion = fixed ? `${local}@${fixed}` : undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    return suggestion ? { ok: false, error: 'domain', value, suggestion } : { ok: false, error: 'domain', value };
  }
  if (!/^[a-z]{2,24}$|^xn--[a-z0-9-]+$/.test(labels[labels.length - 1]!)) {
    return suggestion ? { ok: false, error: 'tld', value, suggestion } : { ok: false, error: 'tld', value };
  }
  const warnings: EmailWarning[] = value !== text ? ['cleaned'] : [];
  if (suggestion) return { ok: true, value, warnings: [...warnings, 'typo'], suggestion };
  return { ok: true, value, warnings };
}
