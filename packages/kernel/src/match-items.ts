/**
 * The item matcher: turns what a resident typed ("twee eetkamerstoelen en een kast van 2 meter") into draft items tied
 * to the catalogue. Pure: no I/O, no clock, no randomness. Word lists are normalised with the same function as the
 * text, so they may be written with or without diacritics.
 */
import { normalizeText, type Token, tokenize } from './text.ts';
import {
  type CatalogueEntry,
  type DraftItem,
  ITEM_CONDITIONS,
  type ItemCondition,
  type Language,
  type Measurements,
} from './types.ts';

const set = (...lists: string[]) => new Set(lists.flatMap((l) => l.split(/\s+/).filter(Boolean).map(normalizeText)));
const pairs = (list: string) =>
  new Map(
    list
      .trim()
      .split(/\s+/)
      .map((p) => {
        const [w = '', n = '0'] = p.split('=');
        return [normalizeText(w), Number(n)] as const;
      }),
  );

// ── Lexicon ──────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Number words per language; the resident's language is looked up first. */
const NUMBER_WORDS: Record<Language, Map<string, number>> = {
  nl: pairs('één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12'),
  en: pairs('one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12'),
  tr: pairs('bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10'),
  ar: pairs(`واحد=1 واحدة=1 اثنان=2 اثنين=2 اثنتان=2 اثنتين=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 خمس=5 ستة=6 ست=6
    سبعة=7 سبع=7 ثمانية=8 ثماني=8 ثمان=8 تسعة=9 تسع=9 عشرة=10 عشر=10`),
};
/** Number words that are ordinary words in another language ("on" in English, "elf", "ten" in Dutch). */
const NUMBERS_ONLY_AT_HOME = set('on ten elf een');
/** Two-word and three-word quantities. "Enkele", "some", "a few", "birkaç" stay 1: we do not guess a count. */
const QUANTITY_PHRASES: { words: string[]; value: number }[] = [
  'een paar',
  'a couple of',
  'couple of',
  'a pair of',
  'pair of',
  'bir çift',
].map((p) => ({ words: p.split(' ').map(normalizeText), value: 2 }));

const ARTICLES = set('een a an bir');
const DEFINITES = set('de het die deze dat dit the this that these those bu');
const POSSESSIVES = set("mijn m'n onze ons my our benim bizim");
/** Before an item, these mean it is not offered: "dan zonder het zonnescherm", "geen matras". */
const ITEM_NEGATORS = set('zonder behalve geen niet without except no not hariç بدون ماعدا عدا');
/** Before or after a condition, these cancel it: "niet op slot", "not wet", "kilitli değil". */
const NEGATORS = set("niet geen nooit zonder not no never without isn't isnt aren't wasn't غير ليس ليست لا");
const NEGATORS_AFTER = set('değil');
const COMPLEMENT_PREPOSITIONS = set('van of from');
const ADJECTIVES = set(
  'oud oude kapot kapotte klein kleine groot grote gebroken versleten gebruikt gebruikte nieuw nieuwe lelijke zware',
  'old broken small little big large huge heavy used new',
  'eski kırık küçük büyük yeni ağır',
  'قديم قديمة مكسور مكسورة صغير صغيرة كبير كبيرة',
);
const QUANTITY_UNITS = set(
  'stuks stuk st x × keer maal bundels bundel bundeltjes bossen bos dozen doos rollen rol',
  'pieces piece bundles bundle boxes box rolls roll adet tane demet paket قطعة قطع حزمة حزم',
);
/** Containers that also tell the item is in bags: "een zak puin", "two bags of leaves". */
const BAG_UNITS = set(
  'zak zakken zakje zakjes vuilniszak vuilniszakken bag bags sack sacks binbag binbags torba torbalar çuval poşet كيس أكياس',
);
const TIMES = set('x × * bij by');
const TRAILING_QUANTITY_UNITS = set('x × stuks stuk st keer pieces adet tane');

interface Unit {
  kind: 'length' | 'weight' | 'volume';
  factor: number;
}
const UNITS = new Map<string, Unit>([
  ...[...set('cm cms centimeter centimeters centimetre centimetres santim santimetre سم سنتيمتر سنتي')].map(
    (u) => [u, { kind: 'length', factor: 0.01 }] as const,
  ),
  ...[...set('m meter meters metre metres mtr mtrs mt متر أمتار م')].map(
    (u) => [u, { kind: 'length', factor: 1 }] as const,
  ),
  ...[...set('mm millimeter millimetre')].map((u) => [u, { kind: 'length', factor: 0.001 }] as const),
  ...[...set("kg kgs kilo kilos kilo's kilogram kilograms كغ كجم كيلو كيلوغرام")].map(
    (u) => [u, { kind: 'weight', factor: 1 }] as const,
  ),
  ...[...set('m3 m³ kuub')].map((u) => [u, { kind: 'volume', factor: 1 }] as const),
]);

type Slot = 'lengthM' | 'widthM' | 'heightM';
const SLOTS: readonly Slot[] = ['lengthM', 'widthM', 'heightM'];
/** Words that say which side a size is; thickness and depth go to widthM. */
const LABELS = new Map<string, Slot>([
  ...[...set('lang lange lengte long length lenght uzun uzunluk uzunluğu طول طوله')].map(
    (w) => [w, 'lengthM'] as const,
  ),
  ...[
    ...set(
      'breed brede breedte wide width geniş genişlik genişliği عرض',
      'dik dikke dikte thick thickness diameter doorsnee doorsnede diep diepe diepte deep depth kalın kalınlık derin derinlik سمك عمق قطر',
    ),
  ].map((w) => [w, 'widthM'] as const),
  ...[...set('hoog hoge hoogte high tall height yüksek yükseklik yüksekliği ارتفاع')].map(
    (w) => [w, 'heightM'] as const,
  ),
]);

