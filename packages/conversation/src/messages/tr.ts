import type { EngineTexts } from './texts.ts';

/** "A, B ve C": the engine may join lists with an English "and"; Turkish reads "ve". */
function list(items: string): string {
  return items.replace(/ and ([^,]*)$/, ' ve $1');
}

function join(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ve ${parts.at(-1)}` : (parts[0] ?? '');
}

/** Turkish, in the polite "siz" form. Irado's own names (grofvuil, milieustraat, Huisraad, kliko) stay as they are. */
export const tr: EngineTexts = {
  yes: 'Evet',
  no: 'Hayır',
  confirmYes: 'Evet, talebi gönderin',
  confirmNo: 'Hayır, bir şeyi değiştirmek istiyorum',
  startBooking: 'Grofvuil aldırmak istiyorum',
  askQuestion: 'Bir sorum var',

  welcome:
    "Merhaba! Ben Irado'nun grofvuil (büyük hacimli atık) için dijital asistanıyım. Size nasıl yardımcı olabilirim? Grofvuil hakkında bir soru sorabilir veya hemen bir alım randevusu talep edebilirsiniz.",
  emptyMessage:
    'Bir mesaj almadım. Size nasıl yardımcı olabilirim? Grofvuil hakkında bir soru sorun veya bir alım randevusu talep edin.',
  thanks: 'Rica ederim! Size başka bir konuda yardımcı olabilir miyim?',
  goodbye: 'Hoşça kalın, iyi günler dilerim!',
  injection: "Bunu yapamam: yalnızca Irado'nun kurallarına uyarım ve hiçbir zaman başka adreslere bir şey göndermem.",
  offTopic: (phone, email) =>
    `Maalesef bu konuda yardımcı olamıyorum: yalnızca Irado'nun grofvuil ve atık hizmetleriyle ilgili soruları yanıtlıyorum. Diğer sorularınız için müşteri hizmetlerini ${phone} numarasından arayabilir veya ${email} adresine e-posta gönderebilirsiniz.`,
  noAnswer: (phone, email) =>
    `Bu konuda size iyi bir yanıt veremiyorum ve yanlış bir bilgi vermek istemem. Irado müşteri hizmetleri size memnuniyetle yardımcı olur: ${phone} numarasını arayın veya ${email} adresine e-posta gönderin.`,
  offerBooking: 'Grofvuil aldırmak ister misiniz? Talebinizi hemen burada sizin için oluşturabilirim.',
  continueBooking: 'Talebinizle devam edelim.',

  askMunicipality: (names) =>
    `Hangi belediyede oturuyorsunuz? Irado, ${list(names)} belediyelerinde grofvuil topluyor.`,
  outsideArea: (place, names) =>
    `${place ?? 'Bu adres'}, Irado'nun hizmet bölgesinin dışında kalıyor: yalnızca ${list(names)} belediyelerinde grofvuil topluyoruz. Grofvuil için lütfen kendi belediyenizin atık hizmetine başvurun.`,
  askConsent: (privacyUrl) =>
    `Alım randevusu için adınıza, adresinize ve e-posta adresinize ihtiyacım var. Irado bu bilgileri yalnızca talebinizi işlemek için kullanır; ayrıntıları gizlilik beyanımızda okuyabilirsiniz: ${privacyUrl}\n\nBunu kabul ediyor musunuz? **Evet** yazın veya bir düğmeyi seçin.`,
  consentDeclined:
    "Ne yazık ki onayınız olmadan talebi sohbet üzerinden işleyemem. Büyük eşyalarınızı kendiniz de milieustraat'a (geri dönüşüm merkezi) götürebilir veya irado.nl üzerinden randevu alabilirsiniz. Grofvuil hakkında bir sorunuz var mı? Çekinmeden sorabilirsiniz.",
  askDetails: (missing) =>
    `Lütfen ${join(missing)} yazar mısınız? Telefon numaranızı da yazabilirsiniz, ancak zorunlu değildir.`,
  detailName: 'tam adınızı',
  detailAddress: 'adresinizi (sokak, varsa ekiyle birlikte ev numarası, posta kodu ve şehir)',
  detailPostcode: 'posta kodunuzu',
  detailHouseNumber: 'ev numaranızı (varsa ekiyle birlikte)',
  detailEmail: 'e-posta adresinizi',
  invalidEmail: (email) => `"${email}" e-posta adresi doğru görünmüyor. Kontrol edebilir misiniz?`,
  invalidPostcode: (postcode) =>
    `"${postcode}" geçerli bir posta kodu değil: posta kodu 4 rakam ve 2 harften oluşur, örneğin 3132 CD. Doğru posta kodu nedir?`,
  addressNotFound: 'Bu adresi bulamıyorum. Lütfen posta kodunu ve ev numarasını kontrol edip tekrar gönderin.',
  addressConfirmed: (address, municipality) =>
    `Teşekkürler. ${address} adresiniz ${municipality} belediyesinde bulunuyor.`,
  municipalityChanged: (municipality) =>
    `Bu adres ${municipality} belediyesinde bulunuyor; bu yüzden ${municipality} belediyesinin kurallarını uyguluyorum.`,
  business: (email, phone, customerPhone) =>
    `Adres kayıtlarımıza göre bu bir işyeri adresi. Grofvuil alım hizmeti yalnızca bireysel sakinler içindir ve işyeri atığı grofvuil sayılmaz. İşyeri atıkları için Irado'nun kurumsal müşteri hizmetleri size memnuniyetle yardımcı olur: ${email}, ${phone}. Burada bireysel olarak mı oturuyorsunuz? O halde lütfen müşteri hizmetlerimizi ${customerPhone} numarasından arayın.`,
  addressUnavailable: (phone) =>
    `Şu anda adresinizi kontrol edemiyorum. Lütfen birkaç dakika sonra tekrar deneyin veya müşteri hizmetlerini ${phone} numarasından arayın.`,

  askItems:
    'Hangi eşyaları aldırmak istiyorsunuz? Lütfen her birinin adedini, büyük veya ağır parçalar için de ölçülerini ya da ağırlığını belirtin.',
  askSizes: (items, cap) =>
    `${items.includes(',') ? 'Şu eşyaların' : 'Şu eşyanın'} yaklaşık ölçülerini (uzunluk × genişlik × yükseklik) biliyor musunuz: ${items}? Biliyorsanız tam olarak hesaplayabilirim${cap ? ` (randevu başına en fazla ${cap})` : ''}; bilmiyorsanız ortalama bir ölçü kullanırım.`,
  itemAccepted: (item, route) => `Evet, ${item} grofvuil olarak ${route} rotasında alınabilir.`,
  itemAcceptedPerMunicipality: (item, routes) => `Evet, ${item} grofvuil olarak alınabilir: ${routes}.`,
  itemTakenWhole: (maxLength) =>
    `Mobilyalar ve yataklar ${maxLength} ölçüsünden büyük olabilir; bunlar tek parça halinde alınır.`,
  askUnknown: (items) =>
    `${items} derken neyi kastediyorsunuz? Lütfen eşyayı tarif edin ya da alınması gerekmiyorsa "hayır" yazın.`,
  nothingBookable: 'Dolayısıyla bunun için bir alım randevusu oluşturamıyorum.',
  askMoreItems: 'Alınabilecek başka eşyalarınız var mı?',
  noRequest: (phone) =>
    `O halde bir talep oluşturmuyorum. Daha sonra aldırmak istediğiniz grofvuil ya da bir sorunuz olursa size memnuniyetle yardımcı olurum. Müşteri hizmetlerini ${phone} numarasından da arayabilirsiniz.`,
  removed: (items) => `${items} listeden çıkarıldı.`,

  summaryTitle: 'Talebinizin özeti:',
  summaryRoute: (route, appointments, volume) =>
    `**${route}**${appointments > 1 ? ` (${appointments} randevu)` : ''}, ${volume}`,
  summaryRefused: '**Grofvuil olarak alınmayacaklar**',
  summaryDetails: '**Bilgileriniz**',
  summaryHowTo: '**Eşyaları dışarıya nasıl koymalısınız**',
  askConfirmation: 'Her şey doğru mu? Onaylıyor musunuz? Onaylarsanız talebi gönderiyorum.',
  whatToChange: 'Neyi değiştirmek istersiniz? Eşya ekleyebilir veya çıkarabilir ya da bilgilerinizi düzeltebilirsiniz.',
  submitted: (reference) =>
    `✅ Talebiniz alındı ve **${reference}** numarasıyla kaydedildi. E-posta ile bir onay alacaksınız; kesin tarih (veya tarihler) daha sonra planlama ekibimiz tarafından size bildirilecek.`,
  alreadySubmitted: (reference) =>
    `Talebiniz zaten **${reference}** numarasıyla kaydedildi; hiçbir şey iki kez gönderilmedi. Aldırmak istediğiniz başka bir şey var mı?`,
  cancelled: 'Talebi durdurdum; hiçbir şey gönderilmedi. Size başka bir konuda yardımcı olabilir miyim?',
  restarted: 'Baştan başlayalım.',
  stillBusiness: 'Maalesef bu adres için bireysel bir grofvuil talebi oluşturamıyorum.',
  stillOutsideArea: 'Maalesef hizmet bölgemizin dışındaki bir adres için talep oluşturamıyorum.',
};
