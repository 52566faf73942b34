// ФИО as the company keeps it: surname, given name, patronymic; capitals fixed, «ё» kept,
// hyphenated surnames and Turkic «оглы/кызы» patronymics allowed, one script per name.

export type FullNameError = 'empty' | 'letters' | 'mixed-script' | 'too-short' | 'too-long';
export type FullNameWarning = 'no-patronymic' | 'reordered' | 'capitalized';

export type FullNameCheck =
  | { ok: true; value: string; surname: string; givenName: string; patronymic?: string; warnings: FullNameWarning[] }
  | { ok: false; error: FullNameError };

const WORD = /^[А-Яа-яЁёA-Za-z]+(?:[-'’][А-Яа-яЁёA-Za-z]+)*$/u;
const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/i;
const TURKIC = /^(оглы|кызы|улы|углы|ogly|kyzy)$/i;

const fixCase = (word: string) =>
  word
    .split(/([-'’])/)
    .map((part) => (/^[-'’]$/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()))
    .join('');

export function validateFullName(text: string): FullNameCheck {
  const words = text.trim().replace(/[,.]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ok: false, error: 'empty' };
  if (!words.every((w) => WORD.test(w))) return { ok: false, error: 'letters' };
  const joined = words.join('');
  if (/[А-Яа-яЁё]/.test(joined) && /[A-Za-z]/.test(joined)) return { ok: false, error: 'mixed-script' };
  // «Мамедов Рашид Гасан оглы»: the particle belongs to the patronymic and stays lower-case.
  const parts: string[] = [];
  for (const w of words) {
    if (TURKIC.test(w) && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${w.toLowerCase()}`;
    else parts.push(w);
  }
  if (parts.length < 2) return { ok: false, error: 'too-short' };
  if (parts.length > 3) return { ok: false, error: 'too-long' };
  const fixed = parts.map((p) =>
    p
      .split(' ')
      .map((w, i) => (i === 0 ? fixCase(w) : w))
      .join(' '),
  );
  const warnings: FullNameWarning[] = fixed.join(' ') !== parts.join(' ') ? ['capitalized'] : [];
  let [surname, givenName, patronymic] = fixed as [string, string, string | undefined];
  const isPatronymic = (p: string | undefined) => !!p && (PATRONYMIC.test(p) || / (оглы|кызы|улы|углы)$/i.test(p));
  // «Иван Иванович Петров» → surname first, as the company files names.
  if (patronymic && !isPatronymic(patronymic) && isPatronymic(givenName)) {
    [surname, givenName, patronymic] = [patronymic, surname, givenName];
    warnings.push('reordered');
  }
  if (!patronymic) warnings.push('no-patronymic');
  const value = [surname, givenName, patronymic].filter(Boolean).join(' ');
  return patronymic ? { ok: true, value, surname, givenName, patronymic, warnings } : { ok: true, value, surname, givenName, warnings };
}

/** A contact's title without role words: «Кузнецов Сергей прораб» → «Кузнецов Сергей». */
export function fullNameFromTitle(title: string): string {
  return title
    .replace(/\((?:[^)]*)\)/g, ' ')
    .replace(/(^|\s)(прораб|партн[её]р|бригадир|мастер|отделочник|электрик|сантехник|плиточник)(?=\s|$|[,.])/giu, ' ')
    .replace(/[,.;–—-]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
