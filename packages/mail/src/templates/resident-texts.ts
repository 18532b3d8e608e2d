import type { Language } from '@irado/kernel';

/**
 * The fixed sentences of the resident's confirmation, per chat language, in the register of the kernel's texts (Dutch
 * "u", Turkish "siz", Arabic plural address). Sentences about items, routes, instructions and dates are not here: they
 * come from the kernel, so the chat and the mail say the same thing. Figures (times, phone numbers) are parameters
 * filled from the rule set.
 */
export interface ResidentTexts {
  dir: 'ltr' | 'rtl';
  subject: string;
  title: string;
  greeting: (name: string) => string;
  intro: string;
  detailsHeading: string;
  labels: { name: string; address: string; email: string; municipality: string; reference: string };
  routesHeading: string;
  route: (label: string) => string;
  appointments: (count: number) => string;
  items: string;
  volume: string;
  instructions: string;
  datesHeading: string;
  separateVehicles: (routes: number) => string;
  notADate: string;
  whereHeading: string;
  whereCaption: string;
  heavyHeading: string;
  heavy: string;
  refusedHeading: string;
  refusedIntro: string;
  contactHeading: string;
  contact: (phone: string, email: string, hours: string) => string;
  closing: string;
  signature: string;
}

const nl: ResidentTexts = {
  dir: 'ltr',
  subject: 'Bevestiging grofvuil aanvraag - Irado',
  title: 'Grofvuil aanvraag bevestigd',
  greeting: (name) => `Beste ${name},`,
  intro:
    'We hebben uw aanvraag om grofvuil op te halen ontvangen. In deze e-mail leest u wat u wanneer en waar buiten zet.',
  detailsHeading: 'Uw gegevens',
  labels: { name: 'Naam', address: 'Adres', email: 'E-mail', municipality: 'Gemeente', reference: 'Referentienummer' },
  routesHeading: 'Wat we ophalen',
  route: (label) => `Route: ${label}`,
  appointments: (count) => `Aantal afspraken voor deze route: ${count}`,
  items: 'Spullen',
  volume: 'Volume',
  instructions: 'Zo biedt u het aan',
  datesHeading: 'Datum',
  separateVehicles: (routes) =>
    `Uw spullen worden met ${routes} verschillende wagens op verschillende dagen opgehaald. Zet op elke datum alleen de spullen van die route buiten.`,
  notADate: 'Deze e-mail is nog geen ophaaldatum: zet niets buiten voordat u de datum weet.',
  whereHeading: 'Waar zet u het neer?',
  whereCaption:
    'Los aan de weg voor uw woning, zichtbaar en bereikbaar voor de wagen (groen vinkje). Niet in de tuin, niet op de stoep en niet tegen een boom (rode kruisjes).',
  heavyHeading: 'Zware apparaten',
  heavy:
    'Zet zware apparaten, zoals een wasmachine, oven, fornuis of koelkast, zelf aan de weg, zichtbaar en bereikbaar, net als de rest. Hebt u het gewicht opgegeven, dan geven we dat door aan de planning; die stuurt zo nodig een kraanwagen.',
  refusedHeading: 'Wat we niet meenemen',
  refusedIntro: 'Deze spullen nemen we niet mee als grofvuil. Hier kunt u ermee terecht:',
  contactHeading: 'Vragen?',
  contact: (phone, email, hours) =>
    `Neem contact op met onze klantenservice: ${phone} of ${email} (${hours}). Noem dan uw referentienummer.`,
  closing: 'Met vriendelijke groet,',
  signature: 'Irado',
};

const en: ResidentTexts = {
  dir: 'ltr',
  subject: 'Confirmation of your bulky waste (grofvuil) request - Irado',
  title: 'Bulky waste request confirmed',
  greeting: (name) => `Dear ${name},`,
  intro:
    'We have received your request to collect bulky waste (grofvuil). This e-mail tells you what to put out, when and where.',
  detailsHeading: 'Your details',
  labels: {
    name: 'Name',
    address: 'Address',
    email: 'E-mail',
    municipality: 'Municipality',
    reference: 'Reference number',
  },
  routesHeading: 'What we collect',
  route: (label) => `Route: ${label}`,
  appointments: (count) => `Appointments for this route: ${count}`,
  items: 'Items',
  volume: 'Volume',
  instructions: 'How to put it out',
  datesHeading: 'Date',
  separateVehicles: (routes) =>
    `Your items are collected by ${routes} different vehicles on different days. On each date, put out only the items of that route.`,
  notADate: 'This e-mail is not a collection date: do not put anything out until you know the date.',
  whereHeading: 'Where to put it',
  whereCaption:
    'Free-standing by the road in front of your home, visible and reachable for the vehicle (green tick). Not in the garden, not on the pavement and not against a tree (red crosses).',
  heavyHeading: 'Heavy appliances',
  heavy:
    'Put heavy appliances, such as a washing machine, oven, cooker or fridge, out by the road yourself, visible and reachable, like everything else. If you gave the weight, we pass it on to planning, who send a crane truck when needed.',
  refusedHeading: 'What we do not take',
  refusedIntro: 'We do not collect these items as grofvuil. This is where you can take them:',
  contactHeading: 'Questions?',
  contact: (phone, email, hours) =>
    `Contact our customer service: ${phone} or ${email} (${hours}). Please mention your reference number.`,
  closing: 'Kind regards,',
  signature: 'Irado',
};