/** Condition phrases, written normalised or not. Phrases that carry their own negation ("niet leeg") are not negated again. */
const CONDITION_PHRASES: Record<ItemCondition, string[]> = {
  wet: [
    'nat natte vochtig vochtige doorweekt doorweekte kletsnat drijfnat waterschade wet soaked damp soggy',
    'ıslak ıslanmış nemli مبلل مبللة مبتل مبتلة رطب رطبة',
  ],
  dirty: [
    'vies vieze smerig smerige vuil vuile vlekken bevlekt schimmel beschimmeld bedwantsen',
    'dirty stained filthy mould mouldy mold moldy bedbugs bed_bugs kirli lekeli küflü متسخ متسخة وسخ وسخة',
  ],
  locked: ['locked kilitli مقفل مقفلة مقفول', 'op_slot met_slot_erop'],
  not_empty: [
    'volle etenswaren levensmiddelen dolu ممتلئ ممتلئة',
    'niet_leeg nog_vol vol_met vol_eten nog_eten not_empty not_emptied still_full full_of food_in with_food',
    "isn't_empty boş_değil غير_فارغ غير_فارغة",
  ],
  in_bags: [
    'in_zakken in_zak in_een_zak in_zakjes in_vuilniszakken in_vuilniszak in_een_vuilniszak in_plastic_zakken',
    'in_bags in_a_bag in_bin_bags in_garbage_bags in_trash_bags in_plastic_bags in_rubbish_bags in_bin_liners',
    'torbada torbalarda poşette poşetlerde çuvalda في_أكياس في_كيس',
  ],
  unbundled: ['ongebundeld losse loose unbundled niet_gebundeld not_bundled niet_samengebonden'],
};
const CONDITIONS = [...Object.entries(CONDITION_PHRASES)].flatMap(([condition, lists]) =>
  lists.flatMap((l) =>
    l.split(/\s+/).map((p) => ({ condition: condition as ItemCondition, words: p.split('_').map(normalizeText) })),
  ),
);

/** Words that make a fragment a sentence rather than a list entry: pronouns, finite verbs, question words. */
const MARKERS = set(
  'ik je jij u hij zij ze we wij ben bent is zijn was waren heb hebt heeft hebben had wil wilt willen kan kun kunt',
  'kunnen mag mogen moet moeten zal zullen zou zouden ga gaat gaan word wordt worden woon woont wonen denk weet zit',
  'staat staan ligt liggen stuur verstuur markeer negeer wacht zet haal neem bel kom komt verhuisd gesnoeid',
  'wat hoe hoeveel wanneer waar waarom welke wie',
  "i i'm i'd i've i'll im ive you we he she they am are were be been have has want wants wanted would could can",
  "can't will won't should need needs live lives living go going do does did don't send ignore mark let let's get",
  'what how when where why which who',
  'ben sen biz siz onlar var yok istiyorum istiyoruz oturuyorum yaşıyorum ne nasıl neden nerede kaç mı mi mu mü',
  'أنا نحن أريد نريد عندي لدي أسكن أعيش هل يمكن يمكنكم ممكن ماذا كيف متى أين كم لماذا',
);
const TURKISH_VERB = /(?:iyor|uyor|yor)(?:um|uz|sun|sunuz|lar|du|dum|muş|mus)?$|^.{3,}(?:mak|mek)$/;
/** Filler: function words, greetings, yes/no, politeness, and the verbs of asking for a pickup. */
const FILLER = set(
  'ik je jij u uw hij zij ze we wij jullie mij me mijn onze ons hun het de een deze die dit dat daar hier er in op aan',
  'bij met van voor naar uit om tot te door over onder achter naast tussen als dan of maar want en ook nog al alleen',
  'allemaal alles wel niet geen graag alstublieft aub svp even ongeveer circa ca zo zo’n verder eigenlijk gewoon',
  'helemaal heel erg zeer echt enkele meerdere wat paar stel nou oh ah eh hmm ok oke okay prima goed top mooi fijn',
  'super dank bedankt dankjewel dankuwel hoi hallo hey hee hai goedemorgen goedemiddag goedenavond goedendag dag beste',
  'groet groeten groetjes mvg vriendelijke ja nee jazeker neen klopt correct akkoord sorry excuus laten ophalen',
  'ophaalt opgehaald ophaal halen weghalen meenemen meegenomen kwijt wegdoen weg weggooien afvoeren aanbieden',
  'aanmelden langskomen nodig den droog droge leeg lege schoon gebundeld',
  'the a an this that these those there here my our your their his her its it of in on at to from for with without',
  'by about around approx approximately roughly some few several also too just only and or but so then very really',
  'please pick picked picking up collect collected collection remove removed take taken away dispose disposal rid',
  'like hi hello hey dear good morning afternoon evening thanks thank thx cheers yes no yeah yep nope sure fine great',
  'right correct sorry normal regular standard one ahead dry empty clean bundled start chat language english dutch',
  'turkish arabic nederlands engels',
  'bir bu şu ve ile de da ki için gibi ama veya ya çok biraz birkaç daha sadece hep hepsi tüm tümü lütfen merhaba',
  'selam günaydın iyi günler akşamlar teşekkür teşekkürler sağol sağolun evet hayır tamam doğru olur peki almak',
  'aldırmak atmak benim bizim falan kuru boş',
  'من في على إلى الى عن مع أن ان هذا هذه ذلك تلك و أو ثم فقط أيضا حوالي تقريبا بعض مرحبا السلام عليكم أهلا شكرا',
  'نعم لا حسنا صحيح فضلك سمحت لو أخذ استلام جمع رمي التخلص',
);
/** Words for "stuff" in general: filler, unless a number makes them a count of things ("3 dingetjes"). */
const GENERIC = set(
  'spullen spulletjes dingen dingetjes grofvuil afval huisraad rommel troep zooi items item stuff things junk rubbish',
  'waste trash garbage eşya eşyalar eşyalarım çöp أغراض أشياء نفايات',
);
const PLACES = set(
  'schiedam vlaardingen capelle ijssel rotterdam rozenburg maassluis krimpen hoogvliet pernis kethel nieuwerkerk',
  'delft nederland holland',
);
const ADDRESS_WORDS = set(
  'adres address postcode huisnummer nummer nr straat naam name email e-mail mail telefoon telefoonnummer phone tel',
  'isim ad soyad adres adresim',
);
const STREET =
  /(?:straat|weg|laan|plein|kade|dijk|singel|gracht|dreef|hof|steeg|pad|park|baan|ring|markt|street|road)$/;
