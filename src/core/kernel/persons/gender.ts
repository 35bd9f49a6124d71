/**
 * The grammatical gender of a person: how texts about them agree («она взяла» / «он взял»).
 * Read from the patronymic where the name carries one, otherwise asked once in the profile.
 */

export const GENDERS = ['female', 'male', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export function isGender(v: unknown): v is Gender {
  return v === 'female' || v === 'male' || v === 'unknown';
}

/**
 * What the patronymic says: «Петровна», «Ильинична», «Алиева Айгуль Рашид кызы» → female;
 * «Петрович», «Ильич» (not the surname: a name of three words or more, not the first word),
 * «Мамедов Рашид Али оглы» → male; anything else is unknown (surnames such as «Мицкевич» say nothing).
 */
export function genderFromName(fullName: string): Gender {
  const words = fullName.toLocaleLowerCase('ru').replace(/ё/g, 'е').split(/[\s,]+/).filter(Boolean); // words people type
  const rest = words.slice(1);
  if (rest.some((w) => /\p{L}(вна|чна)$/u.test(w)) || words.some((w) => w === 'кызы' || w === 'гызы')) return 'female'; // words people type
  if (words.some((w) => w === 'оглы' || w === 'улы' || w === 'уулу')) return 'male'; // words people type
  if (words.length >= 3 && rest.some((w) => /\p{L}ич$/u.test(w))) return 'male';
  return 'unknown';
}
