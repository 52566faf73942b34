// Translation keys typed from the Russian file, the language the widget is written in first.
// A key the UI asks for that ru.json lacks, or a key only one language has, is a type error.
import type ru from '../../i18n/ru.json';
import type en from '../../i18n/en.json';

/** Dotted paths to every text (leaf) of a nested message tree: `panel.title`, `panel.reason.calls-span-deals`. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends Record<string, unknown> ? `${K}.${Leaves<T[K]>}` : never;
}[keyof T & string];

export type MessageKey = Leaves<typeof ru>;
type EnglishKey = Leaves<typeof en>;

// Both files hold the same keys: each direction fails to compile, naming the key, when one lacks it.
type Missing<A extends string, B extends string> = Exclude<A, B>;
export const englishHasEveryKey: Record<Missing<MessageKey, EnglishKey>, never> = {};
export const russianHasEveryKey: Record<Missing<EnglishKey, MessageKey>, never> = {};