const CONJUNCTIONS = set('en and ve ile و');
const SENTENCE_ENDS = new Set(['.', '!', '?', '¡', '¿', '؟', '…', '\n', '•', '●', '▪', '◦', '·', '*', '-']);

// ── Catalogue index ──────────────────────────────────────────────────────────────────────────────────────────────────

interface Term {
  id: string;
  words: string[];
  /** 0 when the term is the entry's id or name, so "kast" goes to `kast` even if `kledingkast` lists it too. */
  rank: number;
}

interface TermIndex {
  /** Terms by their first word, longest first. */
  phrases: Map<string, Term[]>;
  /** One-word terms: the target of plural stripping. */
  single: Map<string, Term>;
  /** Dutch and English one-word terms of 4+ letters: the heads of Dutch compounds ("tafelkoelkast"). */
  heads: Map<string, Term>;
  /** Turkish one-word terms, plus their stems with consonant mutation (gardırop → gardırob-). */
  turkish: Map<string, Term>;
  /** Every word of every term, so Arabic "و" is only split off words that are not themselves terms. */
  words: Set<string>;
  /** Terms that hold a separator or conjunction ("muis en toetsenbord", "hr++ glas"), as full token lists by first token,
   * so the segmenter does not cut them apart. */
  glued: Map<string, string[][]>;
  /** The languages each one-word term belongs to: English "door" is a deur, Dutch "door" means "through". */
  languages: Map<string, Set<string>>;
}

const indexCache = new WeakMap<readonly CatalogueEntry[], TermIndex>();

/** The index of a catalogue, built once per catalogue array. */
function indexOf(catalogue: readonly CatalogueEntry[]): TermIndex {
  let index = indexCache.get(catalogue);
  if (index === undefined) {
    index = buildIndex(catalogue);
    indexCache.set(catalogue, index);
  }
  return index;
}

/** Keeps the better of two terms for the same words: lower rank, then the earlier entry. */
function put(map: Map<string, Term>, key: string, term: Term): void {
  const old = map.get(key);
  if (old === undefined || term.rank < old.rank) map.set(key, term);
}

function buildIndex(catalogue: readonly CatalogueEntry[]): TermIndex {
  const index: TermIndex = {
    phrases: new Map(),
    single: new Map(),
    heads: new Map(),
    turkish: new Map(),
    words: new Set(),
    glued: new Map(),
    languages: new Map(),
  };
  const byWords = new Map<string, Term>();
  for (const entry of catalogue) {
    const names = new Set([entry.id, entry.name.nl, entry.name.en].map(normalizeText));
    for (const [lang, terms] of Object.entries(entry.terms) as [string, string[] | undefined][]) {
      for (const raw of terms ?? []) {
        for (const variant of spellingVariants(normalizeText(raw))) {
          const tokens = tokenize(variant);
          const words = tokens.filter((t) => t.kind !== 'sep').map((t) => t.norm);
          if (words.length < tokens.length || words.some((w) => CONJUNCTIONS.has(w))) glue(index, tokens);
          if (words.length === 0) continue;
          const term: Term = { id: entry.id, words, rank: names.has(variant) ? 0 : 1 };
          put(byWords, words.join(' '), term);
          for (const w of words) index.words.add(w);
          if (words.length === 1) addOneWordTerm(index, lang, words[0] ?? '', term);
        }
      }
    }
  }
  for (const term of byWords.values()) {
    const first = term.words[0] ?? '';
    const list = index.phrases.get(first) ?? [];
    list.push(term);
    index.phrases.set(first, list);
  }
  for (const list of index.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function glue(index: TermIndex, tokens: readonly Token[]): void {
  const first = tokens[0]?.norm ?? '';
  index.glued.set(first, [...(index.glued.get(first) ?? []), tokens.map((t) => t.norm)]);
}

/** "tv-meubel" is also typed "tv meubel" and "tvmeubel"; "washing machine" also "washing-machine". */
function spellingVariants(term: string): string[] {
  const variants = new Set([term]);
  if (term.includes('-')) {
    variants.add(term.replaceAll('-', ' '));
    variants.add(term.replaceAll('-', ''));
  }
  if (term.includes(' ')) variants.add(term.replaceAll(' ', '-'));
  return [...variants];
}

/** Turkish softens a final p, t, k before a vowel (normalised: ç and c are one letter already, ğ is g). */
const TURKISH_MUTATION: Record<string, string> = { p: 'b', t: 'd', k: 'g' };

function addOneWordTerm(index: TermIndex, lang: string, word: string, term: Term): void {
  put(index.single, word, term);
  index.languages.set(word, (index.languages.get(word) ?? new Set()).add(lang));
  if ((lang === 'nl' || lang === 'en') && word.length >= 4) put(index.heads, word, term);
  if (lang === 'tr' && word.length >= 3) {
    put(index.turkish, word, term);
    const mutated = TURKISH_MUTATION[word.at(-1) ?? ''];
    if (mutated !== undefined) put(index.turkish, word.slice(0, -1) + mutated, term);
  }
}

// ── Word matching ────────────────────────────────────────────────────────────────────────────────────────────────────

const ARABIC_CLITICS = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل'];

/** The word, and for Arabic the word without a leading "and"/"the"/"with" clitic. */
function surfaceForms(word: string): string[] {
  if (!/^[\u0600-\u06ff]/.test(word)) return [word];
  const forms = [word];
  for (const clitic of ARABIC_CLITICS) {
    if (word.startsWith(clitic) && word.length - clitic.length >= 2) forms.push(word.slice(clitic.length));
  }
  return forms;
}

/** Dutch and English singulars a plural or diminutive may come from: stoelen → stoel, matrassen → matras. */
function singulars(word: string): string[] {
  const out: string[] = [];
  const add = (base: string) => base.length >= 3 && out.push(base);
  if (word.endsWith("'s")) add(word.slice(0, -2));
  for (const suffix of ['tjes', 'jes', 'tje', 'je', 'ies', 'es', 's']) {
    if (word.endsWith(suffix)) add(suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length));
  }
  if (word.endsWith('en')) {
    const base = word.slice(0, -2);
    add(base);
    if (/([^aeiou])\1$/.test(base)) add(base.slice(0, -1));
    if (/[^aeiou][aeiou][^aeiou]$/.test(base)) add(`${base.slice(0, -2)}${base.at(-2)}${base.slice(-2)}`);
  }
  return out;
}

/** Turkish case and possessive endings after a noun: gardırob-umu, masa-lar, yatağ-ı, koltuk-ta. */
const TURKISH_SUFFIX =
  /^(?:lar|ler)?(?:ımız|imiz|umuz|ümüz|ınız|iniz|unuz|ünüz|ım|im|um|üm|ın|in|un|ün|sı|si|su|sü|ı|i|u|ü)?(?:ndan|nden|dan|den|tan|ten|nda|nde|da|de|ta|te|nın|nin|nun|nün|yla|yle|la|le|ya|ye|na|ne|yı|yi|yu|yü|nı|ni|nu|nü|a|e|ı|i|u|ü)?$/;
const TURKISH_SUFFIX_NORMALISED = new RegExp(normalizeText(TURKISH_SUFFIX.source));

function turkishMatch(word: string, index: TermIndex): Term | undefined {
  for (let cut = word.length - 1; cut >= Math.max(3, word.length - 9); cut--) {
    const term = index.turkish.get(word.slice(0, cut));
    if (term !== undefined && TURKISH_SUFFIX_NORMALISED.test(word.slice(cut))) return term;
  }
  return undefined;
}

/** The head of a Dutch compound: the longest known term the word ends with, after at least 3 letters. */
function compoundMatch(word: string, index: TermIndex): Term | undefined {
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const term = index.heads.get(word.slice(cut));
    if (term !== undefined) return term;
  }
  return undefined;
}

