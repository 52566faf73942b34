// A job address as people type it in a deal («Загребский б-р, д. 33, кв. 118 — капремонт»,
// «СПб, ул. Купчинская 4-3-22», «Купчинская 4-3-22 косметика») → street, house, building, flat.
import { streetName } from './streetName';

export interface JobAddress {
  /** Without the type word: «Купчинская», «Большой Сампсониевский», «2-я Советская». */
  street: string;
  streetType?: string;
  house: string;
  litera?: string;
  /** Корпус or строение. */
  building?: string;
  flat?: string;
  /** A settlement outside the city (`пос. Шушары`), kept apart from the street. */
  settlement?: string;
}

const CITY = /^(г\.?\s*)?(санкт[\s-]*петербург|с\.?-?\s?петербург|спб|питер|петербург|ленинградская\s+обл(асть|\.)?|ло|россия|рф)\.?$/i;
const CITY_PREFIX = /^(г\.?\s*)?(санкт[\s-]*петербург|с\.?-?\s?петербург|спб|питер)\.?\s+/i;
const DISTRICT = /^[а-яё-]+\s+(р-н|район|р\.)$|^(р-н|район)\s+[а-яё-]+$/i;
const SETTLEMENT = /^(пос|п|пгт|посёлок|поселок|г|город|д|дер|деревня|с|село)\.?\s+([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)$/u;
const JOB_WORDS =
  /^(капремонт|кап\.?\s?ремонт|ремонт|косметика|косметический|отделка|санузел|ванная|ванной|кухня|кухни|объект|замер|дизайн)$/i;

const HOUSE_LIKE = /^\d+[а-яa-z]?(?:[/-]\d+[а-яa-z]?)*$/i;
const ORDINAL = /^\d+-?(я|й|ая|ий|ой|ый|го|е)$/i;
// Longest first: «кв.» must not read as «к» + «в.».
const MARKER = /^(квартира|кв|корпус|корп|к|строение|стр|литера|литер|лит|дом|д|офис|оф|пом)\.?(.*)$/i;
const SLOT_OF: Record<string, Slot> = {
  д: 'house',
  дом: 'house',
  к: 'building',
  корп: 'building',
  корпус: 'building',
  стр: 'building',
  строение: 'building',
  лит: 'litera',
  литер: 'litera',
  литера: 'litera',
  кв: 'flat',
  квартира: 'flat',
  оф: 'flat',
  офис: 'flat',
  пом: 'flat',
};
type Slot = 'house' | 'building' | 'litera' | 'flat';

const isHouseStart = (token: string, next: string | undefined) =>
  (HOUSE_LIKE.test(token) && !ORDINAL.test(token)) ||
  /^\d+к\d+/i.test(token) ||
  (/^(д|дом)\.?$/i.test(token) && next !== undefined && /^\d/.test(next)) ||
  /^(д|дом)\.?\d/i.test(token);

/** Cut trailing remarks (« — капремонт», «(ванная)») and split into comma parts without city/district. */
function addressParts(text: string): { parts: string[]; settlement?: string } {
  let t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  t = t
    .replace(/\s[—–-]\s.*$/, '')
    .replace(/\(.*$/, '')
    .replace(/^\d{6}\s*,?\s*/, '');
  let settlement: string | undefined;
  const parts: string[] = [];
  for (let part of t.split(/[,;]/)) {
    part = part.trim().replace(CITY_PREFIX, '');
    if (!part || CITY.test(part) || DISTRICT.test(part)) continue;
    const s = SETTLEMENT.exec(part);
    if (s && !/\d/.test(part)) {
      settlement = s[2];
      continue;
    }
    parts.push(part);
  }
  return settlement ? { parts, settlement } : { parts };
}

function readNumbers(tokens: string[]): Omit<JobAddress, 'street' | 'streetType' | 'settlement'> | null {
  const a: Partial<Record<Slot, string>> = {};
  let pending: Slot | undefined;
  const put = (slot: Slot, value: string) => {
    if (!a[slot]) a[slot] = slot === 'litera' ? value.toUpperCase() : value;
    pending = undefined;
  };
  for (const token of tokens) {
    const compact = /^(\d+)([а-яa-z])?к(\d+)(?:-(\d+))?$/i.exec(token);
    if (compact && !a.house) {
      put('house', compact[1]!);
      if (compact[2]) put('litera', compact[2]);
      put('building', compact[3]!);
      if (compact[4]) put('flat', compact[4]);
      continue;
    }
    const marker = MARKER.exec(token);
    if (marker && !HOUSE_LIKE.test(token)) {
      const slot = SLOT_OF[marker[1]!.toLowerCase()];
      const rest = marker[2]!.replace(/^\./, '');
      if (slot && !rest) {
        pending = slot;
        continue;
      }
      if (slot && /^[\dа-яa-z/]+$/i.test(rest)) {
        put(slot, rest);
        continue;
      }
    }
    const number = /^(\d+(?:\/\d+)?)([а-яa-z])?((?:[-–]\d+)*)$/i.exec(token);
    if (number) {
      if (pending) {
        put(pending, token);
        continue;
      }
      if (!a.house) {
        put('house', number[1]!);
        if (number[2]) put('litera', number[2]);
        const dashed = number[3]!.split(/[-–]/).filter(Boolean);
        if (dashed.length === 1) put('flat', dashed[0]!);
        if (dashed.length >= 2) {
          put('building', dashed[0]!);
          put('flat', dashed[1]!);
        }
        continue;
      }
      if (!a.flat) {
        put('flat', token);
        continue;
      }
      break;
    }
    if (/^[а-яa-z]$/i.test(token) && a.house && (pending === 'litera' || !a.litera)) {
      put('litera', token);
      continue;
    }
    if (a.house) break; // trailing words: «ремонт ванной»
  }
  if (!a.house) return null;
  const out: Omit<JobAddress, 'street' | 'streetType' | 'settlement'> = { house: a.house };
  if (a.litera) out.litera = a.litera;
  if (a.building) out.building = a.building;
  if (a.flat) out.flat = a.flat;
  return out;
}

const cache = new Map<string, JobAddress | null>();

/** The job address in a deal's address field or name; null when there is no street and house in it. */
export function parseJobAddress(text: string): JobAddress | null {
  // Deals of one client repeat the same text; a heavy card has hundreds. Copies keep callers apart.
  let known = cache.get(text);
  if (known === undefined) {
    if (cache.size >= 5_000) cache.clear();
    known = parseUncached(text);
    cache.set(text, known);
  }
  return known ? { ...known } : null;
}

function parseUncached(text: string): JobAddress | null {
  const { parts, settlement } = addressParts(text);
  const tokens = parts.map((p) => p.split(' ').filter(Boolean));
  // The street is the words before the house number, in the same comma part or the one before it.
  for (let i = 0; i < tokens.length; i += 1) {
    const words = tokens[i]!;
    const startsWithHouse = isHouseStart(words[0] ?? '', words[1]);
    const at = startsWithHouse ? -1 : words.findIndex((w, j) => isHouseStart(w, words[j + 1]));
    if (at < 0 && !(startsWithHouse && i > 0)) continue;
    const nameWords = at >= 0 ? words.slice(0, at) : tokens[i - 1]!;
    const numberTokens = (at >= 0 ? words.slice(at) : words).concat(tokens.slice(i + 1).flat());
    const numbers = readNumbers(numberTokens);
    const cleanName = nameWords.filter((w) => !JOB_WORDS.test(w));
    const name = streetName(cleanName);
    if (!numbers) continue;
    if (!name.street && !settlement) continue;
    const address: JobAddress = { ...name, ...numbers };
    if (!address.street && settlement) address.street = settlement;
    if (settlement) address.settlement = settlement;
    return address;
  }
  return null;
}
