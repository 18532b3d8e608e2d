import type { PlanTexts } from './texts-nl-en.ts';

/**
 * Turkish and Arabic sentences about a plan, translated from the English table. Irado's own names (grofvuil,
 * restafval, milieustraat, snoeiroute) stay as they are; figures are parameters, never written here.
 */
export const tr: PlanTexts = {
  decimalSeparator: ',',
  times: '×',
  refusal: {
    restafval: 'Bu grofvuil değil, evsel atıktır (restafval).',
    not_ewaste: 'Bu, elektrikli cihazlarla birlikte değil, evsel atıkla (restafval) birlikte atılır.',
    renovation: 'Tadilat atıkları (sıhhi tesisat, mutfak dolabı, fayans) grofvuil olarak alınmaz.',
    rubble: 'Moloz, taş ve alçı levhalar grofvuil olarak alınmaz.',
    kca: 'Küçük kimyasal atıklar (boya, akü ve pil gibi) grofvuil değildir ve alınmaz.',
    asbestos: 'Asbest (ve oluklu levhalar gibi asbest içerebilecek her şey) hiçbir zaman grofvuil değildir ve alınmaz.',
    tyres: 'Araba lastikleri grofvuil olarak alınmaz.',
    vehicle: 'Mopedler, scooterlar, engelli scooterları ve küçük römorklar grofvuil olarak alınmaz.',
    concrete: 'Beton saksılar ve şemsiye ayakları grofvuil olarak alınmaz.',
    roofing: 'Kiremitler, yağmur olukları ve yağmur iniş boruları grofvuil olarak alınmaz.',
    soil: 'Toprak, kum ve çim kesekleri alınmaz.',
    satellite_dish: 'Çanak antenler grofvuil olarak alınmaz.',
    business_waste: 'İşyeri atığı grofvuil değildir.',
    wet_mattress: 'Yalnızca kuru yataklar alınır: ıslak veya kirli bir yatak geri dönüştürülemez.',
    bedding: 'Yorganlar, yastıklar ve uyku tulumları grofvuil değildir.',
    medicine: 'İlaçlar ve enjektör iğneleri alınmaz.',
    lithium_battery: 'Lityum aküler (örneğin elektrikli bisiklet aküsü) grofvuil değildir.',
    gas_cylinder: 'Gaz tüpleri ve yangın söndürücüler grofvuil olarak alınmaz.',
    car_parts: 'Otomobil parçaları grofvuil olarak alınmaz.',
    piece_too_long: 'Bu parça çok uzun.',
    stump_too_big: 'Bu ağaç kütüğü öğütülemeyecek kadar büyük.',
    small_single_item: 'Tek başına küçük bir eşya grofvuil değildir.',
  },
  tooLong: (measured, max) => `Uzunluğu ${measured}; en fazla ${max} olabilir.`,
  stumpLimits: (length, thickness) =>
    `Bir ağaç kütüğü en fazla ${length} uzunluğunda ve ${thickness} kalınlığında olabilir.`,
  onlyThisRoute: (route, others) =>
    `Bu randevunun olduğu gün yalnızca ${route} için olan eşyaları dışarı koyun. ${others} için olan eşyalar başka bir tarihte başka bir araçla alınır; aksi halde yerinde kalırlar.`,
  putOutWindow: (from, until) =>
    `Her şeyi kararlaştırılan gün ${from} ile ${until} arasında dışarı koyun, önceki akşamdan koymayın.`,
  collectionWindow: (from, until) => `Eşyaları ${from} ile ${until} arasında alıyoruz; kesin bir saat veremiyoruz.`,
  placement:
    'Eşyaları evinizin önündeki ana yolun kenarına, ayrı ayrı ve aracın görüp ulaşabileceği şekilde koyun: bahçeye, kaldırıma ya da bir ağaca veya sokak lambasına dayayarak koymayın.',
  splitAppointments: (route, count, cap) =>
    `${route} için randevu başına ${cap} sınırı aşılıyor, bu yüzden eşyaları ${count} randevuya bölüyoruz. Bir kısmını kendiniz de milieustraat'a (geri dönüşüm merkezi) götürebilirsiniz.`,
  heavyAppliance: (items) =>
    `${items}: ağır cihazı yol kenarına kendiniz, görünür ve ulaşılabilir bir şekilde koyun. Ağırlığını biliyor musunuz? Bu bilgi planlamaya yardımcı olur.`,
  mustBeEmpty: (items) => `${items}: tamamen boş olmalı, içinde yiyecek bulunmamalı.`,
  mustBeDry: (items) => `${items}: yalnızca kuru olarak çıkarın (ipucu: yeni yatağınızın kılıfını kullanın).`,
  bundle: (items) => `${items}: sıkıca bağlanmış olarak çıkarın.`,
  bundleBranches: (items, maxLength) =>
    `${items}: en fazla ${maxLength} uzunluğunda demetler halinde, sıkıca bağlanmış olarak çıkarın.`,
  noBags: (items) => `${items}: poşete veya kutuya koymayın.`,
  unlocked: (items) => `${items}: kilitlemeyin.`,
  tapeGlass: (items) => `${items}: camı bantlayın veya kartona sarın.`,
  flatten: (items) => `${items}: katlayıp düzleştirin ve demet halinde bağlayın.`,
  snoeiOutOfSeason:
    'Budama rotası (snoeiroute) şu anda çalışmıyor; budama atıklarınız bir sonraki budama rotasıyla alınacak.',
  datesFollow: (count) =>
    count > 1
      ? `Bunlar her biri kendi tarihine sahip ${count} ayrı randevu olacak. Tarihleri planlama ekibimiz size daha sonra bildirecek.`
      : 'Tarihi planlama ekibimiz size daha sonra bildirecek.',
  volumeLine: (volume, cap) => (cap ? `yaklaşık ${volume} (randevu başına en fazla ${cap})` : `yaklaşık ${volume}`),
  and: 've',
};