/** Matches one word that is no term itself: a plural, a Turkish inflection, a Dutch compound. */
function fuzzyWord(word: string, index: TermIndex): Term | undefined {
  if (word.length > 40 || isFunctionWord(word)) return undefined;
  const bases = singulars(word);
  for (const base of bases) {
    const term = index.single.get(base);
    if (term !== undefined) return term;
  }
  const turkish = turkishMatch(word, index);
  if (turkish !== undefined) return turkish;
  for (const w of [word, ...bases]) {
    const head = compoundMatch(w, index);
    if (head !== undefined) return head;
  }
  return undefined;
}

const wordAt = (toks: readonly Token[], i: number) => (toks[i]?.kind === 'word' ? (toks[i]?.norm ?? '') : '');

/**
 * The term starting at word `i`, longest first; multi-word terms may end in a plural ("washing machines"). A one-word
 * term that is a function word elsewhere only counts in its own language: "door" is a deur only for English residents.
 */
function termAt(toks: readonly Token[], i: number, free: (k: number) => boolean, ctx: Context) {
  const { index, language } = ctx;
  const word = wordAt(toks, i);
  if (word === '') return undefined;
  for (const form of surfaceForms(word)) {
    for (const term of index.phrases.get(form) ?? []) {
      const n = term.words.length;
      if (n === 1 && isFunctionWord(form) && !index.languages.get(form)?.has(language)) continue;
      const fits = term.words.every((w, k) => {
        if (k === 0) return true;
        const at = wordAt(toks, i + k);
        return free(i + k) && (at === w || (k === n - 1 && singulars(at).includes(w)));
      });
      if (fits) return { term, length: n };
    }
  }
  const fuzzy = fuzzyWord(word, index);
  return fuzzy === undefined ? undefined : { term: fuzzy, length: 1 };
}

// ── Word classes ─────────────────────────────────────────────────────────────────────────────────────────────────────

