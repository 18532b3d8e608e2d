import type { Language } from '@irado/kernel';
import { stem } from './text.ts';

/**
 * Words residents use for the same thing, folded and unstemmed. A query word also searches its synonyms, at a lower
 * weight, so "kga" finds the entry written as "klein chemisch afval" and "stort" finds "milieustraat".
 */
const groups: Record<'nl' | 'en', readonly (readonly string[])[]> = {
  nl: [
    ['kga', 'kca', 'chemisch', 'chemisch afval', 'gevaarlijk afval'],
    ['milieustraat', 'milieupark', 'stort', 'vuilstort', 'recyclingcentrum', 'afvalbrengpunt', 'brengstation'],
    ['grofvuil', 'grof vuil', 'grofafval', 'grof afval', 'bulky'],
    ['bankstel', 'bank', 'sofa', 'driezitsbank', 'hoekbank'],
    ['kliko', 'minicontainer', 'vuilnisbak', 'afvalbak'],
    ['koelkast', 'ijskast', 'frigo', 'vriezer', 'diepvries'],
    ['witgoed', 'wasmachine', 'droger', 'vaatwasser', 'koelkast'],
    ['batterij', 'batterijen', 'accu', 'accus'],
    ['puin', 'steen', 'stenen', 'beton', 'bouwafval', 'sloopafval'],
    ['gipsplaat', 'gipsplaten', 'gips'],
    ['matras', 'matrassen', 'matrasje', 'topper'],
    ['snoeiafval', 'takken', 'snoeihout', 'tuinafval', 'snoeisel'],
    ['aanhanger', 'aanhangwagen', 'karretje', 'leenaanhanger'],
    ['kosten', 'prijs', 'betalen', 'kost', 'tarief', 'gratis'],
    ['bellen', 'telefonisch', 'telefoon', 'nummer'],
    ['kuub', 'm3', 'kubieke'],
    ['afspraak', 'aanvraag', 'inplannen', 'boeken', 'reserveren'],
    ['buitenzetten', 'neerzetten', 'aanbieden', 'zetten', 'plaatsen'],
    ['stoep', 'trottoir'],
    ['dragen', 'tillen', 'sjouwen', 'versjouwen', 'naar beneden brengen'],
    ['annuleren', 'afzeggen', 'verzetten', 'wijzigen', 'veranderen', 'verplaatsen', 'omzetten'],
    ['bedrijf', 'bedrijven', 'zakelijk', 'ondernemer', 'zzp', 'winkel'],
    ['brommer', 'scooter', 'bromfiets', 'snorfiets', 'scootmobiel'],
    ['autoband', 'banden', 'band'],
    ['tl', 'tlbuis', 'tl-buis', 'spaarlamp'],
    ['verhuizen', 'verhuizing', 'ontruiming', 'opruimen'],
  ],
  en: [
    ['bulky', 'grofvuil', 'large', 'junk'],
    ['recycling', 'milieustraat', 'dump', 'tip', 'landfill'],
    ['couch', 'sofa', 'settee'],
    ['fridge', 'refrigerator', 'freezer'],
    ['mattress', 'mattresses', 'matras'],
    ['trailer', 'cart'],
    ['cost', 'price', 'pay', 'fee', 'free', 'charge'],
    ['phone', 'call', 'telephone'],
    ['appointment', 'booking', 'book', 'schedule'],
    ['pickup', 'collect', 'collection', 'pick'],
    ['chemical', 'hazardous', 'kca', 'kga'],
    ['rubble', 'debris', 'puin', 'bricks', 'concrete'],
    ['branches', 'pruning', 'prunings', 'clippings', 'garden'],
    ['pavement', 'sidewalk'],
    ['cancel', 'reschedule', 'change'],
    ['business', 'company', 'commercial', 'shop'],
    ['tyres', 'tires', 'tyre', 'tire'],
    ['moped', 'scooter', 'mobility'],
  ],
};

/** Keyed by the word and by its stem, so "picked" finds the group of "pick" and "matrasje" that of "matras". */
function build(language: 'nl' | 'en'): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups[language]) {
    for (const word of group) {
      const others = group.filter((w) => w !== word);
      for (const key of new Set([word, stem(word, language)])) map.set(key, [...(map.get(key) ?? []), ...others]);
    }
  }
  return map;
}

const maps = { nl: build('nl'), en: build('en') };

/** Synonyms of a folded word (or two-word phrase); Turkish and Arabic have none and use the English map's terms. */
export function synonymsOf(word: string, language: Language): readonly string[] {
  if (language !== 'nl' && language !== 'en') return [];
  return maps[language].get(word) ?? maps[language].get(stem(word, language)) ?? [];
}