const tr: ResidentTexts = {
  dir: 'ltr',
  subject: 'Büyük eşya (grofvuil) talebinizin onayı - Irado',
  title: 'Büyük eşya talebiniz onaylandı',
  greeting: (name) => `Sayın ${name},`,
  intro:
    'Büyük eşya (grofvuil) toplama talebinizi aldık. Bu e-postada neyi, ne zaman ve nereye çıkarmanız gerektiğini bulabilirsiniz.',
  detailsHeading: 'Bilgileriniz',
  labels: {
    name: 'Ad soyad',
    address: 'Adres',
    email: 'E-posta',
    municipality: 'Belediye',
    reference: 'Referans numarası',
  },
  routesHeading: 'Neleri topluyoruz',
  route: (label) => `Rota: ${label}`,
  appointments: (count) => `Bu rota için randevu sayısı: ${count}`,
  items: 'Eşyalar',
  volume: 'Hacim',
  instructions: 'Nasıl çıkarmalısınız',
  datesHeading: 'Tarih',
  separateVehicles: (routes) =>
    `Eşyalarınız ${routes} farklı araçla, farklı günlerde toplanır. Her tarihte yalnızca o rotaya ait eşyaları dışarı çıkarın.`,
  notADate: 'Bu e-posta bir toplama tarihi değildir: tarihi öğrenmeden hiçbir şeyi dışarı çıkarmayın.',
  whereHeading: 'Eşyaları nereye koymalısınız?',
  whereCaption:
    'Evinizin önündeki yolun kenarına, aracın görebileceği ve ulaşabileceği şekilde, serbest duracak biçimde koyun (yeşil işaret). Bahçeye, kaldırıma veya bir ağaca dayalı koymayın (kırmızı çarpılar).',
  heavyHeading: 'Ağır cihazlar',
  heavy:
    'Çamaşır makinesi, fırın, ocak veya buzdolabı gibi ağır cihazları diğer eşyalar gibi kendiniz yolun kenarına, görünür ve ulaşılabilir şekilde çıkarın. Ağırlığı bildirdiyseniz bunu planlama ekibine iletiyoruz; gerekirse vinçli araç gönderirler.',
  refusedHeading: 'Almadığımız eşyalar',
  refusedIntro: 'Aşağıdaki eşyaları büyük eşya olarak toplamıyoruz. Onları şuraya götürebilirsiniz:',
  contactHeading: 'Sorularınız mı var?',
  contact: (phone, email, hours) =>
    `Müşteri hizmetlerimize ulaşın: ${phone} veya ${email} (${hours}). Lütfen referans numaranızı belirtin.`,
  closing: 'Saygılarımızla,',
  signature: 'Irado',
};

const ar: ResidentTexts = {
  dir: 'rtl',
  subject: 'تأكيد طلب جمع النفايات الكبيرة (grofvuil) - Irado',
  title: 'تم تأكيد طلب جمع النفايات الكبيرة (grofvuil)',
  greeting: (name) => `مرحباً ${name}،`,
  intro: 'لقد استلمنا طلبكم لجمع النفايات الكبيرة (grofvuil). تجدون في هذه الرسالة ما يجب وضعه في الخارج ومتى وأين.',
  detailsHeading: 'بياناتكم',
  labels: {
    name: 'الاسم',
    address: 'العنوان',
    email: 'البريد الإلكتروني',
    municipality: 'البلدية',
    reference: 'رقم المرجع',
  },
  routesHeading: 'ما الذي سنستلمه',
  route: (label) => `المسار: ${label}`,
  appointments: (count) => `عدد المواعيد لهذا المسار: ${count}`,
  items: 'الأغراض',
  volume: 'الحجم',
  instructions: 'طريقة وضعها في الخارج',
  datesHeading: 'الموعد',
  separateVehicles: (routes) =>
    `تُستلم أغراضكم بمركبات مختلفة (عددها ${routes}) وفي أيام مختلفة. في كل تاريخ، ضعوا في الخارج أغراض مسار ذلك التاريخ فقط.`,
  notADate: 'هذه الرسالة ليست موعداً للاستلام: لا تضعوا أي شيء في الخارج قبل أن تعرفوا التاريخ.',
  whereHeading: 'أين تضعون الأغراض؟',
  whereCaption:
    'ضعوها منفصلة بجانب الطريق أمام منزلكم، بحيث تكون ظاهرة ويسهل على المركبة الوصول إليها (العلامة الخضراء). لا في الحديقة، ولا على الرصيف، ولا مسنودة إلى شجرة (العلامات الحمراء).',
  heavyHeading: 'الأجهزة الثقيلة',
  heavy:
    'ضعوا الأجهزة الثقيلة، مثل الغسالة أو الفرن أو الموقد أو الثلاجة، بأنفسكم بجانب الطريق بحيث تكون ظاهرة ويسهل الوصول إليها، مثل باقي الأغراض. إذا ذكرتم الوزن، فإننا نُبلغ به فريق التخطيط الذي يرسل شاحنة برافعة عند الحاجة.',
  refusedHeading: 'ما لا نستلمه',
  refusedIntro: 'لا نستلم الأغراض التالية ضمن نفايات grofvuil. وهذا ما يمكنكم فعله بها:',
  contactHeading: 'هل لديكم أسئلة؟',
  contact: (phone, email, hours) => `تواصلوا مع خدمة العملاء: ${phone} أو ${email} (${hours}). يُرجى ذكر رقم المرجع.`,
  closing: 'مع أطيب التحيات،',
  signature: 'Irado',
};

const texts: Record<Language, ResidentTexts> = { nl, en, tr, ar };

/** The confirmation's fixed sentences in `language`. */
export function residentTexts(language: Language): ResidentTexts {
  return texts[language];
}