function numberWord(tok: Token | undefined, language: Language): number | undefined {
  if (tok?.kind !== 'word') return undefined;
  // "één" is the numeral, "een" the article; only the accent tells them apart.
  if (tok.norm === 'een') return /[éÉ]/.test(tok.raw) ? 1 : undefined;
  if (ARTICLES.has(tok.norm)) return undefined;
  const home = NUMBER_WORDS[language].get(tok.norm);
  if (home !== undefined || NUMBERS_ONLY_AT_HOME.has(tok.norm)) return home;
  for (const words of Object.values(NUMBER_WORDS)) {
    const value = words.get(tok.norm);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Digits read as a count: whole numbers 1–99. Larger ones are postcodes, house numbers or years, not counts. */
const countOf = (tok: Token | undefined) =>
  tok?.kind === 'num' && !tok.inMetres && Number.isInteger(tok.value) && tok.value >= 1 && tok.value <= 99
    ? tok.value
    : undefined;

const ALL_NUMBER_WORDS = new Set(Object.values(NUMBER_WORDS).flatMap((m) => [...m.keys()]));

/** Words that never name a thing: function words, greetings, units, number words, places. */
const FUNCTION_WORDS = new Set<string>([
  ...[FILLER, MARKERS, ADJECTIVES, ARTICLES, DEFINITES, POSSESSIVES, ITEM_NEGATORS, NEGATORS, NEGATORS_AFTER].flatMap(
    (s) => [...s],
  ),
  ...[QUANTITY_UNITS, BAG_UNITS, TIMES, PLACES, ADDRESS_WORDS, GENERIC, CONJUNCTIONS, ALL_NUMBER_WORDS].flatMap((s) => [
    ...s,
  ]),
  ...UNITS.keys(),
  ...LABELS.keys(),
]);
const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word);

const isMarker = (tok: Token) => tok.kind === 'word' && (MARKERS.has(tok.norm) || TURKISH_VERB.test(tok.norm));

/** A word that may name a thing. Generic words ("dingetjes") only count when a number is given. */
function isContent(tok: Token | undefined, numbered: boolean): boolean {
  if (tok?.kind !== 'word' || tok.norm.length < 2 || /^\d+-\p{L}{1,2}$/u.test(tok.norm)) return false;
  const base = tok.norm.split("'")[0] ?? '';
  if (GENERIC.has(tok.norm)) return numbered;
  return !isFunctionWord(tok.norm) && !isFunctionWord(base) && !isMarker(tok);
}

// ── Segments ─────────────────────────────────────────────────────────────────────────────────────────────────────────

interface Segment {
  toks: Token[];
  /** Opens the message, a line or a sentence (a capitalised first word there is no name). */
  opensSentence: boolean;
  /** Ends with a question mark. */
  question: boolean;
}

/** The length of a term with a separator or conjunction inside that starts at token `i`, or 0. */
function gluedAt(tokens: readonly Token[], i: number, index: TermIndex): number {
  for (const norms of index.glued.get(tokens[i]?.norm ?? '') ?? []) {
    if (norms.every((n, k) => tokens[i + k]?.norm === n)) return norms.length;
  }
  return 0;
}

/** Splits the tokens on separators, conjunctions and the Arabic "و" prefix (when the word is not a term with و). */
function segmentsOf(tokens: readonly Token[], index: TermIndex): Segment[] {
  const segments: Segment[] = [];
  let current: Token[] = [];
  let opens = true;
  const close = (sep: string) => {
    if (current.length > 0)
      segments.push({ toks: current, opensSentence: opens, question: sep === '?' || sep === '؟' });
    opens = (current.length === 0 && opens) || SENTENCE_ENDS.has(sep);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const glued = gluedAt(tokens, i, index);
    if (glued > 0) {
      current.push(...tokens.slice(i, i + glued).filter((t) => t.kind !== 'sep'));
      i += glued - 1;
    } else if (tok.kind === 'sep') close(tok.norm);
    else if (tok.kind === 'word' && CONJUNCTIONS.has(tok.norm)) close('');
    else if (
      tok.norm.startsWith('و') &&
      tok.norm.length >= 3 &&
      !index.words.has(tok.norm) &&
      !isFunctionWord(tok.norm)
    ) {
      close('');
      current.push({ ...tok, norm: tok.norm.slice(1), raw: tok.raw.slice(1), from: tok.from + 1 });
    } else current.push(tok);
  }
  close('');
  return segments;
}

// ── Measurements, conditions, addresses ──────────────────────────────────────────────────────────────────────────

const FREE = 0;
const ADDRESS = 1;
const MEASURE = 2;
const ITEM = 3;
const CONDITION = 4;
const QUANTITY = 5;

interface MeasureGroup {
  from: number;
  to: number;
  /** Sizes in metres, in the order given (L × W × H). */
  sizes: number[];
  /** The side named by a word such as "lang", "dik", "hoog". */
  slot?: Slot;
  weightKg?: number;
}

const METRES: Unit = { kind: 'length', factor: 1 };
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Reads "2 meter", "60x60x85 cm", "1,60 x 0,85 x 0,80 m", "40 cm lang", "70 kg", "200x90" starting at token `i`. */
function readMeasure(toks: readonly Token[], i: number, use: Uint8Array): MeasureGroup | undefined {
  const values: number[] = [];
  const units: (Unit | undefined)[] = [];
  let j = i;
  for (;;) {
    const tok = toks[j];
    if (tok?.kind !== 'num' || use[j] !== FREE) break;
    const unit = tok.inMetres ? METRES : UNITS.get(wordAt(toks, j + 1));
    values.push(tok.value);
    units.push(unit);
    j += unit !== undefined && !tok.inMetres ? 2 : 1;
    if (!TIMES.has(wordAt(toks, j)) || toks[j + 1]?.kind !== 'num' || isCountMark(toks, j)) break;
    j += 1;
  }
  const given = units.findLast((u) => u !== undefined);
  const after = LABELS.get(wordAt(toks, j));
  const labelAt = (k: number) => use[k] === FREE && LABELS.has(wordAt(toks, k));
  const beforeAt = labelAt(i - 1) ? i - 1 : labelAt(i - 2) ? i - 2 : -1;
  const slot = values.length === 1 ? (after ?? LABELS.get(wordAt(toks, beforeAt))) : undefined;
  const first = values[0];
  if (first === undefined || !values.every(Number.isFinite)) return undefined;
  // A bare number is a count, unless it is a decimal next to a side word ("1,80 lang"); a bare "200x90" is in cm.
  if (given === undefined && values.length === 1 && (Number.isInteger(first) || slot === undefined)) return undefined;
  const fallback = given ?? { kind: 'length', factor: values.some((v) => v > 10) ? 0.01 : 1 };
  const from = slot !== undefined && after === undefined ? beforeAt : i;
  const to = slot !== undefined && after !== undefined ? j + 1 : j;
  if (fallback.kind === 'volume') return { from, to, sizes: [] };
  if (fallback.kind === 'weight') return { from, to, sizes: [], weightKg: first };
  const sizes = values.map((v, k) => round(v * (units[k] ?? fallback).factor));
  return slot === undefined ? { from, to, sizes } : { from, to, sizes, slot };
}

/** "2x 90x200": an x stuck to a number with a space after it counts pieces; "2 x 0,9" and "60x60" are sizes. */
function isCountMark(toks: readonly Token[], j: number): boolean {
  const [before, x, after] = [toks[j - 1], toks[j], toks[j + 1]];
  return before !== undefined && x !== undefined && after !== undefined && before.to === x.from && after.from > x.to;
}

function findMeasures(toks: readonly Token[], use: Uint8Array): MeasureGroup[] {
  const groups: MeasureGroup[] = [];
  for (let i = 0; i < toks.length; i++) {
    const group = toks[i]?.kind === 'num' && use[i] === FREE ? readMeasure(toks, i, use) : undefined;
    if (group === undefined) continue;
    use.fill(MEASURE, group.from, group.to);
    groups.push(group);
    i = group.to - 1;
  }
  return groups;
}

interface ConditionHit {
  condition: ItemCondition;
  from: number;
  to: number;
}

const CONDITIONS_BY_FIRST = new Map<string, typeof CONDITIONS>();
for (const c of CONDITIONS)
  CONDITIONS_BY_FIRST.set(c.words[0] ?? '', [...(CONDITIONS_BY_FIRST.get(c.words[0] ?? '') ?? []), c]);

/** Is the condition word at [from, to) negated: "niet op slot", "not really wet", "kilitli değil"? */
function negated(toks: readonly Token[], from: number, to: number): boolean {
  if (NEGATORS.has(wordAt(toks, from))) return false; // the phrase carries its own negation: "niet leeg"
  return (
    NEGATORS.has(wordAt(toks, from - 1)) || NEGATORS.has(wordAt(toks, from - 2)) || NEGATORS_AFTER.has(wordAt(toks, to))
  );
}

/** Finds condition phrases; negated ones are marked as read but yield nothing. */
function findConditions(toks: readonly Token[], use: Uint8Array): ConditionHit[] {
  const hits: ConditionHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (const c of CONDITIONS_BY_FIRST.get(wordAt(toks, i)) ?? []) {
      if (!c.words.every((w, k) => wordAt(toks, i + k) === w && use[i + k] === FREE)) continue;
      const to = i + c.words.length;
      use.fill(CONDITION, i, to);
      if (!negated(toks, i, to)) hits.push({ condition: c.condition, from: i, to });
      i = to - 1;
      break;
    }
  }
  return hits;
}

