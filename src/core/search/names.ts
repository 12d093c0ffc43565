/**
 * Other names of the region's countries: exonyms, endonyms in their own
 * scripts, and the spellings visitors type ("Laos" for "Lao PDR", "Vietnam"
 * for "Viet Nam", "ไทย" for Thailand). This is language data, not a claim about
 * the dataset: it only helps find a country entity, and is shown as "also
 * written" when it was what matched.
 *
 * Each row is one country; a country entity whose name or alias folds to any
 * entry of a row gets the row's other entries as extra names.
 */
import { fold } from './normalize.ts';
import type { Entity } from '../model/schema.ts';

const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['Thailand', 'Kingdom of Thailand', 'ประเทศไทย', 'ไทย'],
  ['Lao PDR', 'Laos', 'Lao People’s Democratic Republic', 'ສປປ ລາວ', 'ລາວ'],
  ['Viet Nam', 'Vietnam', 'Việt Nam', 'Socialist Republic of Viet Nam'],
  ['Cambodia', 'Kingdom of Cambodia', 'Kampuchea', 'កម្ពុជា'],
  ['Myanmar', 'Burma', 'Republic of the Union of Myanmar', 'မြန်မာ', 'မြန်မာနိုင်ငံ'],
  ['China', 'People’s Republic of China', 'PRC', '中国', '中國'],
  ['Malaysia', 'Persekutuan Malaysia'],
  ['Indonesia', 'Republik Indonesia'],
  ['Philippines', 'the Philippines', 'Pilipinas'],
  ['Singapore', 'Singapura', '新加坡'],
  ['Brunei', 'Brunei Darussalam'],
  ['Timor-Leste', 'East Timor', 'Timor Lorosa’e'],
  ['Hong Kong', 'Hong Kong SAR', 'HKSAR', '香港'],
  ['Macao', 'Macau', 'Macao SAR', '澳門', '澳门'],
  ['Taiwan', '台灣', '台湾'],
  ['Japan', '日本'],
  ['Republic of Korea', 'South Korea', '대한민국', '한국'],
  ['Mongolia', 'Монгол Улс'],
  ['United States', 'United States of America', 'USA', 'U.S.A.'],
  ['United Kingdom', 'UK', 'Great Britain'],
  ['India', 'भारत'],
  ['Bangladesh', 'বাংলাদেশ'],
  ['Nepal', 'नेपाल'],
  ['Australia'],
];

const BY_FOLDED = new Map<string, readonly string[]>();
for (const row of COUNTRY_NAMES) for (const n of row) BY_FOLDED.set(fold(n), row);

/** Other names a visitor may type for this entity (countries only), minus those it already has. */
export function otherNames(e: Pick<Entity, 'type' | 'name' | 'aliases'>): string[] {
  if (e.type !== 'country') return [];
  const own = [e.name, ...(e.aliases ?? [])];
  const folded = new Set(own.map(fold));
  for (const n of own) {
    const row = BY_FOLDED.get(fold(n));
    if (row) return row.filter((x) => !folded.has(fold(x)));
  }
  return [];
}
