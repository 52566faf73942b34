// Hand-picked Russian names (surname, given name, patronymic in male and female forms):
// a locale library would be one more dependency and less predictable.
import type { Random } from './random';

export interface Person {
  surname: string;
  given: string;
  patronymic: string;
  female: boolean;
}

const MALE_SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
];
// Surnames that do not change with gender.
const NEUTRAL_SURNAMES = ['Шевченко', 'Бондаренко', 'Ткаченко', 'Кравец', 'Мельник', 'Черных', 'Седых', 'Долгих'];

const MALE_GIVEN = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Евгений',
  'Иван',
  'Михаил',
  'Николай',
  'Владимир',
  'Игорь',
  'Олег',
  'Павел',
  'Роман',
  'Виктор',
  'Константин',
  'Артём',
  'Денис',
  'Юрий',
  'Антон',
  'Григорий',
];
const FEMALE_GIVEN = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Марина',
  'Анна',
  'Мария',
  'Екатерина',
  'Юлия',
  'Людмила',
  'Галина',
  'Анастасия',
  'Дарья',
  'Ксения',
  'Вера',
  'Надежда',
  'Алла',
  'Полина',
  'Валентина',
];
// Father's names in their patronymic stems: male -ович/-евич, female -овна/-евна.
const PATRONYMIC_STEMS: Array<[string, string]> = [
  ['Александров', 'ич'],
  ['Сергеев', 'ич'],
  ['Дмитриев', 'ич'],
  ['Андреев', 'ич'],
  ['Алексеев', 'ич'],
  ['Викторов', 'ич'],
  ['Владимиров', 'ич'],
  ['Николаев', 'ич'],
  ['Петров', 'ич'],
  ['Иванов', 'ич'],
  ['Михайлов', 'ич'],
  ['Олегов', 'ич'],
  ['Юрьев', 'ич'],
  ['Борисов', 'ич'],
  ['Павлов', 'ич'],
  ['Геннадьев', 'ич'],
];

function femaleSurname(male: string): string {
  if (/(ов|ев|ёв|ин)$/.test(male)) return `${male}а`;
  return male;
}

export function makePerson(random: Random, female = random.chance(0.5)): Person {
  const neutral = random.chance(0.1);
  const base = neutral ? random.pick(NEUTRAL_SURNAMES) : random.pick(MALE_SURNAMES);
  const [stem] = random.pick(PATRONYMIC_STEMS);
  return {
    surname: female && !neutral ? femaleSurname(base) : base,
    given: female ? random.pick(FEMALE_GIVEN) : random.pick(MALE_GIVEN),
    patronymic: female ? `${stem}на` : `${stem}ич`,
    female,
  };
}

export const fullName = (p: Person) => `${p.surname} ${p.given} ${p.patronymic}`;
