import type { Language } from '@irado/kernel';

// Function words and chat filler that say nothing about the topic. Words that carry a rule (niet, geen, zonder, thuis,
// per, apart) are kept. `laat` is filler on its own; "hoe laat" is joined into one question word before this list applies.
const nl = `de het een en of ik je jij u uw jouw jullie julie mijn me mij we wij ze zij hij hun hen zijn is ben bent was waren
  wordt worden werd mag mogen kan kun kunt kunnen moet moeten wil wilt willen zou zullen zal heb hebt heeft hebben had
  wat hoe welke welk wie waarom waarmee waarvoor daar hier er dat die dit deze als dan ook nog wel
  al maar want dus om te tot van in op aan met voor bij naar uit over onder door na tegen toch even eens graag
  beste hallo hoi hey hee goedemorgen goedemiddag goedenavond dank bedankt alstublieft aub svp ajb vraag vragen
  iets mee ben gaat gaan krijg krijgen laat laten zo heel erg veel meer meest ja nee oke ok zeg
  vertel weet weten iemand alles mn m'n ff effe nou hoor eigenlijk gewoon oud oude ouwe precies ongeveer allemaal
  heen naartoe rest kapot kapotte defect defecte noem noemen voorbeeld voorbeelden bijvoorbeeld zoals soms vaak graag informatie info uitleg uitleggen verbonden
  voordat nadat daarmee daarvoor ervoor hiervoor ermee hiermee iets dingen ding spullen spul`;
const en = `the a an and or i you your my me we our us they them he she it its is are was were be been being am do
  does did doing can could may might must shall should will would have has had what how which who whom why
  there here that this these those if then also still but so to of in on at for with by from about into over under
  after before up out please hi hello hey thanks thank dear question ask tell know let get got just really very
  more most yes no ok okay some any anything something old example examples such like stuff things thing`;
const tr = `bir ve veya ile ben sen siz biz o bu şu ne nerede nasıl hangi kim neden mi mı mu mü de da için gibi
  ama çok daha en ya var yok lütfen merhaba selam teşekkürler acaba`;
const ar = `في من على الى إلى عن مع هل ما ماذا كيف أين اين متى لماذا هذا هذه ذلك تلك انا أنا نحن هو هي انت أنت او أو و لا
  نعم مرحبا شكرا من فضلك ممكن يمكن يمكنني`;

function set(text: string): ReadonlySet<string> {
  // Stop words are folded like the text they are compared with (no diacritics, Turkish ı → i).
  return new Set(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((w) =>
        w
          .toLocaleLowerCase('nl')
          .replace(/ı/g, 'i')
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[أإآ]/g, 'ا'),
      ),
  );
}

/** Stop words per language, folded. */
export const STOPWORDS: Record<Language, ReadonlySet<string>> = { nl: set(nl), en: set(en), tr: set(tr), ar: set(ar) };