/**
 * Marks postcodes ("3112 AB") and house numbers ("Proefweg 8", "nummer 12"): they are neither counts nor things. A
 * street-like word that is a catalogue term ("boxspring 2") is no street.
 */
function markAddresses(toks: readonly Token[], use: Uint8Array, ctx: Context): void {
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok?.kind !== 'num') continue;
    const next = wordAt(toks, i + 1);
    if (/^\d{4}$/.test(tok.norm) && /^\p{L}{2}$/u.test(next) && !UNITS.has(next)) use.fill(ADDRESS, i, i + 2);
    const prev = wordAt(toks, i - 1);
    const street = STREET.test(prev) && termAt(toks, i - 1, () => false, ctx) === undefined;
    if (street || ADDRESS_WORDS.has(prev)) use.fill(ADDRESS, i - 1, i + 1);
  }
}

// ── Noun phrases ─────────────────────────────────────────────────────────────────────────────────────────────────────

interface NounPhrase {
  /** First token of the resident's words for the item (after any article). */
  from: number;
  quantity: number;
  /** A number was given ("twee", "3", "een paar"). */
  explicit: boolean;
  /** Opened by an article ("een", "a", "bir"). */
  article: boolean;
  /** Opened by "de", "the", "mijn"…: may refer to an item named before. */
  definite: boolean;
  /** Preceded by "zonder", "geen", "without"…: not offered. */
  negated: boolean;
  /** Preceded by "van", "of": part of the thing before it ("golfplaten van mijn schuur"). */
  complement: boolean;
  /** Counted in bags: "een zak puin". */
  inBags: boolean;
}

/** A number, number word or quantity phrase ending at token `j`. */
function quantityEndingAt(toks: readonly Token[], j: number, limit: number, language: Language) {
  const value = countOf(toks[j]) ?? numberWord(toks[j], language);
  if (value !== undefined) return { value, from: j };
  for (const phrase of QUANTITY_PHRASES) {
    const start = j - phrase.words.length + 1;
    if (start >= limit && phrase.words.every((w, k) => wordAt(toks, start + k) === w)) {
      return { value: phrase.value, from: start };
    }
  }
  return undefined;
}

/** Words that may stand between a count and the thing: "bundels", "2x", adjectives, "bags of". */
function insidePhrase(toks: readonly Token[], j: number): boolean {
  const word = wordAt(toks, j);
  if (QUANTITY_UNITS.has(word) || BAG_UNITS.has(word) || ADJECTIVES.has(word)) return true;
  const prev = wordAt(toks, j - 1);
  return (word === 'of' || word === 'van') && (BAG_UNITS.has(prev) || QUANTITY_UNITS.has(prev));
}

/**
 * Walks left from the head word over adjectives, units and at most three unknown words, to a count or an article:
 * "Drie bundels takken", "een kapotte salontafel", "a couple of chairs".
 */
function extendLeft(toks: readonly Token[], head: number, limit: number, use: Uint8Array, language: Language) {
  const np: NounPhrase = {
    from: head,
    quantity: 1,
    explicit: false,
    article: false,
    definite: false,
    negated: false,
    complement: false,
    inBags: false,
  };
  let j = head - 1;
  let unknownWords = 0;
  for (; j >= limit && (use[j] === FREE || use[j] === CONDITION); j--) {
    const word = wordAt(toks, j);
    const count = use[j] === FREE ? quantityEndingAt(toks, j, limit, language) : undefined;
    if (count !== undefined) {
      Object.assign(np, { quantity: count.value, explicit: true, from: count.from });
      j = count.from - 1;
      break;
    }
    if (ARTICLES.has(word) || DEFINITES.has(word) || POSSESSIVES.has(word)) {
      np.article = ARTICLES.has(word);
      np.definite = !np.article;
      j--;
      break;
    }
    if (BAG_UNITS.has(word)) np.inBags = true;
    const fits = use[j] === CONDITION || insidePhrase(toks, j) || (isContent(toks[j], false) && ++unknownWords <= 3);
    if (!fits) break;
    np.from = j;
  }
  const before = j >= limit && use[j] === FREE ? wordAt(toks, j) : '';
  np.negated = ITEM_NEGATORS.has(before);
  np.complement = COMPLEMENT_PREPOSITIONS.has(before);
  return np;
}

