import type { EngineTexts } from './texts.ts';

/**
 * "A، B و C": the engine joins lists with ", " and may use an English "and"; Arabic reads the Arabic comma and "و".
 * The names themselves (Schiedam, items in the resident's words) stay as they are.
 */
function list(items: string): string {
  return items.replace(/ and ([^,]*)$/, ' و $1').replaceAll(', ', '، ');
}

function join(parts: string[]): string {
  return parts.join('، و');
}

/**
 * Modern Standard Arabic, addressing the resident with the polite plural. Irado's own names (grofvuil, milieustraat,
 * Huisraad, kliko) stay in Latin script; figures stay in Western digits.
 */
export const ar: EngineTexts = {
  yes: 'نعم',
  no: 'لا',
  confirmYes: 'نعم، أرسل الطلب',
  confirmNo: 'لا، أريد تعديل شيء',
  startBooking: 'طلب جمع نفايات grofvuil',
  askQuestion: 'لديّ سؤال',

  welcome:
    'مرحباً! أنا المساعد الرقمي لشركة Irado الخاص بالنفايات كبيرة الحجم (grofvuil). كيف يمكنني مساعدتكم؟ يمكنكم طرح سؤال عن نفايات grofvuil، أو طلب موعد لاستلامها مباشرةً.',
  emptyMessage: 'لم تصلني أي رسالة. كيف يمكنني مساعدتكم؟ اطرحوا سؤالاً عن نفايات grofvuil، أو اطلبوا موعداً لاستلامها.',
  thanks: 'على الرحب والسعة! هل يمكنني مساعدتكم في شيء آخر؟',
  goodbye: 'مع السلامة، وأتمنى لكم يوماً سعيداً!',
  injection: 'لا يمكنني القيام بذلك: فأنا ألتزم بقواعد Irado فقط، ولا أرسل أي شيء إلى عناوين أخرى أبداً.',
  offTopic: (phone, email) =>
    `عذراً، لا يمكنني المساعدة في هذا الأمر: فأنا أجيب فقط عن الأسئلة المتعلقة بنفايات grofvuil وخدمات النفايات لدى Irado. لأي أسئلة أخرى، يمكنكم الاتصال بخدمة العملاء على الرقم ${phone} أو مراسلتها على البريد الإلكتروني ${email}.`,
  noAnswer: (phone, email) =>
    `ليس لديّ جواب دقيق عن هذا السؤال، ولا أريد أن أعطيكم معلومة خاطئة. يسعد خدمة عملاء Irado مساعدتكم: اتصلوا بالرقم ${phone} أو راسلوها على ${email}.`,
  offerBooking: 'هل ترغبون في أن نستلم منكم نفايات grofvuil؟ يمكنني تقديم الطلب لكم هنا مباشرةً.',
  continueBooking: 'لنتابع طلبكم.',

  askMunicipality: (names) => `في أي بلدية تسكنون؟ تجمع Irado نفايات grofvuil في ${list(names)}.`,
  outsideArea: (place, names) =>
    `${place ? `تقع ${place}` : 'يقع هذا العنوان'} خارج منطقة خدمة Irado: فنحن نجمع نفايات grofvuil فقط في ${list(names)}. للتخلص من نفايات grofvuil، يُرجى التواصل مع خدمة النفايات في بلديتكم.`,
  askConsent: (privacyUrl) =>
    `لحجز موعد الاستلام أحتاج إلى اسمكم وعنوانكم وبريدكم الإلكتروني. تستخدم Irado هذه البيانات فقط لمعالجة طلبكم؛ ويمكنكم قراءة المزيد في بيان الخصوصية الخاص بنا: ${privacyUrl}\n\nهل توافقون على ذلك؟ اكتبوا **نعم** أو اختاروا أحد الأزرار.`,
  consentDeclined:
    'للأسف، لا يمكنني معالجة الطلب عبر المحادثة دون موافقتكم. يمكنكم أيضاً نقل نفايات grofvuil بأنفسكم إلى milieustraat (مركز إعادة التدوير)، أو حجز موعد عبر irado.nl. هل لديكم سؤال عن نفايات grofvuil؟ لا تترددوا في طرحه.',
  askDetails: (missing) => `هل يمكنكم أن تذكروا لي ${join(missing)}؟ ويمكنكم أيضاً إعطاء رقم هاتف، لكن ذلك ليس إلزامياً.`,
  detailName: 'اسمكم الكامل',
  detailAddress: 'عنوانكم (الشارع، ورقم المنزل مع الإضافة إن وُجدت، والرمز البريدي، والمدينة)',
  detailPostcode: 'رمزكم البريدي',
  detailHouseNumber: 'رقم منزلكم (مع الإضافة إن وُجدت)',
  detailEmail: 'عنوان بريدكم الإلكتروني',
  invalidEmail: (email) => `يبدو أن عنوان البريد الإلكتروني "${email}" غير صحيح. هل يمكنكم التحقق منه؟`,
  invalidPostcode: (postcode) =>
    `الرمز البريدي "${postcode}" غير صالح: يتكون الرمز البريدي من 4 أرقام يليها حرفان، مثل 3132 CD. ما هو الرمز البريدي الصحيح؟`,
  addressNotFound: 'لم أتمكن من العثور على هذا العنوان. يُرجى التحقق من الرمز البريدي ورقم المنزل وإرسالهما مرة أخرى.',
  addressConfirmed: (address, municipality) => `شكراً لكم. عنوانكم ${address} يقع في ${municipality}.`,
  municipalityChanged: (municipality) => `يقع هذا العنوان في ${municipality}، لذا أطبّق قواعد ${municipality}.`,
  business: (email, phone, customerPhone) =>
    `وفقاً لسجل العناوين لدينا، هذا عنوان تجاري. خدمة استلام نفايات grofvuil مخصصة للسكان الأفراد فقط، والنفايات التجارية لا تُعدّ من نفايات grofvuil. بخصوص النفايات التجارية، يسعد خدمة العملاء التجاريين لدى Irado مساعدتكم: ${email}، ${phone}. هل تسكنون هنا بصفتكم أفراداً؟ يُرجى إذن الاتصال بخدمة العملاء على الرقم ${customerPhone}.`,
  addressUnavailable: (phone) =>
    `لا أستطيع التحقق من عنوانكم في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد بضع دقائق، أو الاتصال بخدمة العملاء على الرقم ${phone}.`,

  askItems:
    'ما الأغراض التي ترغبون في أن نستلمها؟ يُرجى ذكر عدد كل منها، وذكر المقاسات أو الوزن للقطع الكبيرة أو الثقيلة.',
  askSizes: (items, cap) =>
    `هل تعرفون المقاسات التقريبية لـ ${list(items)} (الطول × العرض × الارتفاع)؟ عندها يمكنني التحقق منها بدقة${cap ? ` (بحد أقصى ${cap} للموعد الواحد)` : ''}؛ وإلا فسأعتمد مقاساً متوسطاً.`,
  // Not «لا أعرف»: an answer starting with «لا» is read as "no", and this question shares its turn with the confirmation.
  itemAccepted: (item, route) => `نعم، يمكن استلام ${item} ضمن نفايات grofvuil، على مسار ${route}.`,
  itemAcceptedPerMunicipality: (item, routes) =>
    `نعم، يمكن استلام ${item} ضمن نفايات grofvuil: ${routes.replaceAll('; ', '؛ ')}.`,
  itemTakenWhole: (maxLength) => `يمكن أن يتجاوز طول الأثاث والمراتب ${maxLength}، وتُستلم قطعة واحدة دون تفكيك.`,
  askUnknown: (items) =>
    `ماذا تقصدون بـ ${list(items)}؟ يُرجى وصف الغرض، أو اكتبوا "لا" إذا لم تكن هناك حاجة إلى استلامه.`,
  nothingBookable: 'لذلك لا يمكنني حجز موعد استلام لهذا.',
  askMoreItems: 'هل لديكم أغراض أخرى يمكن استلامها؟',
  noRequest: (phone) =>
    `إذن لن أقدّم طلباً. إذا كانت لديكم لاحقاً نفايات grofvuil أو أي سؤال، يسعدني مساعدتكم. يمكنكم أيضاً الاتصال بخدمة العملاء على الرقم ${phone}.`,
  removed: (items) => `حذفتُ ${list(items)} من القائمة.`,

  summaryTitle: 'هذا هو طلبكم:',
  summaryRoute: (route, appointments, volume) =>
    `**${route}**${appointments > 1 ? ` (عدد المواعيد: ${appointments})` : ''}، ${volume}`,
  summaryRefused: '**ما لا يُستلم ضمن نفايات grofvuil**',
  summaryDetails: '**بياناتكم**',
  summaryHowTo: '**طريقة وضع الأغراض في الخارج**',
  askConfirmation: 'هل كل شيء صحيح؟ إذا كان كذلك، فسأرسل الطلب.',
  whatToChange: 'ما الذي ترغبون في تعديله؟ يمكنكم إضافة أغراض أو حذفها، أو تصحيح بياناتكم.',
  submitted: (reference) =>
    `✅ تم استلام طلبكم وتسجيله تحت الرقم **${reference}**. ستصلكم رسالة تأكيد عبر البريد الإلكتروني، ثم يُبلغكم فريق التخطيط لدينا لاحقاً بالتاريخ النهائي (أو التواريخ النهائية).`,
  alreadySubmitted: (reference) =>
    `طلبكم مسجَّل بالفعل تحت الرقم **${reference}**؛ ولم يُرسَل أي شيء مرتين. هل ترغبون في أن نستلم منكم شيئاً آخر؟`,
  cancelled: 'أوقفتُ الطلب؛ ولم يُرسَل أي شيء. هل يمكنني مساعدتكم في شيء آخر؟',
  restarted: 'لنبدأ من جديد.',
  stillBusiness: 'للأسف، لا يمكنني تقديم طلب grofvuil خاص بالأفراد لهذا العنوان.',
  stillOutsideArea: 'للأسف، لا يمكنني تقديم طلب لعنوان يقع خارج منطقة خدمتنا.',
};
