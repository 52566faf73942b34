// Saint Petersburg addresses typed the many ways managers type them in deal fields and names.
import type { Random } from './random';

interface Street {
  /** How a short address-form name starts: «Купчинская 4-3-22». */
  short: string;
  /** Ways people write the street, most formal first. */
  forms: string[];
}

const STREETS: Street[] = [
  { short: 'Купчинская', forms: ['ул. Купчинская', 'Купчинская ул.', 'Купчинская'] },
  { short: 'Загребский', forms: ['Загребский б-р', 'б-р Загребский', 'Загребский бульвар', 'Загребский'] },
  { short: 'Ленинский', forms: ['Ленинский пр.', 'Ленинский пр-кт', 'Ленинский проспект', 'пр. Ленинский'] },
  { short: 'Невский', forms: ['Невский пр.', 'Невский пр-кт', 'Невский проспект', 'Невский'] },
  { short: 'Фонтанки', forms: ['наб. реки Фонтанки', 'наб. р. Фонтанки', 'Фонтанки наб.', 'Фонтанка'] },
  { short: 'Пулковское', forms: ['Пулковское ш.', 'Пулковское шоссе', 'Пулковское'] },
  { short: 'Дунайский', forms: ['Дунайский пр-кт', 'Дунайский пр.', 'Дунайский проспект'] },
  { short: 'Бухарестская', forms: ['Бухарестская ул.', 'ул. Бухарестская', 'Бухарестская'] },
  { short: 'Богатырский', forms: ['Богатырский пр.', 'Богатырский пр-кт', 'пр. Богатырский'] },
  { short: 'Комендантский', forms: ['Комендантский пр.', 'Комендантский пр-кт', 'Комендантский'] },
  { short: 'Савушкина', forms: ['ул. Савушкина', 'Савушкина ул.', 'Савушкина'] },
  { short: 'Гражданский', forms: ['Гражданский пр.', 'Гражданский пр-кт', 'Гражданский'] },
  { short: 'Московский', forms: ['Московский пр.', 'Московский пр-кт', 'Московский'] },
  { short: 'Ветеранов', forms: ['пр. Ветеранов', 'пр-кт Ветеранов', 'Ветеранов'] },
  { short: 'Коломяжский', forms: ['Коломяжский пр.', 'Коломяжский пр-кт', 'Коломяжский'] },
  { short: 'Типанова', forms: ['ул. Типанова', 'Типанова ул.', 'Типанова'] },
  { short: 'Ильюшина', forms: ['ул. Ильюшина', 'Ильюшина ул.', 'Ильюшина'] },
  { short: 'Стачек', forms: ['пр. Стачек', 'пр-кт Стачек', 'Стачек'] },
];

export interface Address {
  street: Street;
  house: string;
  /** корпус, or null */
  building: number | null;
  /** литера, or null */
  letter: string | null;
  flat: number;
}

export function makeAddress(random: Random): Address {
  return {
    street: random.pick(STREETS),
    house: String(random.int(1, 160)),
    building: random.chance(0.45) ? random.int(1, 6) : null,
    letter: random.chance(0.12) ? random.pick(['А', 'Б', 'В']) : null,
    flat: random.int(1, 420),
  };
}

export function streetByShort(short: string): Street {
  const found = STREETS.find((s) => s.short === short);
  if (!found) throw new Error(`unknown street ${short}`);
  return found;
}

/** The name a client contact gets when the client's name is unknown: «Купчинская 4-3-22». */
export function addressName(a: Address): string {
  const house = `${a.house}${a.letter ?? ''}`;
  return `${a.street.short} ${[house, a.building, a.flat].filter((p) => p !== null).join('-')}`;
}

/** The deal's address field, in one of the forms people type. */
export function addressText(a: Address, random: Random): string {
  const [formal = a.street.short] = a.street.forms;
  const anyForm = random.pick(a.street.forms);
  const house = `${a.house}${a.letter ?? ''}`;
  const k = a.building;
  switch (random.int(0, 5)) {
    case 0:
      return `${formal}, д. ${house}${k ? `, корп. ${k}` : ''}${a.letter ? `, лит. ${a.letter}` : ''}, кв. ${a.flat}`;
    case 1:
      return `${anyForm} ${a.house}${k ? ` к${k}` : ''} кв ${a.flat}`;
    case 2:
      return `СПб, ${anyForm} ${house}${k ? `-${k}` : ''}, кв. ${a.flat}`;
    case 3:
      return `Санкт-Петербург, ${formal}, д.${house}${k ? ` к.${k}` : ''}, кв.${a.flat}`;
    case 4:
      return addressName(a);
    default:
      return `${anyForm}, ${house}${k ? ` корп ${k}` : ''}, ${a.flat}`;
  }
}

const WORKS = [
  'капремонт',
  'ремонт ванной',
  'косметика',
  'кухня',
  'под ключ',
  'санузел',
  'электрика',
  'плитка',
  'замена окон',
  'дизайн-проект',
];

/** The deal's name: usually the address in a short form and the kind of work. */
export function dealName(a: Address, random: Random): string {
  const work = random.pick(WORKS);
  const house = `${a.house}${a.letter ?? ''}`;
  switch (random.int(0, 3)) {
    case 0:
      return `${addressName(a)} ${work}`;
    case 1:
      return `${random.pick(a.street.forms)} ${house}${a.building ? `, к. ${a.building}` : ''}, кв. ${a.flat} — ${work}`;
    case 2:
      return `${work[0]?.toUpperCase()}${work.slice(1)}: ${addressName(a)}`;
    default:
      return `${random.pick(a.street.forms)} ${house}${a.building ? `-${a.building}` : ''}-${a.flat}`;
  }
}
