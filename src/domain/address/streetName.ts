// The street part of a job address, reduced to the words the company names clients by:
// «ул. Купчинская» → «Купчинская», «наб. реки Фонтанки» → «Фонтанки», «Б. Сампсониевский пр.» → «Большой Сампсониевский».

/** Type words dropped from the name, with their canonical form. «линия» and «дорога» stay: «7-я линия» needs it. */
const STREET_TYPES: Array<[RegExp, string]> = [
  [/^(ул|у|улица)\.?$/i, 'улица'],
  [/^(пр|пр-т|пр-кт|пркт|просп|проспект|п-т)\.?$/i, 'проспект'],
  [/^(б-р|бул|бульв|бульвар)\.?$/i, 'бульвар'],
  [/^(наб|набережная)\.?$/i, 'набережная'],
  [/^(ш|шоссе)\.?$/i, 'шоссе'],
  [/^(пер|переулок)\.?$/i, 'переулок'],
  [/^(пл|площадь)\.?$/i, 'площадь'],
  [/^(пр-д|проезд)\.?$/i, 'проезд'],
  [/^(ал|аллея)\.?$/i, 'аллея'],
  [/^(туп|тупик)\.?$/i, 'тупик'],
];

/** «реки Фонтанки», «канала Грибоедова»: the water word leads, the name follows. «Обводного канала» keeps it. */
const LEADING_FILLERS = /^(реки|р\.|канала|кан\.)$/i;
/** Island and side marks that are not part of a street name: «7-я линия В.О.». */
const AREA_MARKS = /^(в\.?\s?о\.?|п\.?\s?с\.?)$/i;
const ORDINAL = /^\d+-?(я|й|ая|ий|ой|ый|го|е)$/i;

const SIZE_WORDS: Array<[RegExp, string, string, string]> = [
  [/^(б|бол)\.$/i, 'Большой', 'Большая', 'Большое'],
  [/^(м|мал)\.$/i, 'Малый', 'Малая', 'Малое'],
  [/^(ср)\.$/i, 'Средний', 'Средняя', 'Среднее'],
  [/^(ст)\.$/i, 'Старый', 'Старая', 'Старое'],
  [/^(нов)\.$/i, 'Новый', 'Новая', 'Новое'],
];

function expandSize(word: string, next: string | undefined): string {
  for (const [re, masc, fem, neut] of SIZE_WORDS) {
    if (!re.test(word)) continue;
    const n = (next ?? '').toLowerCase();
    if (/(ая|яя)$/.test(n)) return fem;
    if (/(ое|ее)$/.test(n)) return neut;
    return masc;
  }
  return word;
}

function capitalize(word: string): string {
  if (ORDINAL.test(word)) return word.toLowerCase();
  if (/^(линия|дорога|канала|острова|линии)$/i.test(word)) return word.toLowerCase();
  return word
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part))
    .join('-');
}

export interface StreetName {
  street: string;
  streetType?: string;
}

/** Words before the house number → the street's name without its type word. */
export function streetName(words: string[]): StreetName {
  let streetType: string | undefined;
  const kept: string[] = [];
  words.forEach((word) => {
    const type = STREET_TYPES.find(([re]) => re.test(word));
    if (type) {
      streetType ??= type[1];
      return;
    }
    if (AREA_MARKS.test(word)) return;
    if (kept.length === 0 && LEADING_FILLERS.test(word)) return;
    kept.push(word);
  });
  const expanded = kept.map((w, i) => expandSize(w, kept[i + 1]));
  const street = expanded.map(capitalize).join(' ');
  return streetType ? { street, streetType } : { street };
}
