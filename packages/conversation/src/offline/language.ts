import { type Language, normalizeText } from '@irado/kernel';

const TRIGGER = /^\s*start chat\s*-\s*language:\s*(dutch|english|turkish|arabic|nederlands|nl|en|tr|ar)\s*$/i;
const TRIGGER_LANGUAGE: Record<string, Language> = {
  dutch: 'nl',
  nederlands: 'nl',
  nl: 'nl',
  english: 'en',
  en: 'en',
  turkish: 'tr',
  tr: 'tr',
  arabic: 'ar',
  ar: 'ar',
};

/** The widget's hidden first message, `start chat - language: english`, or null. */
export function parseLanguageTrigger(text: string): Language | null {
  const match = TRIGGER.exec(text);
  return match ? (TRIGGER_LANGUAGE[(match[1] ?? '').toLowerCase()] ?? null) : null;
}

/** The language buttons and plain names of the languages ("English", "Türkçe"). */
const NAMES: [RegExp, Language][] = [
  [/^\s*(nederlands|dutch|nl)\s*$/i, 'nl'],
  [/^\s*(english|engels|en)\s*$/i, 'en'],
  [/^\s*(türkçe|turkce|turks|turkish|tr)\s*$/i, 'tr'],
  [/^\s*(العربية|عربي|arabisch|arabic|ar)\s*$/i, 'ar'],
];

export function parseLanguageName(text: string): Language | null {
  return NAMES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

const MARKERS: Record<Exclude<Language, 'ar'>, Set<string>> = {
  nl: new Set(
    'ik wil graag een het de mijn niet ophalen laten woon kunnen jullie wat hoe mag moet ja nee goedemorgen hoi bedankt dank alstublieft spullen zijn heb'.split(
      ' ',
    ),
  ),
  en: new Set(
    "i i'd i'm want would like please the my have live can you what how is are yes no hello hi thanks picked up old broken and with".split(
      ' ',
    ),
  ),
  tr: new Set(
    'merhaba evet hayır istiyorum oturuyorum bir eski ve için mı mi mu ne nasıl teşekkürler lütfen ben benim yaşıyorum'
      .split(' ')
      .map(normalizeText),
  ),
};

/**
 * The language a message is written in, or null when it is too short or mixed to tell. Arabic script decides at once;
 * otherwise marker words are counted, and a language must clearly lead.
 */
export function detectLanguage(text: string): Language | null {
  if (/[\u0600-\u06FF]/.test(text)) return 'ar';
  if (/[ğşıİĞŞ]/.test(text)) return 'tr';
  const words = normalizeText(text)
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  if (words.length < 2) return null;
  const scores = (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).map((language) => ({
    language,
    score: words.filter((w) => MARKERS[language].has(w)).length,
  }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 2 || best.score < (second?.score ?? 0) * 2) return null;
  return best.language;
}