export const ar: PlanTexts = {
  decimalSeparator: '.',
  times: '×',
  refusal: {
    restafval: 'هذه ليست نفايات grofvuil، بل نفايات منزلية عادية (restafval).',
    not_ewaste: 'هذا يوضع مع النفايات المنزلية العادية (restafval)، وليس مع الأجهزة الكهربائية.',
    renovation: 'لا تُستلم نفايات الترميم (الأدوات الصحية، وخزائن المطبخ، والبلاط) ضمن نفايات grofvuil.',
    rubble: 'لا يُستلم الركام والحجارة وألواح الجبس ضمن نفايات grofvuil.',
    kca: 'النفايات الكيميائية الصغيرة (مثل الطلاء وبطاريات السيارات والبطاريات) ليست من نفايات grofvuil ولا تُستلم.',
    asbestos: 'الأسبستوس (وكل ما قد يحتوي عليه، مثل الألواح المموجة) ليس من نفايات grofvuil أبداً ولا يُستلم.',
    tyres: 'لا تُستلم إطارات السيارات ضمن نفايات grofvuil.',
    vehicle: 'لا تُستلم الدراجات النارية الصغيرة والسكوترات وسكوترات التنقل والمقطورات الصغيرة ضمن نفايات grofvuil.',
    concrete: 'لا تُستلم أحواض الزهور الخرسانية وقواعد المظلات ضمن نفايات grofvuil.',
    roofing: 'لا يُستلم قرميد الأسطح ولا المزاريب ولا أنابيب تصريف مياه الأمطار ضمن نفايات grofvuil.',
    soil: 'لا تُستلم التربة والرمل وقطع العشب.',
    satellite_dish: 'لا تُستلم الأطباق اللاقطة (الصحون الفضائية) ضمن نفايات grofvuil.',
    business_waste: 'النفايات التجارية ليست من نفايات grofvuil.',
    wet_mattress: 'نستلم المراتب الجافة فقط: فالمرتبة المبللة أو المتسخة لا يمكن إعادة تدويرها.',
    bedding: 'الألحفة والوسائد وأكياس النوم ليست من نفايات grofvuil.',
    medicine: 'لا تُستلم الأدوية وإبر الحقن.',
    lithium_battery: 'بطاريات الليثيوم (مثل بطارية الدراجة الكهربائية) ليست من نفايات grofvuil.',
    gas_cylinder: 'لا تُستلم أسطوانات الغاز وطفايات الحريق ضمن نفايات grofvuil.',
    car_parts: 'لا تُستلم قطع غيار السيارات ضمن نفايات grofvuil.',
    piece_too_long: 'هذه القطعة طويلة جداً.',
    stump_too_big: 'جذع الشجرة هذا أكبر من أن يُفرم.',
    small_single_item: 'الغرض الصغير الواحد وحده لا يُعدّ من نفايات grofvuil.',
  },
  tooLong: (measured, max) => `طولها ${measured}؛ والحد الأقصى ${max}.`,
  stumpLimits: (length, thickness) => `يجب ألا يزيد طول جذع الشجرة على ${length} ولا سُمكه على ${thickness}.`,
  onlyThisRoute: (route, others) =>
    `في يوم هذا الموعد، ضعوا في الخارج الأغراض الخاصة بمسار ${route} فقط. أما الأغراض الخاصة بمسار ${others} فتُستلم بمركبة أخرى في تاريخ آخر، وإلا فستبقى في مكانها.`,
  putOutWindow: (from, until) =>
    `ضعوا كل شيء في الخارج في اليوم المتفق عليه بين الساعة ${from} والساعة ${until}، وليس في المساء السابق.`,
  collectionWindow: (from, until) => `نستلم الأغراض بين الساعة ${from} والساعة ${until}؛ ولا يمكننا تحديد وقت دقيق.`,
  placement:
    'ضعوا الأغراض منفصلة بجانب الطريق الرئيسي أمام منزلكم، بحيث تكون ظاهرة ويسهل على المركبة الوصول إليها: لا في الحديقة، ولا على الرصيف، ولا مسنودة إلى شجرة أو عمود إنارة.',
  splitAppointments: (route, count, cap) =>
    `بالنسبة إلى مسار ${route}، تتجاوز الكمية ${cap} للموعد الواحد، لذا نوزعها على ${count} من المواعيد. يمكنكم أيضاً نقل جزء منها بأنفسكم إلى milieustraat (مركز إعادة التدوير).`,
  heavyAppliance: (items) =>
    `${items}: يُرجى وضع الجهاز الثقيل بأنفسكم بجانب الطريق، بحيث يكون ظاهراً ويسهل الوصول إليه. هل تعرفون وزنه؟ فذلك يساعد في التخطيط.`,
  mustBeEmpty: (items) => `${items}: مع إفراغ المحتويات تماماً وعدم ترك أي طعام بالداخل.`,
  mustBeDry: (items) => `${items}: في حالة جافة فقط (نصيحة: استخدموا غطاء مرتبتكم الجديدة).`,
  bundle: (items) => `${items}: مع ربطها معاً بإحكام.`,
  bundleBranches: (items, maxLength) => `${items}: في حزم لا يزيد طولها على ${maxLength}، مع ربطها معاً بإحكام.`,
  noBags: (items) => `${items}: دون وضعها في أكياس أو صناديق.`,
  unlocked: (items) => `${items}: يُرجى عدم قفلها.`,
  tapeGlass: (items) => `${items}: غطّوا الزجاج بشريط لاصق أو غلّفوه بالكرتون.`,
  flatten: (items) => `${items}: بعد طيّها بشكل مسطّح وربطها معاً.`,
  snoeiOutOfSeason: 'مسار التقليم (snoeiroute) لا يعمل حالياً؛ ستُستلم نفايات التقليم الخاصة بكم مع مسار التقليم القادم.',
  datesFollow: (count) =>
    count > 1
      ? `سيتوزع ذلك على ${count} من المواعيد، لكل منها تاريخه الخاص. سيرسل إليكم فريق التخطيط لدينا التواريخ لاحقاً.`
      : 'سيرسل إليكم فريق التخطيط لدينا التاريخ لاحقاً.',
  volumeLine: (volume, cap) => (cap ? `حوالي ${volume} (بحد أقصى ${cap} للموعد الواحد)` : `حوالي ${volume}`),
  and: 'و',
};
