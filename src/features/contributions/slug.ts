import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ItemType } from '../catalogue/types.js';

/** Slugs stay short enough to read in a link; long titles are cut at a word. */
const maxSlugLength = 80;

/** 'Guide du guichet unique : étapes' → 'guide-du-guichet-unique-etapes'; '' when nothing Latin is left. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= maxSlugLength) return words;
  const cut = words.slice(0, maxSlugLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxSlugLength).replace(/-+$/, '');
}

/** A slug for a new item from its title, with -2, -3… when an item of the type already has it. */
export async function uniqueItemSlug(db: Kysely<Database>, type: ItemType, title: string): Promise<string> {
  const base = slugOf(title) || type;
  // The base is letters, digits and hyphens only: nothing in it is a LIKE wildcard.
  const taken = new Set(
    (
      await db
        .selectFrom('items')
        .select('slug')
        .where('type', '=', type)
        .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
