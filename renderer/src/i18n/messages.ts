// The shape every language's strings must have: the Vietnamese files are the
// source, and another language must give a string for each of their keys.
// Extra keys are allowed only as plural forms (`key_one`), which Vietnamese
// does not need and English does.
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
} & { [plural: `${string}_one`]: string };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