/** "stoel x2", "stoelen 3 stuks", "كرسي واحد": a count after the thing. */
function trailingCount(toks: readonly Token[], at: number, end: number, use: Uint8Array) {
  const free = (k: number) => k < end && use[k] === FREE;
  const word = wordAt(toks, at);
  if (free(at) && free(at + 1) && (word === 'x' || word === '×') && countOf(toks[at + 1]) !== undefined) {
    return { value: countOf(toks[at + 1]) ?? 1, to: at + 2 };
  }
  if (free(at) && free(at + 1) && TRAILING_QUANTITY_UNITS.has(wordAt(toks, at + 1)) && countOf(toks[at])) {
    return { value: countOf(toks[at]) ?? 1, to: at + 2 };
  }
  // Arabic puts "one" and "two" after the noun; other languages' number words after a noun are not counts.
  const arabic = free(at) ? NUMBER_WORDS.ar.get(word) : undefined;
  return arabic === undefined ? undefined : { value: arabic, to: at + 1 };
}

// ── Segment analysis ─────────────────────────────────────────────────────────────────────────────────────────────────

interface Draft {
  catalogueId: string | null;
  text: string;
  quantity: number;
  sizes: Measurements;
  conditions: Set<ItemCondition>;
}

interface Hit {
  /** Span of the resident's words for the item, as token indices. */
  from: number;
  to: number;
  np: NounPhrase;
  draft: Draft;
}

interface Context {
  input: string;
  language: Language;
  index: TermIndex;
  drafts: Draft[];
}

const textOf = (ctx: Context, toks: readonly Token[], from: number, to: number) =>
  ctx.input.slice(toks[from]?.from ?? 0, toks[to - 1]?.to ?? 0).trim() || (toks[from]?.norm ?? '?');

function newHit(ctx: Context, toks: readonly Token[], id: string | null, np: NounPhrase, to: number): Hit {
  const conditions = new Set<ItemCondition>(np.inBags ? ['in_bags'] : []);
  const text = textOf(ctx, toks, np.from, to);
  return { from: np.from, to, np, draft: { catalogueId: id, text, quantity: np.quantity, sizes: {}, conditions } };
}

/** Catalogue items in a segment, each with its noun phrase and any count after it. */
function findItems(toks: readonly Token[], use: Uint8Array, ctx: Context): Hit[] {
  const heads: { id: string; at: number; length: number }[] = [];
  const free = (k: number) => use[k] === FREE;
  for (let i = 0; i < toks.length; i++) {
    const found = free(i) ? termAt(toks, i, free, ctx) : undefined;
    if (found === undefined) continue;
    heads.push({ id: found.term.id, at: i, length: found.length });
    use.fill(ITEM, i, i + found.length);
    i += found.length - 1;
  }
  const hits: Hit[] = [];
  for (const [k, head] of heads.entries()) {
    const prev = hits.at(-1);
    const np = extendLeft(toks, head.at, prev?.to ?? 0, use, ctx.language);
    if (prev?.draft.catalogueId === head.id && prev.to === head.at && np.from === head.at) {
      // Two names for one thing side by side ("bankstel 3-zits") are one item.
      prev.to = head.at + head.length;
      prev.draft.text = textOf(ctx, toks, prev.from, prev.to);
      continue;
    }
    const hit = newHit(ctx, toks, head.id, np, head.at + head.length);
    const next = heads[k + 1]?.at ?? toks.length;
    const after = np.explicit ? undefined : trailingCount(toks, hit.to, next, use);
    if (after !== undefined) {
      hit.draft.quantity = after.value;
      use.fill(QUANTITY, hit.to, after.to);
    }
    use.fill(ITEM, np.from, head.at);
    hits.push(hit);
  }
  return hits;
}

/**
 * An item the catalogue does not know, or nothing. A fragment becomes an unknown item only when it looks like a thing
 * offered in a list, not like conversation:
 * - it has 1–5 content words left after removing filler (function words, greetings, yes/no, politeness, the verbs of
 *   asking for a pickup, adjectives like "oude", units, place names, addresses, generic words like "spullen" unless a
 *   number is given);
 * - it is no sentence: no pronoun, finite verb or question word ("Ik ben mijn badkamer aan het verbouwen") and no
 *   question mark;
 * - it is no name: content words that are all capitalised, with no article or number before them ("Jan Voorbeeld",
 *   "Proefweg"), are skipped, except one capitalised word that opens a sentence ("Flubbergizmo, een bank");
 * - it is not negated ("geen flubbergizmo");
 * - next to a recognised item in the same segment ("een bank een flubbergizmo"), it needs an article or a count.
 */
function unknownIn(seg: Segment, use: Uint8Array, a: number, b: number, ctx: Context, next: boolean): Hit | undefined {
  const { toks } = seg;
  let numbered = false;
  for (let k = a; k < b; k++) numbered ||= use[k] === FREE && quantityEndingAt(toks, k, a, ctx.language) !== undefined;
  const content: number[] = [];
  for (let k = a; k < b; k++) if (use[k] === FREE && isContent(toks[k], numbered)) content.push(k);
  const first = content[0];
  const last = content.at(-1);
  if (first === undefined || last === undefined || content.length > 5) return undefined;
  if (seg.question || toks.some(isMarker)) return undefined;
  const np = extendLeft(toks, first, a, use, ctx.language);
  const counted = np.explicit || np.article;
  if (np.negated || (next && !counted)) return undefined;
  const capitalised = content.every((k) => /^\p{Lu}/u.test(toks[k]?.raw ?? ''));
  const opensSentence = seg.opensSentence && first === 0 && content.length === 1;
  if (!counted && capitalised && !opensSentence) return undefined;
  use.fill(ITEM, np.from, last + 1);
  return newHit(ctx, toks, null, np, last + 1);
}

