import type { Language } from './api/types.ts';

/** The widget's own texts; the bot's replies come in the chosen language from the server. */
export interface Texts {
  /** The language's own name, for the picker. */
  name: string;
  /** The trigger word of the hidden first message: `start chat - language: <word>`. */
  trigger: string;
  launcher: string;
  title: string;
  subtitle: string;
  close: string;
  restart: string;
  log: string;
  intro: string;
  choose: string;
  input: string;
  placeholder: string;
  send: string;
  typing: string;
  you: string;
  bot: string;
  imageAlt: string;
  newWindow: string;
  offline: string;
  unreachable: string;
  rateLimited: (seconds: number | null) => string;
  server: string;
  rejected: string;
  callUs: string;
  dismiss: string;
}

export const TEXTS: Record<Language, Texts> = {
  nl: {
    name: 'Nederlands',
    trigger: 'dutch',
    launcher: 'Chat met Irado',
    title: 'Irado Grofvuil-assistent',
    subtitle: 'Vragen en ophaalafspraken',
    close: 'Sluit de chat',
    restart: 'Begin een nieuw gesprek',
    log: 'Gesprek met de Irado-assistent',
    intro: 'Hallo! Ik help u met vragen over grofvuil en met het aanvragen van een ophaalafspraak.',
    choose: 'In welke taal wilt u chatten?',
    input: 'Uw bericht',
    placeholder: 'Typ uw bericht…',
    send: 'Verstuur',
    typing: 'Irado typt een antwoord…',
    you: 'U',
    bot: 'Irado',
    imageAlt:
      'Zo zet u grofvuil buiten: los aan de doorgaande weg voor uw woning, niet in de tuin, niet op de stoep en niet tegen een boom of lantaarnpaal.',
    newWindow: '(opent in een nieuw venster)',
    offline: 'U bent offline. Controleer uw internetverbinding en probeer het opnieuw.',
    unreachable: 'De chat is op dit moment niet bereikbaar. Probeer het later opnieuw.',
    rateLimited: (s) =>
      `U stuurt veel berichten achter elkaar. Probeer het ${s ? `over ${s} seconden` : 'zo'} opnieuw.`,
    server: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    rejected: 'Dit bericht kon niet worden verstuurd. Maak het korter en probeer het opnieuw.',
    callUs: 'Liever bellen? Klantenservice:',
    dismiss: 'Melding sluiten',
  },
  en: {
    name: 'English',
    trigger: 'english',
    launcher: 'Chat with Irado',
    title: 'Irado bulky waste assistant',
    subtitle: 'Questions and pickups',
    close: 'Close the chat',
    restart: 'Start a new conversation',
    log: 'Conversation with the Irado assistant',
    intro: 'Hello! I can help with questions about bulky waste and with booking a pickup.',
    choose: 'Which language would you like to chat in?',
    input: 'Your message',
    placeholder: 'Type your message…',
    send: 'Send',
    typing: 'Irado is typing a reply…',
    you: 'You',
    bot: 'Irado',
    imageAlt:
      'How to put out bulky waste: loose at the through road in front of your home, not in the garden, not on the pavement and not against a tree or lamp post.',
    newWindow: '(opens in a new window)',
    offline: 'You are offline. Check your internet connection and try again.',
    unreachable: 'The chat cannot be reached right now. Please try again later.',
    rateLimited: (s) =>
      `You are sending many messages in a row. Please try again ${s ? `in ${s} seconds` : 'shortly'}.`,
    server: 'Something went wrong on our side. Please try again later.',
    rejected: 'This message could not be sent. Please shorten it and try again.',
    callUs: 'Prefer to call? Customer service:',
    dismiss: 'Dismiss message',
  },
  tr: {
    name: 'Türkçe',
    trigger: 'turkish',
    launcher: 'Irado ile sohbet',
    title: 'Irado hacimli atık asistanı',
    subtitle: 'Sorular ve alım randevuları',
    close: 'Sohbeti kapat',
    restart: 'Yeni bir sohbet başlat',
    log: 'Irado asistanı ile sohbet',
    intro: 'Merhaba! Hacimli atıkla ilgili sorularınızda ve alım randevusu talebinizde size yardımcı olurum.',
    choose: 'Hangi dilde sohbet etmek istersiniz?',
    input: 'Mesajınız',
    placeholder: 'Mesajınızı yazın…',
    send: 'Gönder',
    typing: 'Irado yanıt yazıyor…',
    you: 'Siz',
    bot: 'Irado',
    imageAlt:
      'Hacimli atığı dışarı koyma şekli: evinizin önündeki ana yolun kenarına, bahçeye değil, kaldırıma değil, ağaca veya lamba direğine dayamadan.',
    newWindow: '(yeni pencerede açılır)',
    offline: 'İnternet bağlantınız yok. Bağlantınızı kontrol edip tekrar deneyin.',
    unreachable: 'Sohbete şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.',
    rateLimited: (s) =>
      `Arka arkaya çok sayıda mesaj gönderiyorsunuz. Lütfen ${s ? `${s} saniye sonra` : 'biraz sonra'} tekrar deneyin.`,
    server: 'Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
    rejected: 'Bu mesaj gönderilemedi. Lütfen kısaltıp tekrar deneyin.',
    callUs: 'Telefonla mı ulaşmak istersiniz? Müşteri hizmetleri:',
    dismiss: 'Bildirimi kapat',
  },
  ar: {
    name: 'العربية',
    trigger: 'arabic',
    launcher: 'تحدث مع Irado',
    title: 'مساعد Irado للنفايات الكبيرة',
    subtitle: 'أسئلة ومواعيد الجمع',
    close: 'إغلاق المحادثة',
    restart: 'بدء محادثة جديدة',
    log: 'المحادثة مع مساعد Irado',
    intro: 'مرحباً! أساعدك في الأسئلة عن النفايات الكبيرة وفي طلب موعد لجمعها.',
    choose: 'بأي لغة تريد المحادثة؟',
    input: 'رسالتك',
    placeholder: 'اكتب رسالتك…',
    send: 'إرسال',
    typing: 'Irado يكتب ردًا…',
    you: 'أنت',
    bot: 'Irado',
    imageAlt:
      'كيف تضع النفايات الكبيرة في الخارج: بشكل منفصل على جانب الطريق أمام منزلك، وليس في الحديقة أو على الرصيف أو مستندة إلى شجرة أو عمود إنارة.',
    newWindow: '(يفتح في نافذة جديدة)',
    offline: 'أنت غير متصل بالإنترنت. تحقق من اتصالك وحاول مرة أخرى.',
    unreachable: 'لا يمكن الوصول إلى المحادثة الآن. يرجى المحاولة لاحقًا.',
    rateLimited: (s) => `أنت ترسل رسائل كثيرة متتالية. يرجى المحاولة ${s ? `بعد ${s} ثانية` : 'بعد قليل'}.`,
    server: 'حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.',
    rejected: 'تعذر إرسال هذه الرسالة. يرجى تقصيرها والمحاولة مرة أخرى.',
    callUs: 'تفضل الاتصال؟ خدمة العملاء:',
    dismiss: 'إغلاق التنبيه',
  },
};

export const isRightToLeft = (language: Language) => language === 'ar';

/** The picker's order: Dutch first, as most residents chat in Dutch. */
export const LANGUAGE_ORDER: readonly Language[] = ['nl', 'en', 'tr', 'ar'];
