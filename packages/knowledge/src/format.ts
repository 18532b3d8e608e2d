/**
 * Formatting of figures from the rule data for answers. Answers never spell a figure themselves: they pass the rule
 * value through one of these, so a changed rule changes every answer.
 */
import type { Municipality, MunicipalityRules, NlEn, RuleSet } from '@irado/kernel';
import { MUNICIPALITIES } from '@irado/kernel';

type Lang = keyof NlEn;

/** A number in the language's notation: `1,8` / `1.8`; `decimals` fixes the digits after the separator. */
export function num(lang: Lang, value: number, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** Euros: whole amounts without cents (`€115`), others with two decimals (`€79,70`). */
export function eur(lang: Lang, value: number): string {
  return `€${num(lang, value, Number.isInteger(value) ? 0 : 2)}`;
}

/** Metres with two decimals below 10 m: `1,80 m`, `2 m` for whole metres. */
export function metres(lang: Lang, value: number): string {
  return `${num(lang, value, Number.isInteger(value) ? 0 : 2)} m`;
}

/** A length in metres as a number of centimetres: 0.5 → 50. */
export function toCm(value: number): number {
  return Math.round(value * 100);
}

/** A length in metres shown in centimetres: 0.5 → `50 cm`. */
export function cm(value: number): string {
  return `${toCm(value)} cm`;
}

/** Volume in m³: `1 m³`, `1,5 m³`. */
export function m3(lang: Lang, value: number): string {
  return `${num(lang, value)} m³`;
}

/** Weeks with the right plural: `1 week`, `2 weken` / `2 weeks`. */
export function weeks(lang: Lang, value: number): string {
  if (lang === 'nl') return `${value} ${value === 1 ? 'week' : 'weken'}`;
  return `${value} ${value === 1 ? 'week' : 'weeks'}`;
}

/** A time window such as `05:00 en 07:30` / `05:00 and 07:30`. */
export function between(lang: Lang, window: { from: string; until: string }): string {
  return `${window.from} ${lang === 'nl' ? 'en' : 'and'} ${window.until}`;
}

/** Joins a list: `a, b en c` / `a, b and c`. */
export function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** An ISO date as `17 april` / `17 April` (the year is said once by the caller). */
export function dayMonth(lang: Lang, iso: string): string {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1]}`;
}

/** Markdown link showing the address without scheme, e.g. `[irado.nl/contact](https://www.irado.nl/contact)`. */
export function link(url: string): string {
  return `[${url.replace(/^https?:\/\/(www\.)?/, '')}](${url})`;
}

/**
 * Renders a per-municipality fact: for a known municipality its own sentence, otherwise one "● name: …" line per
 * municipality, so a resident who did not say where they live still gets every value.
 */
export function perMunicipality(
  rules: RuleSet,
  municipality: Municipality | null,
  render: (m: MunicipalityRules, lang: Lang) => string,
): NlEn {
  if (municipality !== null) {
    const m = rules.municipalities[municipality];
    return { nl: render(m, 'nl'), en: render(m, 'en') };
  }
  const lines = (lang: Lang) =>
    MUNICIPALITIES.map((name) => `● ${name}: ${render(rules.municipalities[name], lang)}`).join('\n');
  return { nl: lines('nl'), en: lines('en') };
}

/** Builds both languages from one function, for answers whose sentences share their figures. */
export function both(render: (lang: Lang) => string): NlEn {
  return { nl: render('nl'), en: render('en') };
}

export type { Lang };