/** Sizes go to the item they precede directly ("a 2 m sofa"), else to the item before them, else the one after. */
function measureTarget(group: MeasureGroup, hits: readonly Hit[]): Hit | undefined {
  return (
    hits.find((h) => h.from === group.to) ??
    hits.findLast((h) => h.to <= group.from) ??
    hits.find((h) => h.from >= group.to)
  );
}

/** Conditions go to the nearest item; on a tie, to the one before. */
function conditionTarget(c: ConditionHit, hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const h of hits) {
    const distance = c.from >= h.to ? c.from - h.to : h.from >= c.to ? h.from - c.to : 0;
    if (distance < bestDistance) [best, bestDistance] = [h, distance];
  }
  return best;
}

function applySizes(draft: Draft, group: MeasureGroup): void {
  const sizes = draft.sizes;
  if (group.weightKg !== undefined) sizes.weightKg ??= group.weightKg;
  if (group.sizes.length === 1) {
    const slot = group.slot ?? SLOTS.find((s) => sizes[s] === undefined);
    if (slot !== undefined) sizes[slot] ??= group.sizes[0];
    return;
  }
  for (const [k, value] of group.sizes.entries()) {
    const slot = SLOTS[k];
    if (slot !== undefined) sizes[slot] ??= value;
  }
}

/** Unknown items in the gaps between recognised ones, for list-like segments only. */
function gapUnknowns(seg: Segment, use: Uint8Array, hits: readonly Hit[], ctx: Context): Hit[] {
  if (seg.question || seg.toks.some(isMarker)) return [];
  const bounds = [0, ...hits.flatMap((h) => [h.from, h.to]), seg.toks.length];
  const found: Hit[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const hit = unknownIn(seg, use, bounds[k] ?? 0, bounds[k + 1] ?? 0, ctx, true);
    if (hit !== undefined) found.push(hit);
  }
  return found;
}

/** Adds a segment's items to the draft list: drops negated ones and parts of other items, merges "de matras" into an
 * earlier "een matras". */
function keep(ctx: Context, hits: readonly Hit[]): void {
  for (const [k, { np, draft }] of hits.entries()) {
    if (np.negated || (np.complement && k > 0)) continue;
    const earlier =
      np.definite && !np.explicit ? ctx.drafts.findLast((d) => d.catalogueId === draft.catalogueId) : undefined;
    if (earlier === undefined || draft.catalogueId === null) {
      ctx.drafts.push(draft);
      continue;
    }
    for (const [slot, value] of Object.entries(draft.sizes) as [keyof Measurements, number][])
      earlier.sizes[slot] ??= value;
    for (const c of draft.conditions) earlier.conditions.add(c);
  }
}

function analyseSegment(seg: Segment, ctx: Context): void {
  const use = new Uint8Array(seg.toks.length);
  markAddresses(seg.toks, use, ctx);
  const conditions = findConditions(seg.toks, use);
  const measures = findMeasures(seg.toks, use);
  const items = findItems(seg.toks, use, ctx);
  if (items.length === 0) {
    // Sizes and conditions in a clause of their own ("en 20 cm dik", "die is nat") belong to the item before.
    const unknown = unknownIn(seg, use, 0, seg.toks.length, ctx, false);
    const target = unknown?.draft ?? ctx.drafts.at(-1);
    for (const m of measures) if (target !== undefined) applySizes(target, m);
    for (const c of conditions) target?.conditions.add(c.condition);
    if (unknown !== undefined) keep(ctx, [unknown]);
    return;
  }
  for (const m of measures) {
    const target = measureTarget(m, items);
    if (target !== undefined) applySizes(target.draft, m);
  }
  for (const c of conditions) conditionTarget(c, items)?.draft.conditions.add(c.condition);
  const all = [...items, ...gapUnknowns(seg, use, items, ctx)].sort((x, y) => x.from - y.from);
  keep(ctx, all);
}

const toItem = (draft: Draft, n: number): DraftItem => {
  const conditions = ITEM_CONDITIONS.filter((c) => draft.conditions.has(c));
  return {
    key: `i${n + 1}`,
    catalogueId: draft.catalogueId,
    text: draft.text,
    quantity: Math.max(1, draft.quantity),
    ...draft.sizes,
    ...(conditions.length > 0 ? { conditions } : {}),
  };
};

/**
 * Recognises the things a resident lists in `text`: catalogue items with count, sizes and conditions, and fragments
 * that look like things but are not in the catalogue (`catalogueId: null`). Terms of every language match, because
 * residents mix languages; `language` decides which number words win when languages disagree ("on" is 10 in Turkish).
 *
 * A plural without a number ("stoelen", "takken") counts as 1: the chat asks how many rather than us guessing, and
 * "enkele", "some", "a few" are not counted either; "een paar", "a couple of" and "pair of" count as 2.
 * Sizes are in metres (cm, mm and bare "200x90" converted), "L x W x H" fills length, width, height in that order,
 * one size without a side word is the length, and thickness or depth is the width. Never throws; `key`s are `i1`,
 * `i2`… in order of appearance.
 */
export function matchItems(text: string, language: Language, catalogue: readonly CatalogueEntry[]): DraftItem[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const ctx: Context = { input: text, language, index: indexOf(catalogue), drafts: [] };
  for (const segment of segmentsOf(tokenize(text), ctx.index)) analyseSegment(segment, ctx);
  return ctx.drafts.map(toItem);
}
