import type { Municipality } from '@irado/kernel';
import { fold } from './text.ts';

const NAMES: readonly [string, Municipality, number][] = [
  // [folded name, municipality, typos allowed]
  ['schiedam', 'Schiedam', 1],
  ['vlaardingen', 'Vlaardingen', 2],
  ['capelle', 'Capelle aan den IJssel', 1],
];

/** Levenshtein distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** The municipality a word names, allowing a typo or two ("vlaardinge", "schiedm", "cappelle"). */
export function municipalityOfWord(word: string): Municipality | null {
  for (const [name, municipality, typos] of NAMES) {
    if (word.length < 5) continue;
    // Adjectives and typos: "Schiedamse", "Vlaardingse", "vlaardinge", "cappelle".
    if (word.startsWith(name.slice(0, -2)) && word.length <= name.length + 2) return municipality;
    if (distance(word, name, typos) <= typos) return municipality;
  }
  return null;
}

/**
 * The one municipality a question names, or null when it names none or several ("Vlaardingen of Capelle": the answer
 * must then give every municipality's value).
 */
export function municipalityInText(text: string): Municipality | null {
  const found = new Set<Municipality>();
  for (const word of fold(text).split(/[^a-z]+/)) {
    const m = municipalityOfWord(word);
    if (m !== null) found.add(m);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
