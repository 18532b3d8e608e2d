import { type Language, normalizeText } from '@irado/kernel';

/** Builds a set of normalised phrases from space-separated lists; `_` joins the words of one phrase. */
export function phrases(...lists: string[]): string[] {
  return lists.flatMap((l) =>
    l
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => normalizeText(p.replaceAll('_', ' '))),
  );
}

/** Whether the normalised text contains one of the phrases as whole words. */
export function hasPhrase(normalized: string, list: readonly string[]): boolean {
  return list.some((p) =>
    new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(p)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(normalized),
  );
}

/** Whether the normalised text starts with one of the phrases as whole words. */
export function startsWithPhrase(normalized: string, list: readonly string[]): boolean {
  return list.some((p) => new RegExp(`^${escapeRegExp(p)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(normalized));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const YES: Record<Language, string[]> = {
  nl: phrases(
    'ja jazeker jawel jaja ja_hoor ok oke okay okido prima goed akkoord klopt correct juist zeker graag doe_maar',
    'verstuur verstuur_maar verzend verzenden stuur_maar ga_je_gang ga_door helemaal_goed is_goed dat_klopt 👍',
  ),
  en: phrases(
    'yes yeah yep yup sure ok okay alright correct right agreed agree confirm confirmed fine go_ahead please_do',
    "that's_right thats_right sounds_good send_it submit 👍",
  ),
  tr: phrases(
    'evet tamam doğru olur kabul kabul_ediyorum onaylıyorum onay peki tabii tabi gönder',
    'evet_doğru evet_lütfen tamamdır tmm evt elbette kesinlikle aynen doğrudur tabiki onaylarım gönderin gönderebilirsiniz',
  ),
  ar: phrases(
    'نعم أجل اجل موافق موافقة حسنا حسناً صحيح تمام أوافق اوافق أكيد',
    'نعم_صحيح نعم_أوافق بالتأكيد طبعا طبعاً بلى صح أيوه ايوه ماشي أؤكد أرسل أرسلوا',
  ),
};

export const NO: Record<Language, string[]> = {
  nl: phrases('nee neen nope nee_hoor liever_niet niet_akkoord niet_mee_eens klopt_niet niks niets dat_was_het'),
  en: phrases("no nope nah not_really don't_agree i_don't_agree disagree that's_all thats_all nothing_else"),
  tr: phrases(
    'hayır hayir yok istemiyorum kabul_etmiyorum',
    'hayır_teşekkürler yok_teşekkürler gerek_yok istemem olmaz yanlış doğru_değil onaylamıyorum',
  ),
  ar: phrases('لا كلا لست_موافق غير_موافق', 'لا_شكرا لا_شكراً لا_أوافق غير_صحيح ليس_صحيحا خطأ أرفض'),
};

export const GREETINGS = phrases(
  'hoi hallo hey hee goedemorgen goedemiddag goedenavond dag hai',
  'hi hello hiya good_morning good_afternoon good_evening',
  'merhaba selam günaydın iyi_günler merhabalar selamlar mrb slm selamünaleyküm selamun_aleyküm iyi_akşamlar kolay_gelsin',
  'مرحبا مرحباً السلام_عليكم أهلا اهلا أهلا_وسهلا صباح_الخير مساء_الخير سلام_عليكم سلام',
);

export const THANKS = phrases(
  'dank dankjewel dank_je dank_u bedankt thanks thank_you cheers teşekkürler teşekkür_ederim sağol sağolun شكرا شكراً',
  'çok_teşekkürler çok_teşekkür_ederim teşekkür_ederiz sağ_olun sağ_ol eyvallah tşk tşkler',
  'مشكور مشكورين ألف_شكر جزاكم_الله_خيرا جزاك_الله_خيرا بارك_الله_فيك',
);

export const GOODBYES = phrases(
  'doei dag_hoor tot_ziens fijne_dag bye goodbye see_you hoşçakal güle_güle مع_السلامة وداعا',
);

export const RESTART = phrases(
  'opnieuw_beginnen begin_opnieuw opnieuw_starten start_opnieuw overnieuw_beginnen reset',
  'start_over start_again begin_again restart',
  'baştan_başla yeniden_başla',
  'ابدأ_من_جديد',
);

export const CANCEL = phrases(
  'annuleer annuleren stop_de_aanvraag aanvraag_stoppen laat_maar_zitten hoeft_niet_meer ik_wil_stoppen',
  'cancel cancel_the_request never_mind forget_it',
  'iptal vazgeçtim',
  'إلغاء الغاء',
);

/** Phrases that ask for a pickup, as opposed to asking a question about the rules. */
export const BOOKING = phrases(
  'laten_ophalen laten_halen ophalen_laten komen_ophalen komen_halen op_komen_halen ophaalafspraak afspraak_maken afspraak_inplannen',
  'grofvuil_aanmelden aanmelden aanvraag_doen aanvragen aanvraag_indienen wil_ophalen wil_kwijt wil_ik_kwijt ophalen_alstublieft',
  'picked_up pick_up collected collect_my book_a_pickup book_a_collection get_rid_of have_collected schedule_a_pickup',
  'aldırmak almanızı toplamanızı aldırmak_istiyorum götürmenizi randevu',
  'استلام جمع أريد_التخلص موعد',
);

/** Words that open a question about the rules rather than a request ("mag ik …", "wat kost …"). */
export const QUESTION_OPENERS = phrases(
  'wat welke welk hoe hoeveel hoelang hoe_lang waar waarom wanneer wie mag mogen moet moeten kan_ik kun_ik kunt_u_me',
  'is zijn geldt gelden valt vallen hoort horen krijg krijgt noem waar_moet wat_als wat_doe wat_moet klopt_het',
  'what which how where when why who can_i may_i do_i does is are should must',
  'ne nasıl nerede neden hangi kaç',
  'ما ماذا كيف أين متى هل لماذا',
);

/** Attempts to steer the bot instead of talking to it. Recognised so the reply stays in scope; never obeyed. */
export const INJECTION = [
  /\b(?:systeem|system|developer|admin|assistant)\s*:/i,
  /\b(?:negeer|vergeet)\b.{0,30}\b(?:instructies|regels|opdracht)/i,
  /\bignore\b.{0,30}\b(?:instructions|rules|prompt)/i,
  /\b(?:je bent nu|you are now|act as|doe alsof|pretend)\b/i,
  /\b(?:system ?prompt|prompt)\b/i,
  /\b(?:adresvalidatie|address validation)\b.{0,30}\b(?:uit|off|disabled|uitgeschakeld)/i,
];
