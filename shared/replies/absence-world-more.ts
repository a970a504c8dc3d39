/**
 * Absence notices in 23 more languages (read by absence-world.ts `worldAbsence`): Albanian,
 * Macedonian, Georgian, Armenian, Azerbaijani, Kazakh, Uzbek (Latin and Cyrillic), Maltese, Irish,
 * Welsh, Basque, Galician and Amharic; and of South Asia, Bengali (with romanised Bengali), Marathi,
 * Nepali, Gujarati, Punjabi in Gurmukhi, Tamil (with romanised Tamil), Telugu, Kannada, Malayalam
 * and Sinhala.
 *
 * Written like the opt-out patterns of the same languages (opt-out-world-more.ts,
 * opt-out-south-asia.ts), from each language's grammar and common usage — "I am on holiday / on
 * leave / travelling / off sick / out of the office", "I will be back on the 12th", "I will answer
 * when I return", "limited access to e-mail", "the office is closed for the holidays" — not from any
 * labelled reply.
 *
 * The writer is told from someone else by the verb's person where the language marks it (Albanian
 * jam, Georgian ვარ, Armenian եմ, Azerbaijani -yam, Basque nago, Bengali আছি, Tamil -ஏன், Telugu
 * -ఆను, Kannada -ಏನೆ …), and by the pronoun where it does not (Marathi आहे, Malayalam ആണ്,
 * colloquial Sinhala, Maltese participles). `notNow` holds, per language, the past ("I was", "I
 * came back"), the denial, someone else ("she is on leave", "in his place") and the absence not yet
 * begun ("from next week …", "before my holiday"); "until next week" is a return, not a start.
 */
import {
  gap,
  indicWords as indic,
  loose,
  looseAzerbaijani as az,
  looseMaltese as mt,
  looseUzbek as uz,
  malayalamChillu as ml,
  words,
} from './world-patterns.ts';
import type { WorldAbsence } from './absence-world.ts';

/** Kazakh letters typed as their Russian neighbours. */
const kk = loose({
  'ә': '[әа]', 'ғ': '[ғг]', 'қ': '[қк]', 'ң': '[ңн]', 'ө': '[өо]', 'ұ': '[ұүу]', 'ү': '[үұу]', 'һ': '[һх]', 'і': '[іи]',
});

/** Word end in the Indic scripts: no letter and no vowel sign or virama after. */
const END = '(?![\\p{L}\\p{M}])';
/** The patterns are written raw (\s, not \\s). */
const r = String.raw;

// ---- Albanian ----
const SQ_LEAVE = r`(?:pushim\p{L}*|leje|udhëtim|shërbim|mision|konferencë|trajnim|seminar)`;
const SQ_WHEN = r`(?:\p{N}|e\s+hënë|të\s+hënën|hënën|martë|mërkurë|enjte|premte|nesër|javën|janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|pas)`;

// ---- Macedonian ----
const MK_LEAVE = r`(?:одмор|боледување|отсуство|породилно|пат|патување|конференција|семинар|обука|саем)`;
const MK_WHEN = r`(?:\p{N}|понеделник|вторник|среда|четврток|петок|утре|следн|наредн|идн|јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември)`;

// ---- Georgian: leave, holidays, business trip, sick note, maternity, conference, travel, abroad ----
const KA_LEAVE = r`(?:შვებულებ|არდადეგ|მივლინებ|ბიულეტენ|დეკრეტ|კონფერენცი|მოგზაურობ|საზღვარგარეთ)`;
const KA_I_AM = r`(?:ვარ|ვიქნები|ვიმყოფები|გახლავართ|ვართ|ვიქნებით|ვიმყოფებით)(?!\p{L})`;

// ---- Armenian: vacation, business trip, maternity, travel, conference, abroad ----
const HY_LEAVE = r`(?:արձակուրդ|գործուղ|դեկրետ|ճամփորդ|ճանապարհորդ|կոնֆերանս|համաժողով|արտասահման|արտերկր)`;
const HY_WHEN =
  r`(?:\p{N}|հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր|երկուշաբթի|երեքշաբթի|չորեքշաբթի|հինգշաբթի|ուրբաթ|վաղը|հաջորդ|աշխատանքի|գրասենյակ)`;

// ---- Azerbaijani ----
const AZ_LEAVE = r`(?:məzuniyyət|ezamiyyət|ezamiyət|səfər|səyahət|tətil|dekret|konfrans|sərgi|xəstəxana)`;
const AZ_WHEN =
  r`(?:\p{N}|yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|bazar\s+ertəsi|çərşənbə|cümə|sabah|gələn\s+həftə)`;

// ---- Kazakh ----
const KK_LEAVE = r`(?:демалыс|іссапар|сапар|декрет|бюллетень|конференция|көрме|ауруха)`;
const KK_WHEN =
  r`(?:\p{N}|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|ертең|жұмысқа|кеңсеге|офиске)`;

// ---- Uzbek (Latin, Cyrillic) ----
const UZ_LEAVE = r`(?:taʻtil|safar|xizmat\s+safari|komandirovka|dekret|konferensiya|kasalxona|shifoxona)`;
const UZ_WHEN =
  r`(?:\p{N}|yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr|dushanba|seshanba|chorshanba|payshanba|juma|ertaga|ishga|ofisga)`;
const UZ_LEAVE_CYR = r`(?:таътил|сафар|хизмат\s+сафари|командировка|декрет|конференция|касалхона|шифохона)`;
const UZ_WHEN_CYR =
  r`(?:\p{N}|январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр|душанба|сешанба|чоршанба|пайшанба|жума|эртага|ишга|офисга)`;

// ---- Maltese: "leave" and "vacation" are borrowed as they are ----
const MT_AWAY =
  r`(?:barra\s+mill-uffiċċju|fuq\s+(?:il-)?(?:leave|btala|vaganza|vacation|holiday|sick\s+leave|maternity\s+leave)|fil-vaganza|f'vaganza|fuq\s+safra|imsiefer|imsiefra|msiefer|msiefra|marid|marida|barra\s+minn\s+malta|barra\s+mill-pajjiż|f'konferenza|fl-isptar)`;

// ---- Irish: saoire lenites after "ar" in some speech (ar shaoire); turas after "ar" (ar thuras) ----
const GA_AWAY =
  r`ar\s+s(?:h)?aoire|ar\s+laethanta\s+saoire|as\s+(?:an\s+)?oifig|ag\s+taisteal|ar\s+t(?:h)?uras|ag\s+(?:an\s+)?c(?:h)?omhdháil|tinn|thar\s+lear|i\s+gcéin|as\s+baile|ar\s+sos`;

// ---- Welsh: gwyliau mutates (ar wyliau, ar fy ngwyliau) ----
const CY_AWAY =
  r`(?:ar\s+(?:fy\s+ngwyliau|ein\s+gwyliau|wyliau)|ar\s+absenoldeb|ar\s+gyfnod\s+(?:mamolaeth|tadolaeth)|allan\s+o'?r\s+swyddfa|i\s+ffwrdd|oddi\s+cartref|teithio|sâl|mewn\s+cynhadledd|dramor|ar\s+daith)`;
const CY_I =
  r`(?:rydw\s+i|rwyf|rwy|dw\s+i|dwi|rydyn\s+ni|dyn\s+ni|ry'n\s+ni|byddaf|bydda\s+i|byddwn|bydda\s+ni|fe\s+fydda\s+i|mi\s+fydda\s+i|rwy'n|rydw\s+i'n|dw\s+i'n|dwi'n|rydyn\s+ni'n|dyn\s+ni'n)`;

// ---- Basque ----
const EU_AWAY =
  r`(?:oporretan|opor\s+egunetan|bulegotik\s+kanpo|lanetik\s+kanpo|bidaian|bidaiatzen|lan-?bidaian|gaixorik|gaixo-?bajan|bajan|baimenean|amatasun-?baimenean|aitatasun-?baimenean|guraso-?baimenean|kanpoan|atzerrian|kongresu\s+batean|biltzar\s+batean|azoka\s+batean|ospitalean)`;
const EU_WHEN =
  r`(?:\p{N}\S*|astelehen\S*|astearte\S*|asteazken\S*|ostegun\S*|ostiral\S*|bihar|lanera|bulegora|urtarril\S*|otsail\S*|martxo\S*|apiril\S*|maiatz\S*|ekain\S*|uztail\S*|abuztu\S*|irail\S*|urri\S*|azaro\S*|abendu\S*)`;

// ---- Galician ----
const GL_AWAY =
  r`(?:de\s+(?:vacacións|vacacions|viaxe|baixa|permiso|licenza|excedencia|ponte)|fóra\s+(?:da\s+oficina|do\s+despacho|da\s+empresa|do\s+país|de\s+galicia|da\s+cidade)|fóra(?=\s+(?:ata|ate|até))|ausente|nun\s+congreso|nunha\s+(?:feira|conferencia|xornada)|enferm[oa]|en\s+(?:período\s+de\s+)?vacacións)`;
const GL_WHEN = r`(?:o\s|a\s+partir\s+d|ao\s|no\s|na\s|\p{N}|luns|martes|mércores|xoves|venres|mañá|día|semana)`;

// ---- Amharic ----
const AM_LEAVE = r`(?:እረፍት|ዕረፍት|ፈቃድ|ፍቃድ|ጉዞ|ኮንፈረንስ|ጉባኤ|ሽርሽር)`;
const AM_WHEN =
  r`(?:\p{N}|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|አርብ|ቅዳሜ|እሁድ|ነገ|መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ|ቢሮ|ሥራ|ስራ)`;

// ---- Bengali ----
const BN_AWAY = r`(?:ছুটি|লিভ|অবকাশ|ভ্রমণ|সফর|ট্যুর|কনফারেন্স|সম্মেলন|বাইরে)`;
const BN_WHEN =
  r`(?:\p{N}\S*|তারিখ\S*|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার|আগামী\S*|কাল|পরশু|অফিসে|কাজে|সপ্তাহ\S*|মাস\S*)`;
const BN_RETURN = r`(?:ফিরব|ফিরবো|ফিরে\s+আসব|ফিরে\s+আসবো|জয়েন\s+করব|জয়েন\s+করবো|যোগ\s+দেব|অফিসে\s+আসব|অফিসে\s+আসবো)`;

// ---- Marathi (आहे is every person's "is": the writer is मी, or the future असेन "I shall be") ----
const MR_AWAY =
  r`(?:रजेवर|रजेत|सुट्टीवर|सुटीवर|सुट्टीत|कार्यालयाबाहेर|ऑफिसबाहेर|ऑफिसच्या\s+बाहेर|कार्यालयाच्या\s+बाहेर|प्रवासात|दौऱ्यावर|बाहेरगावी|परदेशात|आजारी|परिषदेत|कॉन्फरन्समध्ये)`;

// ---- Nepali (छु "I am", हुनेछु "I shall be") ----
const NE_AWAY = r`(?:बिदा|छुट्टी|यात्रा|भ्रमण|विदेश|सम्मेलन|बाहिर|सुत्केरी)`;

// ---- Gujarati (છું "I am") ----
const GU_AWAY = r`(?:રજા|વેકેશન|પ્રવાસ|ટૂર|બહારગામ|વિદેશ|બહાર|કોન્ફરન્સ|મુસાફરી)`;

// ---- Punjabi (ਹਾਂ "I am" is also "yes": read only right after the absence and its postposition) ----
const PA_AWAY = r`(?:ਛੁੱਟੀ|ਛੁਟੀ|ਸਫ਼?ਰ|ਟੂਰ|ਦੌਰੇ|ਯਾਤਰਾ|ਕਾਨਫਰੰਸ|ਵਿਦੇਸ਼|ਬਾਹਰ)`;

// ---- Tamil (Tamil script and romanised) ----
const TA_AWAY =
  r`(?:விடுப்பு|விடுப்பில்|விடுமுறை|லீவ|லீவு|பயணத்|வெளியூர|வெளிநாட்ட|மாநாட்ட|வெளியே|வெளிய|மகப்பேறு)`;
const TA_I_AM = r`(?:இருக்கிறேன்|இருக்கேன்|இருக்கின்றேன்|இருப்பேன்|இருக்கிறோம்|இருப்போம்|உள்ளேன்|உள்ளோம்)`;
const TAR_AWAY = r`(?:leave|lv|vidumurai|vidupp?u|travel|ooru|oorla|outstation|veliyoor|veliyur|veliya|veliye)`;
const TAR_I_AM = r`(?:irukken|irukkiren|irukkaen|iruken|irukiren|iruppen|irupen|irukom|irukkom|irukkean)`;

// ---- Telugu (ఉన్నాను "I am", లేను "I am not") ----
const TE_AWAY = r`(?:సెలవు|లీవ్|ప్రయాణ|టూర్|విదేశ|బయట|కాన్ఫరెన్స్)`;

// ---- Kannada (ಇದ್ದೇನೆ "I am", often fused: ರಜೆಯಲ್ಲಿದ್ದೇನೆ) ----
const KN_AWAY = r`(?:ರಜೆ|ರಜಾ|ಲೀವ್|ಪ್ರಯಾಣ|ಪ್ರವಾಸ|ವಿದೇಶ|ಹೊರಗ|ಸಮ್ಮೇಳನ|ಕಾನ್ಫರೆನ್ಸ್)`;

// ---- Malayalam (no person in the verb: ഞാൻ, or the sentence opening on the absence) ----
const ML_AWAY = r`(?:അവധി|ലീവ|യാത്ര|വിദേശ|പുറത്ത|ടൂർ|കോൺഫറൻസ|പ്രസവാവധി)`;
const ML_IS = r`(?:ാണ്|ായിരിക്കും|\s+ആണ്|\s+ആയിരിക്കും)`;

// ---- Sinhala (colloquial ඉන්නවා is every person's: මම, or the literary සිටිමි "I am") ----
const SI_AWAY =
  r`(?:නිවාඩුවෙ|නිවාඩුවේ|නිවාඩු\s+මත|නිවාඩු\s+ගිහින්|නිවාඩු\s+අරන්|සංචාරයක|විදෙස්\s+ගත|විදේශගත|විදේශයක|ගමනක|ඔෆිස්\s+එකේ\s+නෑ|ඔෆිස්\s+නෑ|කාර්යාලයේ\s+නැත|කාර්යාලයේ\s+නැහැ|කාර්යාලයෙන්\s+බැහැර|අසනීප)`;

export const MORE_WORLD_ABSENCES: ReadonlyArray<WorldAbsence> = [
  // Albanian. jam "I am", do të jem "I shall be"; kthehem "I return". ë folds to e (më = me).
  {
    code: 'sq',
    away: words(
      r`(?:jam|jemi|do\s+(?:të\s+)?(?:jem|jemi)|ndodhem|ndodhemi)\s+(?:\S+\s+){0,3}?(?:me|në)\s+(?:\S+\s+)?${SQ_LEAVE}`,
      r`(?:jam|jemi|do\s+(?:të\s+)?(?:jem|jemi)|ndodhem|ndodhemi)\s+(?:\S+\s+){0,2}?(?:jashtë\s+(?:zyrës|vendit|shtetit|qytetit)|(?:i|e)\s+sëmurë|në\s+spital|larg\s+zyrës)`,
      r`nuk\s+(?:jam|do\s+(?:të\s+)?jem)\s+në\s+zyrë`,
      // mungoj "I am absent" (not më mungon, "I miss").
      r`(?:do\s+(?:të\s+)?)?(?:mungoj|mungojmë)(?!\p{L})`,
      r`^[^\p{L}\p{N}]*(?:jashtë\s+zyrës|me\s+pushime|në\s+pushime|me\s+leje)`,
      // "I return on the 12th" (not "do t'ju kthehem", I'll get back to you).
      r`(?<!ju\s)(?:kthehem|rikthehem|kthehemi)\s+(?:në\s+zyrë\s+|në\s+punë\s+)?(?:më\s+|në\s+|nga\s+|të\s+)?${SQ_WHEN}`,
      r`kur\s+të\s+kthehem|me\s+kthimin\s+tim|pas\s+kthimit\s+tim|pas\s+kthimit(?!\s+të\s)|me\s+t'?u\s+kthyer|sapo\s+të\s+kthehem`,
      r`akses\s+(?:të\s+)?(?:kufizuar|limituar)`,
      r`(?:zyra|zyrat|dyqani|kompania|biznesi|klinika)\s+(?:\S+\s+){0,3}?(?:(?:është|do\s+(?:të\s+)?jetë|janë|do\s+(?:të\s+)?jenë|mbetet|qëndron|qëndrojnë)\s+(?:\S+\s+)?(?:e|të)\s+mbyllur|mbyllet|mbyllen)`,
      r`(?:jemi|do\s+(?:të\s+)?jemi)\s+(?:\S+\s+)?(?:të\s+)?mbyllur`,
    ),
    notNow: words(
      r`nuk\s+(?:jam|jemi)\s+(?:\S+\s+)?(?:me|në)\s+(?:pushime|leje)|nuk\s+(?:jam|jemi)\s+(?:i|e|të)\s+sëmurë|s'(?:jam|jemi)\s+me\s+pushime`,
      r`(?:isha|ishim|ishte|ishin)(?!\p{L})|u\s+(?:ktheva|kthyem)|sapo\s+u\s+kthye|(?:jam|jemi)\s+kthyer`,
      r`nga\s+(?:java|muaji)\s+(?:e|i)\s+ardhsh|nga\s+nesër|duke\s+filluar\s+(?:nga\s+)?(?:nesër|java|e\s+hëna)|javën\s+e\s+ardhshme\s+(?:do|jam|nisem|iki)`,
      r`para\s+(?:pushimeve|se\s+të\s+(?:iki|nisem|largohem|dal))`,
      r`(?:është|janë)\s+(?:\S+\s+)?(?:me|në)\s+(?:pushime|leje|udhëtim)|zëvendësoj`,
      r`nuk\s+(?:punoj|punojmë)\s+më|(?:jam|u)\s+larguar\s+nga|u\s+largova`,
    ),
  },
  // Macedonian (Cyrillic, with the common Latin spellings). сум "I am", ќе бидам "I shall be"; ќ folds to к.
  {
    code: 'mk',
    away: words(
      r`(?:сум|ќе\s+бидам|сме|ќе\s+бидеме)\s+(?:\S+\s+){0,2}?на\s+(?:\S+\s+)?${MK_LEAVE}(?!\p{L})`,
      r`на\s+(?:\S+\s+)?${MK_LEAVE}\s+(?:\S+\s+)?(?:сум|сме)(?!\p{L})`,
      r`(?:сум|сме|ќе\s+бидам|ќе\s+бидеме)\s+(?:\S+\s+)?(?:надвор\s+од\s+(?:канцеларија|канцеларијата|земјата|градот)|отсутен|отсутна|болен|болна|во\s+странство|во\s+болница)`,
      r`(?:отсутен|отсутна|болен|болна)\s+сум|(?:отсуствувам|отсуствуваме)(?!\p{L})`,
      r`(?:не\s+сум|нема\s+да\s+бидам)\s+во\s+(?:канцеларија|канцеларијата)`,
      r`^[^\p{L}\p{N}]*(?:надвор\s+од\s+канцеларија|на\s+(?:годишен\s+)?одмор)(?!\p{L})`,
      // "I'll be back on …" (not ќе ви се вратам, I'll get back to you).
      r`(?:ќе\s+се\s+вратам|се\s+враќам|ќе\s+бидам\s+назад)\s+(?:во\s+канцеларија\s+|на\s+работа\s+)?(?:на\s+|во\s+|по\s+|од\s+|после\s+)?${MK_WHEN}`,
      r`по\s+(?:моето\s+)?враќање(?!\s+на\s)|кога\s+ќе\s+се\s+вратам|штом\s+(?:ќе\s+)?се\s+вратам`,
      r`ограничен\s+пристап`,
      r`(?:канцеларијата|канцелариите|фирмата|продавницата|компанијата|салонот|ние)\s+(?:\S+\s+){0,3}?(?:е|ќе\s+биде|се|ќе\s+бидат|сме|ќе\s+бидеме|останува)\s+затворен\p{L}*`,
      r`затворен\p{L}*\s+(?:\S+\s+)?(?:за|поради|заради|во\s+текот\s+на)\s+(?:\S+\s+){0,2}(?:празни|божиќ|велигден|нова\s+година|новогодиш|одмор|колективен|рамазан|курбан)`,
      r`sum\s+na\s+(?:godi[sš]en\s+)?(?:odmor|boleduvanje|pat)(?!\p{L})|na\s+(?:godi[sš]en\s+)?odmor\s+sum`,
    ),
    notNow: words(
      r`не\s+сум\s+на\s|(?:бев|бевме|беше|бевте|бяхме|бяха|бях)(?!\p{L})|се\s+вратив|штотуку`,
      r`од\s+(?:следната|наредната|идната)\s+(?:недела|седмица|месец)|од\s+утре|утре\s+(?:патувам|заминувам|одам|тргнувам)`,
      r`(?:следната|наредната|идната)\s+(?:недела|седмица)\s+(?:ќе\s+бидам|сум|заминувам|одам)|пред\s+(?:мојот\s+)?(?:одмор|заминување|да\s+заминам)`,
      r`е\s+на\s+(?:\S+\s+)?(?:одмор|боледување|отсуство|породилно|пат|патување)|(?:ја|го)\s+замен(?:увам|ува)`,
      r`веќе\s+не\s+работам|не\s+работам\s+(?:веќе|повеќе)|ne\s+sum\s+na\s+odmor|bev\s+na\s+odmor`,
    ),
  },
  // Georgian. ვარ "I am", ვიმყოფები (formal), ვიქნები "I shall be"; დავბრუნდები "I'll be back"
  // (not დავბრუნდი "I came back"); აღარ "no longer" (left), არ "not".
  {
    code: 'ka',
    away: words(
      r`${KA_LEAVE}\p{L}*\s+(?:\p{L}+\s+)?${KA_I_AM}`,
      r`(?:ვარ|ვიქნები|ვიმყოფები|ვართ)\s+(?:\p{L}+\s+)?${KA_LEAVE}`,
      r`(?:ოფისში|სამსახურში|ადგილზე|თბილისში)\s+არ\s+${KA_I_AM}`,
      r`არ\s+(?:ვარ|ვიქნები|ვიმყოფები)\s+(?:ოფისში|სამსახურში)`,
      r`ოფისის\s+გარეთ\s+${KA_I_AM}`,
      r`(?:ავად|შეუძლოდ)\s+(?:ვარ|გავხდი|ვიქნები)(?!\p{L})`,
      r`(?:დავბრუნდები|ვბრუნდები|დავბრუნდებით)(?!\p{L})`,
      r`(?:დაბრუნებისთანავე|დაბრუნებისას|დაბრუნების\s+შემდეგ|ჩამოსვლისთანავე|ჩამოსვლის\s+შემდეგ)\s+(?:\p{L}+\s+){0,2}(?:გიპასუხებთ|გიპასუხებ|დაგიკავშირდებით|მოგწერთ|გავეცნობი)`,
      r`(?:გიპასუხებთ|დაგიკავშირდებით|მოგწერთ)\s+(?:\p{L}+\s+){0,2}(?:დაბრუნებ|ჩამოსვლ)`,
      r`შეზღუდული\s+(?:\p{L}+\s+)?წვდომა|წვდომა\s+(?:\p{L}+\s+)?შეზღუდული`,
      r`(?:ოფისი|ოფისები|კომპანია|მაღაზია|სალონი|ფილიალი)\s+(?:\S+\s+){0,3}(?:დაკეტილია|დახურულია|დაკეტილი\s+იქნება|დახურული\s+იქნება|არ\s+იმუშავებს)`,
      r`(?:დღესასწაულ|არდადეგ|ახალი\s+წლის|საახალწლო|შობის|აღდგომის)\p{L}*\s+(?:\S+\s+){0,3}(?:დაკეტილი\s+ვართ|დახურული\s+ვართ|არ\s+ვიმუშავებთ)`,
      r`(?:დაკეტილი|დახურული)\s+ვართ`,
    ),
    notNow: words(
      r`${KA_LEAVE}\p{L}*\s+არ\s+${KA_I_AM}`,
      r`არ\s+(?:ვარ|ვიმყოფები)\s+${KA_LEAVE}`,
      r`(?:ვიყავი|ვიყავით|ვიმყოფებოდი|დავბრუნდი|დავბრუნდით|ჩამოვედი|იყო)(?!\p{L})`,
      r`მომავალი\s+(?:კვირიდან|თვიდან|ორშაბათიდან)|ხვალიდან|შვებულებამდე|წასვლამდე|გამგზავრებამდე`,
      r`მომავალ\s+(?:კვირას|თვეს|ორშაბათს)\s+(?:\p{L}+\s+)?${KA_LEAVE}`,
      // Someone else: "is on leave" (-შია, -ზეა, არის), "I'm standing in for".
      r`${KA_LEAVE}\p{L}*(?:შია|ზეა)(?!\p{L})`,
      r`${KA_LEAVE}\p{L}*\s+(?:არის|იმყოფება)(?!\p{L})`,
      r`ვცვლი|ვანაცვლებ|მის\s+ნაცვლად|აღარ\s+ვმუშაობ`,
    ),
  },
  // Armenian. եմ "I am", կլինեմ "I shall be", բացակայում եմ "I am absent"; կվերադառնամ "I'll return"
  // (with a date, not "I'll come back to this"); էի "I was", վերադարձա "I came back".
  {
    code: 'hy',
    away: words(
      r`${HY_LEAVE}\S*\s+(?:\S+\s+)?(?:եմ|ենք|կլինեմ|կլինենք)(?!\p{L})`,
      r`(?:գտնվում\s+(?:եմ|ենք)|կգտնվեմ)\s+(?:\S+\s+)?(?:${HY_LEAVE}|գրասենյակից\s+դուրս)`,
      r`(?:բացակայում|բացակա)\s+(?:եմ|ենք)|(?:եմ|ենք)\s+բացակայում|բացակայելու\s+եմ`,
      r`(?:հիվանդ|հիվանդացել|վատառողջ)\s+(?:եմ|ենք)(?!\p{L})`,
      r`(?:գրասենյակում|աշխատավայրում)\s+(?:չեմ|չենք)(?!\p{L})`,
      r`(?:չեմ|չենք)\s+(?:գտնվում|լինի|լինելու)\s+(?:\S+\s+)?գրասենյակում`,
      r`գրասենյակից\s+դուրս\s+(?:եմ|ենք|կլինեմ)`,
      r`կվերադառնամ\s+(?:\S+\s+)?${HY_WHEN}`,
      r`(?:\p{N}\S*|\S+ին|վաղը|երկուշաբթի|հաջորդ\s+շաբաթ)\s+(?:\S+\s+)?(?:կվերադառնամ|կվերադառնանք)`,
      // "As soon as I'm back" (-ս "my"), "after returning I'll answer".
      r`վերադառնալուս|վերադարձիս|վերադառնալու(?:ն\s+պես|ց\s+հետո)\s+(?:\S+\s+)?(?:կպատասխանեմ|կկապվեմ|կգրեմ)`,
      r`(?:կպատասխանեմ|կկապվեմ|կգրեմ)\s+(?:\S+\s+){0,2}վերադառնալու`,
      r`սահմանափակ\s+(?:\S+\s+)?(?:հասանելիություն|հնարավորություն)`,
      r`(?:գրասենյակ|խանութ|ընկերություն|սրահ|մասնաճյուղ)\S*\s+(?:\S+\s+){0,3}(?:փակ\s+(?:է|կլինի|են|կլինեն)|չի\s+աշխատի|չեն\s+աշխատի)`,
      r`(?:տոն|ամանոր|նոր\s+տար|սուրբ\s+ծնն|զատկ)\S*\s+(?:\S+\s+){0,4}(?:փակ\s+(?:է|ենք|կլինի|կլինենք)|չենք\s+աշխատի|չի\s+աշխատի)`,
    ),
    notNow: words(
      r`(?:չեմ|չենք)\s+(?:\S+\s+)?${HY_LEAVE}`,
      r`${HY_LEAVE}\S*\s+(?:չեմ|չենք)`,
      r`(?:էի|էինք|վերադարձա|վերադարձանք|վերադարձել)(?!\p{L})`,
      r`(?<!մինչ(?:և|եւ)?\s)հաջորդ\s+(?:շաբաթ|ամս|երկուշաբթի)`,
      r`վաղ(?:ը|վանից)\s+(?:\S+\s+)?(?:${HY_LEAVE}|մեկն)`,
      r`(?:արձակուրդ|գործուղ|մեկնել)\S*ից\s+առաջ`,
      r`${HY_LEAVE}\S*\s+(?:է|են)(?!\p{L})`,
      r`փոխարինում\s+եմ|այլ(?:և|եւ)ս\s+չեմ\s+աշխատում|չեմ\s+աշխատում\s+այլ(?:և|եւ)ս`,
    ),
  },
  // Azerbaijani. Locative + "I am": məzuniyyətdəyəm, ezamiyyətdəyəm, səfərdəyəm; olacağam "I shall
  // be"; qayıdacağam "I'll return". ə and ı typed as e and i (see `loose`).
  {
    code: 'az',
    away: words(
      ...az(
        r`${AZ_LEAVE}\p{L}{0,3}?(?:dəyəm|dayam|dəyik|dayıq|təyəm|tayam)(?!\p{L})`,
        r`${AZ_LEAVE}\p{L}{0,3}?(?:də|da)\s+(?:olacağam|olacam|olacağıq)`,
        r`(?:ofisdə|iş\s+yerində|işdə|ofisimdə)\s+(?:\S+\s+)?(?:deyiləm|yoxam|olmayacağam|olmayacam)`,
        r`ofisdən\s+kənar(?:dayam|da\s+olacağam)`,
        r`xəstəyəm|xəstələnmişəm`,
        r`(?:işə|ofisə|işimə|bakıya)\s+(?:\S+\s+)?(?:qayıdacağam|qayıdacam|qayıdıram|dönəcəyəm|çıxacağam)`,
        r`${AZ_WHEN}\S*\s+(?:\S+\s+)?(?:qayıdacağam|qayıdacam|geri\s+dönəcəyəm|ofisdə\s+olacağam|işdə\s+olacağam)`,
        r`(?:qayıtdıqdan|qayıdandan|qayıdışımdan|qayıtdıqda|qayıdanda|qayıdan\s+kimi|qayıtdığım\s+kimi)\s+(?:sonra\s+)?(?:\S+\s+){0,2}(?:cavab\s+verəcəyəm|cavablandıracağam|əlaqə\s+saxlayacağam|yazacağam|baxacağam)`,
        r`məhdud\s+(?:\S+\s+)?(?:çıxış|giriş|imkan)`,
        r`(?:ofis|şirkət|mağaza|filial)\p{L}*\s+(?:\S+\s+){0,4}(?:bağlı\s+olacaq|bağlıdır|bağlı\s+qalacaq|fəaliyyət\s+göstərməyəcək)`,
        r`(?:bayram|novruz|qurban|ramazan|yeni\s+il)\p{L}*\s+(?:\S+\s+){0,4}(?:bağlı|işləməyəcəyik)`,
      ),
    ),
    notNow: words(
      ...az(
        r`(?:idim|idik|qayıtdım|qayıtdıq|qayıtmışam|qayıtmışıq|dönmüşəm)(?!\p{L})`,
        r`${AZ_LEAVE}\p{L}{0,3}?(?:də|da)\s+deyiləm`,
        r`gələn\s+(?:həftədən|aydan|bazar\s+ertəsindən)|sabahdan`,
        r`gələn\s+(?:həftə|ay)\s+(?:\S+\s+)?${AZ_LEAVE}`,
        // "Sizə … qayıdacağam" is "I'll get back to you".
        r`sizə\s+(?:\S+\s+){0,3}(?:qayıdacağam|qayıdacam|dönəcəyəm)|artıq\s+(?:\S+\s+){0,2}(?:ofisdə|işdə)`,
        r`(?:${AZ_LEAVE}|getmə)\p{L}*\s+(?:əvvəl|qabaq)`,
        r`${AZ_LEAVE}\p{L}{0,3}?(?:dədir|dadır)`,
        r`əvəz\s+edirəm|əvəzləyirəm|artıq\s+(?:\S+\s+){0,2}işləmirəm`,
      ),
    ),
  },
  // Kazakh. Locative + "I am": демалыстамын, іссапардамын; боламын "I shall be"; ораламын "I'll
  // return". Phones may use Russian letters for ә ғ қ ң ө ұ ү і (see `loose`).
  {
    code: 'kk',
    away: words(
      ...kk(
        r`${KK_LEAVE}\p{L}{0,4}?(?:да|де|та|те)(?:мын|мін|мыз|міз)(?!\p{L})`,
        r`${KK_LEAVE}\p{L}{0,4}?(?:да|де|та|те)\s+(?:боламын|боламыз)`,
        r`ауырып\s+(?:жатырмын|қалдым|жүрмін|тұрмын)|науқаспын`,
        r`(?:кеңседе|офисте|жұмыста|жұмыс\s+орнымда)\s+(?:\S+\s+)?(?:жоқпын|болмаймын|жоқпыз|болмаймыз)`,
        r`(?:кеңседен|офистен|байланыстан)\s+тыс(?:пын|пыз|\s+боламын)`,
        r`${KK_WHEN}\S*\s+(?:\S+\s+)?(?:ораламын|ораламыз|қайтамын|қайтамыз)(?!\p{L})`,
        r`жұмысқа\s+(?:\S+\s+)?(?:шығамын|ораламын|қайтамын)`,
        r`(?:оралғаннан|оралған\s+соң|қайтқаннан|қайтып\s+келгеннен|оралысымен)\s+(?:кейін\s+|соң\s+)?(?:\S+\s+){0,2}(?:жауап\s+беремін|хабарласамын|жазамын|қараймын)`,
        r`(?:қолжетімділігім|кіру\s+мүмкіндігім|мүмкіндігім)\s+шектеулі|шектеулі\s+(?:\S+\s+)?(?:қолжетімділік|мүмкіндік)`,
        r`(?:кеңсе|офис|дүкен|компания|филиал)\p{L}*\s+(?:\S+\s+){0,4}жабық(?:\s+болады|\s+болмақ|\s+тұрады|пыз)?(?!\p{L})`,
        r`(?:мереке|мейрам|жаңа\s+жыл)\p{L}*\s+(?:\S+\s+){0,4}(?:жабық|жұмыс\s+істемейді|жұмыс\s+істемейміз|жұмыс\s+жасамайды)`,
        r`жабықпыз`,
      ),
    ),
    notNow: words(
      ...kk(
        r`(?:болдым|болдық|едім|едік|оралдым|оралдық|қайттым|болды)(?!\p{L})`,
        r`${KK_LEAVE}\p{L}{0,4}?(?:да|де|та|те)\s+емес`,
        r`келесі\s+(?:аптадан|айдан|дүйсенбіден)|ертеңнен|ертең\s+(?:\S+\s+)?(?:шығамын|кетемін|аттанамын)`,
        r`(?:${KK_LEAVE}|кету)\p{L}*\s+(?:дейін|бұрын|алдында)\s+(?:\S+\s+)?(?:сөйлес|кездес|хабарлас|талқыла)`,
        r`шықпас\s+бұрын|кетпес\s+бұрын`,
        r`келесі\s+(?:аптада|айда)\s+(?:\S+\s+)?${KK_LEAVE}`,
        r`сізге\s+(?:\S+\s+){0,3}(?:ораламын|қайтамын)`,
        r`орнына\s+мен|жұмыстан\s+кеттім|енді\s+(?:\S+\s+){0,2}жұмыс\s+істемеймін`,
      ),
    ),
  },
  // Uzbek, Latin then Cyrillic. Locative + "I am": taʼtildaman, safardaman; boʻlaman "I shall be";
  // qaytaman "I'll return". ʻ typed as ʼ, ' or left out; ў folds to у, й to и (see `loose`).
  {
    code: 'uz',
    away: words(
      ...uz(
        r`${UZ_LEAVE}\p{L}{0,3}?da(?:man|miz)(?!\p{L})`,
        r`${UZ_LEAVE}\p{L}{0,3}?da\s+(?:boʻlaman|boʻlamiz)`,
        r`kasalman|betobman|kasal\s+boʻlib\s+qoldim|shamollab\s+qoldim`,
        r`(?:ofisda|ishda|ish\s+joyimda)\s+(?:\S+\s+)?(?:emasman|yoʻqman|boʻlmayman)`,
        r`${UZ_WHEN}\S*\s+(?:\S+\s+)?(?:qaytaman|qaytamiz|qaytib\s+kelaman)(?!\p{L})`,
        r`ishga\s+(?:\S+\s+)?chiqaman`,
        r`(?:qaytganimdan|qaytib\s+kelganimdan|qaytgach|qaytganimda|qaytishim\s+bilan)\s+(?:keyin\s+|soʻng\s+)?(?:\S+\s+){0,2}(?:javob\s+beraman|bogʻlanaman|yozaman|koʻrib\s+chiqaman)`,
        r`(?:kirishim|imkoniyatim|aloqam)\s+cheklangan|cheklangan\s+(?:\S+\s+)?(?:kirish|imkoniyat)`,
        r`(?:ofis|kompaniya|doʻkon|idora|filial)\p{L}*\s+(?:\S+\s+){0,4}yopiq(?!\p{L})`,
        r`(?:bayram|navroʻz|hayit|yangi\s+yil)\p{L}*\s+(?:\S+\s+){0,6}(?:yopiq|ishlamaydi|ishlamaymiz)`,
        r`${UZ_LEAVE_CYR}\p{L}{0,3}?да(?:ман|миз)(?!\p{L})`,
        r`${UZ_LEAVE_CYR}\p{L}{0,3}?да\s+(?:бўламан|бўламиз)`,
        r`касалман|бетобман|касал\s+бўлиб\s+қолдим|шамоллаб\s+қолдим`,
        r`(?:офисда|ишда|иш\s+жойимда)\s+(?:\S+\s+)?(?:эмасман|бўлмайман)`,
        r`${UZ_WHEN_CYR}\S*\s+(?:\S+\s+)?(?:қайтаман|қайтамиз|қайтиб\s+келаман)(?!\p{L})`,
        r`ишга\s+(?:\S+\s+)?чиқаман`,
        r`(?:қайтганимдан|қайтиб\s+келганимдан|қайтгач|қайтганимда)\s+(?:кейин\s+|сўнг\s+)?(?:\S+\s+){0,2}(?:жавоб\s+бераман|боғланаман|ёзаман)`,
        r`(?:киришим|имкониятим|алоқам)\s+чекланган`,
        r`(?:офис|компания|дўкон|идора|филиал)\p{L}*\s+(?:\S+\s+){0,4}ёпиқ(?!\p{L})`,
        r`(?:байрам|наврўз|ҳайит|янги\s+йил)\p{L}*\s+(?:\S+\s+){0,6}(?:ёпиқ|ишламайди|ишламаймиз)`,
      ),
    ),
    notNow: words(
      ...uz(
        r`(?:edim|edik|qaytdim|qaytdik|qaytib\s+keldim|эдим|эдик|қайтдим|қайтиб\s+келдим)(?!\p{L})`,
        r`${UZ_LEAVE}\p{L}{0,3}?da\s+emasman`,
        r`${UZ_LEAVE_CYR}\p{L}{0,3}?да\s+эмасман`,
        r`keyingi\s+(?:haftadan|oydan|dushanbadan)|ertadan|ertangi\s+kundan`,
        r`keyingi\s+(?:haftada|oyda)\s+(?:\S+\s+)?${UZ_LEAVE}`,
        r`кейинги\s+(?:ҳафтада|ойда)\s+(?:\S+\s+)?${UZ_LEAVE_CYR}`,
        r`sizga\s+(?:\S+\s+){0,3}qaytaman|сизга\s+(?:\S+\s+){0,3}қайтаман`,
        r`(?:taʻtil|safar|ketish)\p{L}*dan\s+oldin`,
        r`кейинги\s+(?:ҳафтадан|ойдан|душанбадан)|эртадан`,
        r`(?:таътил|сафар|кетиш)\p{L}*дан\s+олдин`,
        r`oʻrniga\s+(?:\S+\s+)?men|ўрнига\s+(?:\S+\s+)?мен`,
        r`ishdan\s+ketdim|ишдан\s+кетдим|endi\s+(?:\S+\s+){0,2}ishlamayman|энди\s+(?:\S+\s+){0,2}ишламайман`,
      ),
    ),
  },
  // Maltese. Participles (qiegħed, imsiefer) have no person: the writer is jien, ninsab "I find
  // myself", (se) nkun "I shall be", or the clause opens on the absence. ħ typed as h (see `loose`).
  {
    code: 'mt',
    away: words(
      ...mt(
        r`(?:jien|jiena|ninsab|se\s+nkun|ser\s+inkun|ser\s+nkun|sejjer\s+inkun|sa\s+nkun|nkun|inkun|bħalissa)\s+(?:\S+\s+){0,2}?${MT_AWAY}`,
        r`^[^\p{L}\p{N}]*(?:qiegħed\s+|qiegħda\s+)?${MT_AWAY}`,
        r`m'?inix\s+(?:\S+\s+)?(?:fl-uffiċċju|l-uffiċċju|fix-xogħol)`,
        // "I'll be back on …" (not nerġa' lura għandek, I'll get back to you).
        r`(?:nirritorna|nerġa'?\s+lura|nkun\s+lura|inkun\s+lura)\s+(?:fl-uffiċċju\s+|l-uffiċċju\s+|għax-xogħol\s+)?(?:fl-|fil-|f'|nhar|it-|l-|il-|\p{N}|mit-|minn|għada|wara|sal-)`,
        r`(?:meta|malli|hekk\s+kif)\s+(?:nirritorna|nerġa'?\s+lura|nkun\s+lura|inkun\s+lura|niġi\s+lura)|mar-ritorn\s+tiegħi`,
        r`aċċess\s+(?:\S+\s+)?limitat`,
        r`(?:l-uffiċċju|l-uffiċċji|il-ħanut|il-kumpanija|l-istudjo|aħna)\s+(?:\S+\s+){0,3}?(?:magħluq|magħluqa|magħluqin)`,
      ),
    ),
    notNow: words(
      ...mt(
        r`(?:kont|konna)(?!\p{L})|(?:kien|kienet|kienu)\s+magħluq`,
        r`għadni\s+kemm|għadna\s+kemm|(?:ġejt|ġejna|rġajt|rġajna)\s+lura|irritornajt`,
        r`m'?inix\s+(?:fuq|imsiefer|imsiefra|marid|marida|f'vaganza|fil-vaganza|barra)`,
        r`mill-ġimgħa\s+d-dieħla|minn\s+għada|il-ġimgħa\s+d-dieħla\s+(?:se|ser|sejjer|sa|nkun|inkun)`,
        r`qabel\s+(?:ma\s+(?:nitlaq|immur|noħroġ)|il-(?:leave|btala|vaganza))`,
        r`(?:huwa|hija|hu|hi)\s+(?:\S+\s+)?(?:qiegħed|qiegħda|fuq|barra|imsiefer|imsiefra)`,
        r`qed\s+nieħu\s+ħsieb|nissostitwixxi|minflokha|minfloku|m'għadnix\s+naħdem|ma\s+naħdimx\s+aktar`,
      ),
    ),
  },
  // Irish. táim / tá mé "I am", beidh mé "I shall be"; fillfidh mé "I will return"; bhí mé "I was".
  // Fadas fold away. "Beidh mé ar ais chugat" is "I'll get back to you".
  {
    code: 'ga',
    away: words(
      r`(?:táim|tá\s+mé|beidh\s+mé|bím|táimid|tá\s+muid|beimid|beidh\s+muid)\s+(?:\S+\s+){0,2}?(?:${GA_AWAY})(?!\p{L})`,
      r`^[^\p{L}\p{N}]*(?:as\s+(?:an\s+)?oifig|ar\s+s(?:h)?aoire|ar\s+laethanta\s+saoire)`,
      r`(?:fillfidh\s+(?:mé|muid)|fillfimid|beidh\s+(?:mé|muid)\s+(?:\S+\s+)?ar\s+ais|beimid\s+(?:\S+\s+)?ar\s+ais)(?!\s+(?:chugat|chugaibh|chuig|leat|libh|leis|le|ort|oraibh|faoi))`,
      r`nuair\s+a\s+fhillfidh\s+mé|nuair\s+a\s+fhillim|ar\s+fhilleadh\s+dom|ar\s+m'fhilleadh|tar\s+éis\s+dom\s+filleadh|nuair\s+a\s+bheidh\s+mé\s+ar\s+ais`,
      r`rochtain\s+(?:\S+\s+)?theoranta`,
      r`(?:an\s+oifig|na\s+hoifigí|an\s+siopa|an\s+comhlacht|muid|táimid|beimid)\s+(?:\S+\s+){0,2}?dúnta`,
      r`dúnta\s+(?:le\s+haghaidh|don|do\s+na|thar|ó|go\s+dtí|ar\s+feadh|i\s+rith)`,
    ),
    notNow: words(
      r`(?:bhí\s+mé|bhíos|bhíomar|bhí\s+muid|bhí\s+an\s+oifig)(?!\p{L})`,
      r`ar\s+ais\s+ó|díreach\s+tar\s+éis|tagtha\s+ar\s+ais|(?:táim|tá\s+mé)\s+ar\s+ais(?![\s\S]{0,20}(?:ar\s+an|dé|amárach))`,
      r`(?:nílim|níl\s+mé|nílimid|níl\s+muid)\s+(?:\S+\s+)?(?:ar\s+s(?:h)?aoire|tinn|ag\s+taisteal)`,
      r`ón\s+tseachtain\s+seo\s+chugainn|ó\s+amárach|ón\s+luan\s+seo\s+chugainn`,
      r`(?<!go\s+dtí\s+)an\s+tseachtain\s+seo\s+chugainn`,
      r`roimh\s+(?:mo\s+)?(?:laethanta\s+saoire|shaoire|saoire|imeacht)|sula\s+n-imím`,
      // Someone else: "tá Seán ar saoire", "ina áit" (in his place).
      r`(?:tá|beidh)\s+(?!mé|muid|an\s+oifig)\S+\s+(?:\S+\s+)?(?:ar\s+s(?:h)?aoire|as\s+(?:an\s+)?oifig|tinn|ag\s+taisteal)`,
      r`ina\s+háit|ina\s+áit|ní\s+oibrím\s+(?:\S+\s+){0,3}(?:a\s+thuilleadh|níos\s+mó)|d'fhág\s+mé`,
    ),
  },
  // Welsh. rydw i / dw i / rwy'n "I am", byddaf / bydda i "I shall be"; "fydda i ddim yn y swyddfa"
  // "I won't be in the office"; roeddwn "I was". Circumflexes fold away.
  {
    code: 'cy',
    away: words(
      r`${CY_I}\s+(?:\S+\s+){0,2}?${CY_AWAY}(?!\p{L})`,
      r`(?:fydda\s+i|fyddaf|fyddwn|dydw\s+i|dw\s+i|dwi|sa\s+i)\s+ddim\s+yn\s+y\s+swyddfa|nid\s+(?:wyf|ydw\s+i|fyddaf)\s+yn\s+y\s+swyddfa`,
      r`^[^\p{L}\p{N}]*(?:allan\s+o'?r\s+swyddfa|ar\s+wyliau|i\s+ffwrdd)`,
      // "I'll be back" (not "yn ôl mewn cysylltiad", back in touch).
      r`(?:byddaf\s+yn|bydda\s+i'n|bydda\s+i\s+yn|byddwn\s+yn|byddwn\s+ni'n|fe\s+fyddaf\s+yn|mi\s+fydda\s+i'n)\s+(?:ôl|nôl|dychwelyd)(?!\s+(?:mewn\s+cysylltiad|atoch|atat|i\s+chi|gyda|â|ag))`,
      r`dychwelaf|dychwelwn`,
      r`pan\s+fyddaf\s+yn\s+ôl|pan\s+fydda\s+i'n\s+ôl|pan\s+fyddwn\s+yn\s+ôl|pan\s+ddof\s+yn\s+ôl|pan\s+ddo\s+i'n\s+ôl|ar\s+ôl\s+i\s+mi\s+ddychwelyd|wedi\s+i\s+mi\s+ddychwelyd|ar\s+fy\s+nychweliad`,
      r`mynediad\s+cyfyngedig`,
      r`(?:mae'r|mae|bydd|byddwn|rydyn\s+ni|dyn\s+ni|ry'n\s+ni)\s+(?:\S+\s+){0,2}ar\s+gau`,
      r`ar\s+gau\s+(?:dros|tan|ar\s+gyfer|rhwng|yn\s+ystod)`,
    ),
    notNow: words(
      r`(?:roeddwn|ro'n\s+i|oeddwn|roedden\s+ni|roedd)(?!\p{L})`,
      r`newydd\s+(?:ddod|gyrraedd|ddychwelyd|dod)|(?:rydw\s+i'n|dw\s+i'n|dwi'n|rwy'n)\s+ôl`,
      r`ddim\s+(?:ar\s+(?:wyliau|fy\s+ngwyliau|absenoldeb)|i\s+ffwrdd|yn\s+sâl|yn\s+teithio)`,
      r`o'?r\s+wythnos\s+nesaf|o\s+yfory|o\s+ddydd\s+\S+\s+nesaf|cyn\s+(?:fy\s+ngwyliau|y\s+gwyliau|i\s+mi\s+(?:fynd|adael))`,
      r`(?<!tan\s(?:yr\s)?)wythnos\s+nesaf\s+(?:bydda|byddaf|fydda|dw|rydw|rwy)`,
      r`(?:ar\s+wyliau|i\s+ffwrdd|ar\s+absenoldeb)\s+(?:yr\s+)?wythnos\s+nesaf`,
      // Someone else: "mae Siân ar wyliau", "tra bod … i ffwrdd", "cyflenwi" (covering).
      r`mae\s+(?!'r\s)\S+\s+(?:ar\s+wyliau|ar\s+absenoldeb|i\s+ffwrdd|yn\s+sâl|allan\s+o'?r\s+swyddfa)`,
      r`tra\s+(?:bod|mae)\s+\S+\s+(?:ar|i|allan)|cyflenwi|yn\s+ei\s+lle`,
      r`(?:dydw\s+i|dw\s+i)\s+ddim\s+yn\s+gweithio|wedi\s+gadael\s+y\s+cwmni`,
    ),
  },
  // Basque. nago "I am (somewhere)", nabil "I'm going about", egongo naiz "I shall be"; itzuliko naiz
  // "I'll return", nengoen "I was", itzuli naiz "I have returned".
  {
    code: 'eu',
    away: words(
      r`${EU_AWAY}\s+(?:\S+\s+)?(?:nago|gaude|egongo\s+naiz|egongo\s+gara|nabil|gabiltza)(?!\p{L})`,
      r`(?<!ez\s)(?:nago|gaude|egongo\s+naiz|egongo\s+gara|nabil)\s+${EU_AWAY}`,
      r`(?:bulegoan|lanean)\s+ez\s+(?:nago|naiz|gaude|egongo\s+naiz|egongo\s+gara)|ez\s+(?:nago|naiz|egongo\s+naiz)\s+bulegoan`,
      r`${EU_WHEN}\s+(?:\S+\s+)?(?:itzuliko|bueltatuko)\s+(?:naiz|gara)`,
      r`(?:bueltan|itzulita)\s+(?:\S+\s+)?(?:izango|egongo)\s+(?:naiz|gara)`,
      r`itzultzen\s+naizenean|bueltatzen\s+naizenean|bueltan\s+nagoenean`,
      r`(?:itzultzean|bueltatzean|itzuli\s+ondoren|itzuli\s+bezain\s+laster)\s+(?:\S+\s+){0,2}(?:dizut|dizuet)`,
      r`sarbide\s+mugatua`,
      r`(?:bulegoa|bulegoak|denda|enpresa)\s+(?:\S+\s+){0,3}itxita\s+(?:dago|egongo|daude)`,
      r`itxita\s+(?:egongo\s+)?(?:gaude|gara)`,
    ),
    notNow: words(
      r`ez\s+(?:nago|gaude)\s+(?:oporretan|bidaian|bajan|gaixorik)|(?:oporretan|bidaian|bajan|gaixorik|kanpoan)\s+ez\s+(?:nago|gaude)`,
      r`(?:nengoen|geunden|zegoen|nintzen|ginen)(?!\p{L})|egon\s+(?:naiz|gara|zen)(?!\p{L})`,
      r`(?:itzuli|bueltatu)\s+(?:berri\p{L}*\s+)?(?:naiz|gara)(?!\p{L})|(?:itzuli|bueltatu)\s+berri`,
      r`datorren\s+(?:astetik|hilabetetik|astelehenetik)|bihartik`,
      r`(?:oporr|bidai|baimen|joan)\p{L}*\s+aurretik`,
      r`datorren\s+astean\s+(?:\S+\s+)?(?:oporretan|kanpoan|bidaian|baimenean)`,
      r`itzuliko\s+naiz\s+zuregana|zuregana\s+itzuliko`,
      // Someone else: "Ane oporretan dago".
      r`(?:oporretan|bidaian|bajan|baimenean|kanpoan|gaixorik|bulegotik\s+kanpo)\s+(?:dago|daude)(?!\p{L})`,
      r`ez\s+dut\s+(?:\S+\s+){0,3}lan\s+egiten`,
    ),
  },
  // Galician. estou "I am", estarei "I shall be", volvo / volverei "I (will) return"; estiven "I
  // was". ñ and accents fold away (vacacións = vacacions).
  {
    code: 'gl',
    away: words(
      r`(?:estou|estarei|estamos|estaremos|sigo|seguirei|atópome|atoparei|encóntrome)\s+(?:\S+\s+){0,2}?${GL_AWAY}`,
      r`(?:non\s+estou|non\s+estarei|non\s+estaremos)\s+(?:\S+\s+)?na\s+oficina`,
      r`^[^\p{L}\p{N}]*(?:fóra\s+da\s+oficina|de\s+vacacións|de\s+viaxe)`,
      r`(?:volverei|regresarei|retornarei|reincorporareime|incorporareime|estarei\s+de\s+volta|volvo|regreso|reincorpórome)\s+(?:á\s+oficina\s+|ao\s+traballo\s+)?${GL_WHEN}`,
      r`(?:responderei|contestarei|atenderei|lerei)\s+(?:\S+\s+){0,3}(?:á\s+miña\s+volta|ao\s+meu\s+regreso|cando\s+volva|cando\s+regrese|á\s+volta)`,
      r`(?:á\s+miña\s+volta|ao\s+meu\s+regreso|cando\s+volva)\s+(?:\S+\s+){0,2}(?:responderei|contestarei|atenderei)`,
      r`acceso\s+(?:\S+\s+)?limitado`,
      r`(?:oficina|oficinas|tenda|empresa|estamos|estaremos|permaneceremos)\s+(?:\S+\s+){0,3}?pechad[oa]s?`,
    ),
    notNow: words(
      r`non\s+(?:estou|estamos|estarei)\s+(?:de\s+(?:vacacións|baixa|viaxe|permiso)|fóra|ausente|enferm)`,
      r`(?:estiven|estivemos|estivo|estiveron)(?!\p{L})`,
      r`acab(?:o|amos)\s+de\s+(?:volver|regresar|chegar)|(?:volvín|regresei|voltei)(?!\p{L})|(?:xa\s+)?estou\s+de\s+volta`,
      r`a\s+partir\s+d[ao]\s+(?:semana|mes|luns)\s+que\s+vén|a\s+partir\s+de\s+mañá|(?:dende|desde)\s+mañá`,
      r`antes\s+d(?:e\s+|as\s+|as\s+miñas\s+)?(?:vacacións|marchar|irme|saír)`,
      r`(?<!ata\s)a\s+semana\s+que\s+vén\s+(?:estarei|estou|marcho|vou)`,
      r`(?:de\s+vacacións|de\s+viaxe|fóra)\s+a\s+semana\s+que\s+vén`,
      r`(?:está|estará)\s+(?:\S+\s+)?(?:de\s+(?:vacacións|baixa|viaxe|permiso)|fóra\s+da\s+oficina|ausente)`,
      r`xa\s+non\s+traballo|deixei\s+a\s+empresa`,
    ),
  },
  // Amharic. ነኝ "I am", እሆናለሁ "I shall be", እመለሳለሁ "I'll return", ስመለስ "when I return";
  // ነበርኩ "I was", ተመልሻለሁ "I have returned". Prefixes (በ "at", ከ "from") join the word.
  {
    code: 'am',
    away: words(
      r`(?:በ|ለ)?${AM_LEAVE}\S*\s+(?:\S+\s+)?(?:ላይ\s+)?(?:ነኝ|ነን|እሆናለሁ|እንሆናለን|እገኛለሁ)(?!\p{L})`,
      r`ታምሜያለሁ|ታምሜአለሁ|አሞኛል`,
      r`(?:ከቢሮ|ከመሥሪያ\s+ቤት|ከአገር|ከሀገር)\s+ውጭ\s+(?:\S+\s+)?(?:ነኝ|ነን|እሆናለሁ|እገኛለሁ)`,
      r`(?:ቢሮ|በቢሮ|ቢሮው)\s+(?:\S+\s+)?(?:የለሁም|አልገኝም|አልኖርም)`,
      r`${AM_WHEN}\S*\s+(?:\S+\s+)?(?:እመለሳለሁ|እንመለሳለን)`,
      r`ስመለስ|ከተመለስኩ\s+በኋላ|እንደተመለስኩ|ስንመለስ|ከተመለስን\s+በኋላ`,
      r`(?:ኢሜይል|ኢሜል|ኢንተርኔት)\S*\s+(?:\S+\s+){0,3}(?:ውስን|የተገደበ)`,
      r`(?:ቢሮ|ድርጅታችን|ድርጅቱ|ሱቃችን|መሥሪያ\s+ቤታችን|መስሪያ\s+ቤታችን)\S*\s+(?:\S+\s+){0,4}(?:ዝግ|ይዘጋል|ተዘግቷል|አይከፈትም)`,
      r`(?:በዓል|በአል|በዓላት|ገና|ፋሲካ|ጥምቀት|መስቀል|ኢድ|እንቁጣጣሽ)\S*\s+(?:\S+\s+){0,4}(?:ዝግ|ይዘጋል|ተዘግቷል|አይከፈትም)`,
    ),
    notNow: words(
      r`(?:ነበርኩ|ነበርን|ነበር|ተመልሻለሁ|ተመልሰናል|ተመለስኩ|መጣሁ)(?!\p{L})`,
      r`ከሚቀጥለው\s+(?:ሳምንት|ወር|ሰኞ)|ከነገ\s+ጀምሮ|በሚቀጥለው\s+ሳምንት\s+(?:\S+\s+)?(?:እረፍት|ፈቃድ|ጉዞ)`,
      r`(?:ከእረፍት|ከዕረፍት|ከእረፍቴ|ከፈቃድ|ከፈቃዴ|ከጉዞ|ከመሄዴ|ከመሄድ)\S*\s+በፊት`,
      // Someone else (ነው "he is", ናት "she is"), the denial (አይደለሁም "I am not"), left (ለቅቄያለሁ).
      r`(?:በ|ለ)?${AM_LEAVE}\S*\s+(?:ላይ\s+)?(?:ነው|ናት|ናቸው)(?!\p{L})`,
      r`ምትክ|አይደለሁም|አይደለንም|ለቅቄያለሁ|(?:እዚህ|ድርጅት)\s+(?:\S+\s+){0,2}አልሰራም`,
    ),
  },
  // Bengali, in Bengali script, then romanised as typed on phones ("ami chutite achi"). আছি "I am",
  // থাকব "I shall be", ফিরব "I'll return"; আছেন / আছে is someone else, ছিলাম "I was".
  {
    code: 'bn',
    away: indic(
      r`${BN_AWAY}\S*\s+(?:\S+\s+)?(?:আছি|রয়েছি|থাকব|থাকবো|থাকছি)${END}`,
      r`আমি\s+${gap(3)}(?:অফিসে|কর্মস্থলে|ঢাকায়|শহরে)\s+(?:\S+\s+)?নেই${END}`,
      r`(?:অফিসে|কর্মস্থলে)\s+(?:থাকব|থাকবো)\s+না${END}`,
      r`আমি\s+(?:\S+\s+)?অসুস্থ|আমার\s+শরীর\s+(?:\S+\s+)?খারাপ`,
      r`${BN_WHEN}\s+(?:\S+\s+)?${BN_RETURN}${END}`,
      r`ফিরে\s+(?:এসে|আসার\s+পর|এসেই)\s+${gap(2)}(?:উত্তর|জবাব|জানাব|জানাবো|যোগাযোগ|রিপ্লাই|দেখব|দেখবো)`,
      r`সীমিত\s+(?:\S+\s+)?(?:অ্যাক্সেস|এক্সেস|সুযোগ)`,
      r`(?:অফিস|দোকান|প্রতিষ্ঠান|কার্যালয়|শোরুম)\S*\s+${gap(6)}বন্ধ(?:\s+(?:থাকবে|আছে|রয়েছে|থাকছে)${END}|(?=\s*(?:[.!,।]|$)))`,
      // romanised
      r`(?:chh?ut(?:t)?i(?:te|r)?|leave(?:\s*-?\s*(?:e|a|te))?)\s+(?:\S+\s+)?(?:achi|aachi|achhi|asi|thakbo|thakchi)${END}`,
      r`(?:baire|bairey)\s+(?:\S+\s+)?(?:achi|aachi|achhi|thakbo)${END}`,
      r`(?:firbo|fire\s+asbo|fire\s+ashbo|join\s+korbo)${END}`,
      r`fire\s+(?:eshe|ese|asar\s+por)\s+${gap(2)}(?:reply|uttor|janabo|jabab|dibo|debo)`,
      r`(?:office|offc|dokan)\s+${gap(3)}(?:bondho|bondo|bandh|bondh)\s+(?:thakbe|ache|thakche)${END}`,
      r`ami\s+(?:\S+\s+)?(?:osustho|asustho|oshustho|oshusto)${END}`,
    ),
    notNow: indic(
      r`(?:ছিলাম|ফিরেছি|ফিরলাম|ফিরে\s+এসেছি)${END}`,
      r`(?:আগামী\s+(?:সপ্তাহ|মাস|সোমবার)\S*|আগামীকাল)\s+থেকে|যাওয়ার\s+আগে|ছুটি\S*\s+আগে`,
      // কাল is yesterday and tomorrow: "from tomorrow" only with the future থাকব.
      r`কাল\s+থেকে\s+${gap(3)}(?:থাকব|থাকবো)`,
      r`আগামী\s+(?:সপ্তাহে|মাসে)\s+(?:\S+\s+)?${BN_AWAY}`,
      // Someone else (আছেন, আছে), and the denial "ছুটিতে নেই / নই".
      r`(?:ছুটিতে|লিভে|সফরে|বাইরে)\s+(?:\S+\s+)?(?:আছেন|আছে|রয়েছেন)${END}`,
      r`ছুটিতে\s+(?:নেই|নই)${END}`,
      r`চাকরি\s+ছেড়ে\s+দিয়েছি|আর\s+(?:\S+\s+){0,3}(?:চাকরি|কাজ)\s+করি\s+না`,
      r`(?:chilam|chhilam|firechi|firlam|fire\s+eshechi|fire\s+esechi)${END}`,
      r`(?:next\s+week|agami\s+(?:soptah|saptah|week)|agamikal)\s+(?:theke|thke)|kal\s+theke\s+${gap(3)}thakbo|chutir?\s+age|jawar\s+age`,
      r`(?:chh?ut(?:t)?ite|leave\s*e)\s+(?:\S+\s+)?(?:achen|ache)${END}`,
    ),
  },
  // Marathi.
  {
    code: 'mr',
    away: indic(
      r`मी\s+${gap(6)}${MR_AWAY}\s+(?:\S+\s+)?(?:आहे|असेन|असणार\s+आहे)${END}`,
      r`${MR_AWAY}\s+(?:\S+\s+)?(?:असेन|आहोत|असू)${END}`,
      r`^[^\p{L}\p{N}]*(?:सध्या\s+)?${MR_AWAY}\s+आहे${END}`,
      r`मी\s+${gap(3)}(?:ऑफिसमध्ये|कार्यालयात|ऑफिसला)\s+(?:\S+\s+)?(?:नाही|नसेन)${END}`,
      r`(?:रुजू\s+होईन|कामावर\s+(?:परत\s+)?येईन|ऑफिसला\s+(?:परत\s+)?येईन|परत\s+येईन)${END}`,
      r`(?:परत\s+आल्यावर|परतल्यावर|परत\s+आल्यानंतर)\s+${gap(2)}\S*(?:ईन|ेन)${END}`,
      r`(?:ईमेल|ई-मेल|मेल)\S*\s+${gap(3)}मर्यादित`,
      r`(?:कार्यालय|ऑफिस|दुकान|कंपनी)\S*\s+${gap(6)}बंद\s+(?:राहील|आहे|राहणार|असेल)${END}`,
    ),
    notNow: indic(
      r`(?:होतो|होते|होती|परत\s+आलो|परत\s+आले|परतलो|परतले)${END}`,
      r`पुढच्या\s+(?:आठवड्यापासून|महिन्यापासून|सोमवारपासून)|उद्यापासून|जाण्यापूर्वी|जाण्याआधी`,
      r`पुढच्या\s+(?:आठवड्यात|महिन्यात)\s+(?:\S+\s+)?${MR_AWAY}`,
      r`(?:रजेवर|सुट्टीवर|सुटीवर)\s+(?:नाही|नाहीये|आहेत)${END}`,
      // Someone else: "… की X रजेवर आहे", "ते / त्या रजेवर".
      r`की\s+(?:\S+\s+){1,3}(?:रजेवर|सुट्टीवर|सुटीवर)`,
      r`(?:ते|त्या|तो|ती|सर|मॅडम)\s+(?:\S+\s+)?(?:रजेवर|सुट्टीवर)`,
      r`नोकरी\s+सोडली|कंपनी\s+सोडली|आता\s+(?:\S+\s+){0,3}काम\s+करत\s+नाही`,
    ),
  },
  // Nepali.
  {
    code: 'ne',
    away: indic(
      r`${NE_AWAY}\S*\s+(?:\S+\s+)?(?:छु|छौं|छौँ|हुनेछु|हुनेछौं|रहनेछु|रहेको\s+छु|रहेकी\s+छु)${END}`,
      r`बिरामी\s+(?:\S+\s+)?(?:छु|परेको\s+छु|परेकी\s+छु)`,
      r`म\s+${gap(3)}(?:कार्यालयमा|अफिसमा)\s+(?:\S+\s+)?(?:छैन|हुनेछैन|हुने\s+छैन)${END}`,
      r`(?:फर्कनेछु|फर्किनेछु|फर्कन्छु|फर्किन्छु|फर्किनेछौं)${END}`,
      r`(?:फर्केपछि|फर्किएपछि|फर्केर\s+आएपछि|फर्किसकेपछि)\s+${gap(2)}\S*(?:नेछु|न्छु)${END}`,
      r`(?:इमेल|ईमेल|मेल)\S*\s+${gap(3)}सीमित`,
      r`(?:कार्यालय|अफिस|पसल|कम्पनी)\S*\s+${gap(6)}बन्द\s+(?:रहनेछ|हुनेछ|छ|रहेको\s+छ|रहने\s+छ)${END}`,
    ),
    notNow: indic(
      r`(?:थिएँ|थियौं|फर्किएँ|फर्केँ|फर्कें|फर्केको\s+छु|फर्किसकेको|फर्किसकें)${END}`,
      r`अर्को\s+(?:हप्तादेखि|महिनादेखि|सोमबारदेखि)|भोलिदेखि|जानु\s*(?:अघि|भन्दा\s+अघि|अगाडि)|बिदा\S*\s+(?:अघि|अगाडि)`,
      r`अर्को\s+(?:हप्ता|महिना)\s+(?:(?!सम्म)\S+\s+)?${NE_AWAY}`,
      // Someone else (हुनुहुन्छ, छन्, छिन्) and the denial (छैन).
      r`(?:बिदा|छुट्टी|यात्रा)\S*\s+(?:हुनुहुन्छ|छन्|छिन्|छैन)${END}`,
      r`जागिर\s+छोडें|अब\s+(?:\S+\s+){0,3}काम\s+गर्दिन`,
    ),
  },
  // Gujarati.
  {
    code: 'gu',
    away: indic(
      r`${GU_AWAY}\S*\s+(?:(?:પર|ઉપર|માં|થી)\s+)?(?:છું|છીએ|હોઈશ|રહીશ|હોઈશું)${END}`,
      r`(?:બીમાર|માંદો|માંદી)\s+(?:\S+\s+)?છું${END}|તબિયત\s+(?:\S+\s+)?સારી\s+નથી`,
      r`હું\s+${gap(3)}(?:ઓફિસમાં|ઑફિસમાં|કાર્યાલયમાં)\s+(?:\S+\s+)?નથી${END}`,
      r`(?:પાછો|પાછી|પરત)\s+(?:\S+\s+)?(?:આવીશ|ફરીશ|જોડાઈશ)${END}`,
      r`(?:પાછા|પાછો|પાછી|પરત)\s+(?:આવ્યા|આવીને|ફર્યા)\s+(?:પછી\s+)?${gap(2)}\S*ીશ${END}`,
      r`(?:ઈમેલ|ઇમેલ|મેલ)\S*\s+${gap(3)}મર્યાદિત`,
      r`(?:ઓફિસ|ઑફિસ|કાર્યાલય|દુકાન|કંપની)\S*\s+${gap(6)}બંધ\s+(?:રહેશે|છે)${END}`,
    ),
    notNow: indic(
      r`(?:હતો|હતી|હતા|આવી\s+ગયો|આવી\s+ગઈ|પાછો\s+આવ્યો|પાછી\s+આવી|પરત\s+આવ્યો)${END}`,
      r`આવતા\s+(?:અઠવાડિયાથી|મહિનાથી|સોમવારથી)|કાલથી|(?:રજા|વેકેશન|જતા|જવા)\S*\s+(?:પહેલાં|પહેલા)`,
      r`આવતા\s+(?:અઠવાડિયે|મહિને)\s+(?:\S+\s+)?${GU_AWAY}`,
      // Someone else (છે) and the denial (નથી).
      r`(?:રજા|વેકેશન)\S*\s+પર\s+(?:છે|નથી)${END}`,
      r`નોકરી\s+છોડ|હવે\s+(?:\S+\s+){0,3}કામ\s+(?:કરતો|કરતી)\s+નથી`,
    ),
  },
  // Punjabi, in Gurmukhi. Nukta letters (ਫ਼) are typed with or without the dot.
  {
    code: 'pa',
    away: indic(
      r`${PA_AWAY}\S*\s+(?:(?:'?ਤੇ|ਉੱਤੇ|ਉਤੇ|ਵਿੱਚ|ਵਿਚ|ਗਿਆ\s+ਹੋਇਆ|ਗਈ\s+ਹੋਈ)\s+)?(?:ਹਾਂ|ਰਹਾਂਗਾ|ਰਹਾਂਗੀ|ਹੋਵਾਂਗਾ|ਹੋਵਾਂਗੀ)${END}`,
      r`(?:ਬਿਮਾਰ|ਬੀਮਾਰ)\s+(?:\S+\s+)?ਹਾਂ${END}|ਤਬੀਅਤ\s+(?:\S+\s+)?ਠੀਕ\s+ਨਹੀਂ`,
      r`ਮੈਂ\s+${gap(3)}(?:ਦਫ਼?ਤਰ|ਆਫਿਸ)\S*\s+(?:\S+\s+)?ਨਹੀਂ\s+(?:ਹਾਂ|ਹੋਵਾਂਗਾ|ਹੋਵਾਂਗੀ)${END}`,
      r`ਵਾਪਸ\s+(?:\S+\s+)?(?:ਆਵਾਂਗਾ|ਆਵਾਂਗੀ|ਆਵਾਂਗੇ)${END}|(?:ਪਰਤਾਂਗਾ|ਪਰਤਾਂਗੀ)${END}`,
      r`(?:ਵਾਪਸ\s+ਆ\s+ਕੇ|ਵਾਪਸ\s+ਆਉਣ\s+ਤੋਂ\s+ਬਾਅਦ|ਪਰਤਣ\s+ਤੋਂ\s+ਬਾਅਦ|ਪਰਤ\s+ਕੇ)\s+${gap(2)}\S*(?:ਾਂਗਾ|ਾਂਗੀ)${END}`,
      r`(?:ਈਮੇਲ|ਮੇਲ)\S*\s+${gap(3)}(?:ਸੀਮਤ|ਸੀਮਿਤ)`,
      r`(?:ਦਫ਼?ਤਰ|ਦੁਕਾਨ|ਕੰਪਨੀ|ਆਫਿਸ)\S*\s+${gap(6)}ਬੰਦ\s+(?:ਰਹੇਗਾ|ਰਹੇਗੀ|ਹੈ|ਰਹਿਣਗੇ)${END}`,
    ),
    notNow: indic(
      r`(?:ਸੀ|ਸਾਂ|ਆ\s+ਗਿਆ|ਆ\s+ਗਈ|ਵਾਪਸ\s+ਆਇਆ|ਵਾਪਸ\s+ਆਈ|ਪਰਤਿਆ|ਪਰਤੀ)${END}`,
      r`ਅਗਲੇ\s+(?:ਹਫ਼?ਤੇ|ਮਹੀਨੇ|ਸੋਮਵਾਰ)\s+ਤੋਂ|(?:ਛੁੱਟੀ|ਜਾਣ)\S*\s+ਤੋਂ\s+ਪਹਿਲਾਂ`,
      r`ਅਗਲੇ\s+(?:ਹਫ਼?ਤੇ|ਮਹੀਨੇ)\s+(?:(?!ਤੱਕ|ਤਕ)\S+\s+)?(?:ਛੁੱਟੀ|ਛੁਟੀ)`,
      r`(?:ਛੁੱਟੀ|ਛੁਟੀ)\S*\s+(?:'?ਤੇ\s+)?(?:ਨਹੀਂ|ਹੈ|ਹਨ)${END}`,
      r`ਨੌਕਰੀ\s+ਛੱਡ|ਹੁਣ\s+(?:\S+\s+){0,4}ਕੰਮ\s+ਨਹੀਂ\s+ਕਰਦ`,
    ),
  },
  // Tamil, in Tamil script, then romanised as typed on phones ("leave la irukken"). -ஏன் is "I".
  {
    code: 'ta',
    away: indic(
      r`${TA_AWAY}\S*\s+(?:\S+\s+)?${TA_I_AM}${END}`,
      r`(?:நான்|நாங்கள்)\s+${gap(3)}(?:அலுவலகத்தில்|ஆபீஸில்|ஆபீஸ்ல|ஆபிஸ்ல|ஆஃபீஸில்|ஊரில்|ஊர்ல)\s+(?:\S+\s+)?(?:இல்லை|இருக்க\s+மாட்டேன்)${END}`,
      r`(?:உடல்நலம்|உடம்பு)\s+(?:\S+\s+)?(?:சரியில்லை|சரி\s+இல்லை)`,
      r`(?:திரும்புவேன்|திரும்பி\s+வருவேன்|திரும்ப\s+வருவேன்|(?:அலுவலகம்|ஆபீஸ்|ஆபிஸ்)\s+வருவேன்)${END}`,
      r`(?:திரும்பி\s+வந்ததும்|திரும்பியதும்|திரும்பி\s+வந்த\s+பிறகு|திரும்பி\s+வந்தவுடன்|வந்ததும்)\s+${gap(2)}\S*(?:வேன்|பேன்|கிறேன்|றேன்)${END}`,
      r`(?:மின்னஞ்சல்|ஈமெயில்|மெயில்)\S*\s+${gap(2)}(?:குறைவாக|அவ்வப்போது|எப்போதாவது)`,
      r`(?:அலுவலகம்|ஆபீஸ்|ஆபிஸ்|கடை|நிறுவனம்)\S*\s+${gap(6)}(?:மூடப்பட்டிருக்கும்|மூடப்பட்டுள்ளது|மூடியிருக்கும்|மூடி\s+இருக்கும்|இயங்காது|செயல்படாது|விடுமுறை)${END}`,
      // romanised
      r`${TAR_AWAY}\S*\s+(?:\S+\s+)?${TAR_I_AM}${END}`,
      r`(?:thirumbi|thirumba|tirumbi)\s+(?:\S+\s+)?(?:varuven|varen|varuvaen|vandhuduven|vanthuduven)${END}`,
      r`(?:vandhadhum|vanthathum|vandhathum|vandha\s+odane|vantha\s+odane)\s+${gap(2)}\S*(?:ren|ven|pen)${END}`,
      r`udambu\s+(?:sari\s*illa|sariyilla|sari\s*ille|sariillai)`,
      r`naan\s+${gap(3)}(?:office|offc|ofc|aapees)\S*\s+(?:(?:la|le|il)\s+)?(?:illa|illai|ille)${END}`,
    ),
    notNow: indic(
      r`(?:இருந்தேன்|இருந்தோம்|வந்துவிட்டேன்|வந்துட்டேன்|திரும்பிவிட்டேன்|திரும்பினேன்)${END}`,
      r`அடுத்த\s+(?:வாரம்|மாதம்|திங்கள்)\S*\s+(?:முதல்|இருந்து|லிருந்து)|அடுத்த\s+வாரத்திலிருந்து|நாளை\s+(?:முதல்|இருந்து)|நாளையிலிருந்து`,
      r`அடுத்த\s+(?:வாரம்|மாதம்)\s+(?:(?!வரை)\S+\s+)?(?:விடுப்பு|விடுப்பில்|விடுமுறை|லீவ)`,
      r`(?:விடுப்பு|விடுமுறை|லீவு|லீவ்|போவதற்கு|போறதுக்கு|கிளம்புவதற்கு)\S*\s+(?:முன்பு|முன்னாடி|முன்)${END}`,
      // Someone else (-ஆர், -ஆங்க) and the denial (இல்லை).
      r`${TA_AWAY}\S*\s+(?:\S+\s+)?(?:இருக்கிறார்|இருக்கார்|இருக்காங்க|உள்ளார்|இல்லை)${END}`,
      r`வேலையை\s+விட்ட`,
      r`(?:irundhen|irunthen|irundhaen|vandhutten|vanthutten|vandhuten|vanthuten|vanten|mudinjidhu|mudinjuthu|mudinjitu)${END}`,
      r`(?:next\s+week|adutha\s+(?:vaaram|varam|week))\s+(?:(?!varai|varaikkum)\S+\s+)?(?:leave|lv|vidumurai)|(?:next\s+week|adutha\s+(?:vaaram|varam|week))\s*(?:la\s+)?(?:irundhu|irunthu|mudhal|muthal)|naalai\s*(?:la\s+)?(?:irundhu|irunthu|mudhal)`,
      r`(?:leave|vidumurai)\s+(?:ku\s+)?(?:munnadi|munnaadi)|(?:kilambara|kilamba|porathukku|poradhukku)\S*\s+(?:munnadi|munnaadi)`,
      r`${TAR_AWAY}\S*\s+(?:\S+\s+)?(?:irukkar|irukaar|irukkaar|irukkanga|irukanga|illa)${END}`,
      r`velaiya\s+vitt`,
    ),
  },
  // Telugu. ఉన్నాను "I am" is also "I was" (with a past time word), ఉంటాను "I shall be", లేను "I am
  // not (there)", వస్తాను "I'll come"; ఉన్నా (colloquial "I am") only before a pause, not "even if".
  {
    code: 'te',
    away: indic(
      r`${TE_AWAY}\S*\s+(?:\S+\s+)?(?:ఉన్నాను|ఉన్నాము|ఉన్నాం|ఉంటాను|ఉంటాం)${END}`,
      r`${TE_AWAY}\S*\s+(?:\S+\s+)?ఉన్నా(?=\s*(?:[.!,]|$))`,
      r`(?:ఆఫీ|కార్యాలయ|ఊరి|ఊళ్ళ|ఊర్ల)\S*\s+(?:\S+\s+)?(?:లేను|ఉండను)${END}`,
      r`(?:ఒంట్లో|ఆరోగ్యం)\s+బాగా\s*లేదు|అనారోగ్యంగా\s+ఉన్నాను`,
      r`తిరిగి\s+(?:వస్తాను|వస్తా|వస్తాం|జాయిన్\s+అవుతాను)${END}|(?:విధుల్లో|ఆఫీసుకు|కార్యాలయానికి)\s+(?:\S+\s+)?(?:చేరతాను|వస్తాను)${END}`,
      r`తిరిగి\s+(?:వచ్చాక|వచ్చిన\s+తర్వాత|వచ్చిన\s+తరువాత|రాగానే)\s+${gap(2)}\S*(?:తాను|స్తా)${END}`,
      r`(?:ఈమెయిల్|ఇమెయిల్|మెయిల్)\S*\s+${gap(3)}(?:పరిమితం|పరిమిత|అప్పుడప్పుడు)`,
      r`(?:కార్యాలయం|ఆఫీసు|ఆఫీస్|షాపు|దుకాణం|కంపెనీ)\S*\s+${gap(6)}(?:మూసి\s+ఉంటుంది|మూసివేయబడుతుంది|మూసివేయబడింది|మూసివేయబడి\s+ఉంటుంది|సెలవు)${END}`,
    ),
    notNow: indic(
      r`గత\s+(?:వారం|నెల)|నిన్న${END}|మొన్న${END}|(?:వచ్చాను|వచ్చేశాను|వచ్చేసాను)${END}`,
      r`వచ్చే\s+(?:వారం|నెల)\s+(?:(?!వరకు)\S+\s+)?(?:సెలవు|లీవ్)|వచ్చే\s+(?:వారం|నెల|సోమవారం)\s+(?:నుంచి|నుండి)|రేపటి\s*(?:నుంచి|నుండి)|(?:సెలవు|లీవ్|వెళ్ళే|వెళ్లే)\S*\s+(?:ముందు|ముందే)${END}`,
      // Someone else (ఉన్నారు, ఉన్నాడు; ఉంది "she is" only after -లో, not "there is a holiday") and the
      // denial (లేను "I am not on leave").
      r`(?:సెలవు|లీవ్)\S*\s+(?:\S+\s+)?(?:ఉన్నారు|ఉన్నాడు|లేను|లేరు)${END}|(?:సెలవు|లీవ్)\S*లో\s+ఉంది${END}`,
      r`ఉద్యోగం\s+(?:మానేశాను|వదిలేశాను)|పని\s+చేయడం\s+లేదు`,
    ),
  },
  // Kannada.
  {
    code: 'kn',
    away: indic(
      r`${KN_AWAY}\S*?(?:ದ್ದೇನೆ|ದ್ದೀನಿ|ದ್ದೇವೆ|ರುತ್ತೇನೆ|ರ್ತೀನಿ)${END}`,
      r`${KN_AWAY}\S*\s+(?:\S+\s+)?(?:ಇದ್ದೇನೆ|ಇದ್ದೀನಿ|ಇರುತ್ತೇನೆ|ಇರ್ತೀನಿ|ಇದ್ದೇವೆ|ಇರುತ್ತೇವೆ)${END}`,
      r`ನಾನು\s+${gap(3)}(?:ಕಚೇರಿ|ಆಫೀಸ|ಊರ)\S*(?:\s+(?:ಇರುವುದಿಲ್ಲ|ಇರಲ್ಲ|ಇಲ್ಲ)|ಲ್ಲಿಲ್ಲ)${END}`,
      r`ಆರೋಗ್ಯ\s+(?:ಸರಿಯಿಲ್ಲ|ಸರಿ\s+ಇಲ್ಲ)|ಹುಷಾರಿಲ್ಲ`,
      r`(?:ಹಿಂತಿರುಗುತ್ತೇನೆ|ಹಿಂದಿರುಗುತ್ತೇನೆ|ವಾಪಸ್\s+ಬರುತ್ತೇನೆ|ವಾಪಸ್\s+ಬರ್ತೀನಿ|ಮರಳುತ್ತೇನೆ|ಕೆಲಸಕ್ಕೆ\s+ಹಾಜರಾಗುತ್ತೇನೆ)${END}`,
      r`(?:ಹಿಂತಿರುಗಿದ|ವಾಪಸ್\s+ಬಂದ|ಮರಳಿದ)\s+(?:ನಂತರ|ಮೇಲೆ|ಕೂಡಲೇ|ತಕ್ಷಣ)\s+${gap(2)}\S*(?:ತ್ತೇನೆ|ತೀನಿ)${END}`,
      r`(?:ಇಮೇಲ್|ಈಮೇಲ್|ಮೇಲ್)\S*\s+${gap(3)}(?:ಸೀಮಿತ|ಆಗಾಗ)`,
      r`(?:ಕಚೇರಿ|ಆಫೀಸ್|ಅಂಗಡಿ|ಕಂಪನಿ)\S*\s+${gap(6)}(?:ಮುಚ್ಚಿರುತ್ತದೆ|ಮುಚ್ಚಲ್ಪಟ್ಟಿರುತ್ತದೆ|ಮುಚ್ಚಿದೆ|ರಜೆ\s+(?:ಇರುತ್ತದೆ|ಇದೆ|ಘೋಷಿಸಲಾಗಿದೆ)|ರಜೆ)${END}`,
    ),
    notNow: indic(
      // "I was" (-ದ್ದೆ, fused or not), "I have come back".
      r`\S*ದ್ದೆ${END}|(?:ಇದ್ದೆವು|ಬಂದಿದ್ದೇನೆ|ಹಿಂತಿರುಗಿದ್ದೇನೆ|ಬಂದೆ)${END}`,
      r`ಮುಂದಿನ\s+(?:ವಾರ|ತಿಂಗಳು)\s+(?:\S+\s+)?(?:ರಜೆ|ಲೀವ್)|ಮುಂದಿನ\s+(?:ವಾರದಿಂದ|ತಿಂಗಳಿನಿಂದ|ಸೋಮವಾರದಿಂದ)|ನಾಳೆಯಿಂದ|(?:ರಜೆ|ಹೋಗುವ)\S*\s+(?:ಮುನ್ನ|ಮೊದಲು|ಮುಂಚೆ)${END}`,
      // Someone else (-ದ್ದಾರೆ "they are") and the denial (-ಲ್ಲ "not").
      r`(?:ರಜೆ|ಲೀವ್)\S*(?:ದ್ದಾರೆ|ಲ್ಲಿಲ್ಲ)${END}|(?:ರಜೆ|ಲೀವ್)\S*\s+(?:ಇದ್ದಾರೆ|ಇಲ್ಲ)${END}`,
      r`ಕೆಲಸ\s+ಬಿಟ್ಟ|ಕೆಲಸ\s+ಮಾಡುತ್ತಿಲ್ಲ`,
    ),
  },
  // Malayalam.
  {
    code: 'ml',
    away: indic(
      ...[
        r`(?:ഞാൻ|ഞങ്ങൾ)\s+${gap(4)}${ML_AWAY}\S*?${ML_IS}${END}`,
        r`^[^\p{L}\p{N}]*(?:ഇപ്പോൾ\s+)?${ML_AWAY}\S*?${ML_IS}${END}`,
        r`(?:ഞാൻ|ഞങ്ങൾ)\s+${gap(3)}(?:ഓഫീസിൽ|നാട്ടിൽ|സ്ഥലത്ത്)\s+(?:\S+\s+)?(?:ഇല്ല|ഉണ്ടാവില്ല|ഉണ്ടാകില്ല)${END}`,
        r`(?:ഞാൻ|ഞങ്ങൾ)\s+${gap(3)}(?:നാട്ടിലില്ല|സ്ഥലത്തില്ല|ഓഫീസിലില്ല)`,
        r`എനിക്ക്\s+(?:\S+\s+)?(?:സുഖമില്ല|സുഖം\s+ഇല്ല|പനിയാണ്)`,
        r`ഞാൻ\s+${gap(4)}(?:തിരിച്ചെത്തും|തിരികെ\s+എത്തും|മടങ്ങിയെത്തും|ജോലിയിൽ\s+പ്രവേശിക്കും)`,
        r`(?:(?:തിരിച്ചെത്തിയ|തിരിച്ചുവന്ന|മടങ്ങിയെത്തിയ)\s+(?:ശേഷം|ഉടൻ|ഉടനെ)|തിരിച്ചെത്തിയാലുടൻ)\s+${gap(2)}(?:\S*ാം|നൽകുന്നതാണ്|അയക്കുന്നതാണ്|ബന്ധപ്പെടുന്നതാണ്)${END}`,
        r`(?:ഇമെയിൽ|ഇ-മെയിൽ|മെയിൽ)\S*\s+${gap(3)}(?:പരിമിത|ഇടയ്ക്ക്|വല്ലപ്പോഴും)`,
        r`(?:ഓഫീസ്|ഓഫീസുകൾ|സ്ഥാപനം|കട|കമ്പനി)\S*\s+${gap(6)}(?:അവധിയായിരിക്കും|അടച്ചിരിക്കും|അടഞ്ഞുകിടക്കും|പ്രവർത്തിക്കുന്നതല്ല|പ്രവർത്തിക്കില്ല|അവധിയാണ്)${END}`,
      ].map(ml),
    ),
    notNow: indic(
      ...[
        r`\S*ിരുന്നു${END}|(?:തിരിച്ചെത്തി|തിരിച്ചുവന്നു|മടങ്ങിയെത്തി|തിരിച്ചെത്തിയിട്ടുണ്ട്)${END}`,
        r`അടുത്ത\s+(?:ആഴ്ച|മാസം)\s+(?:(?!വരെ)\S+\s+)?(?:അവധി|ലീവ)|അടുത്ത\s+(?:ആഴ്ച|മാസം|തിങ്കൾ)\S*\s+മുതൽ|നാളെ\s+മുതൽ|(?:അവധി|ലീവ്|പോകുന്നതിന്)\S*\s+(?:മുമ്പ്|മുൻപ്|മുന്നേ)`,
        // Someone else ("in his place", a third-person subject) and the denial (-അല്ല "is not").
        r`(?:അദ്ദേഹം|അവർ|അവൻ|അവൾ|സാർ|മാഡം)\s+(?:\S+\s+)?(?:അവധി|ലീവ)|(?:അദ്ദേഹത്തിന്|അവർക്ക്|അവന്|അവൾക്ക്)\s+പകരം`,
        r`\S*ലല്ല${END}`,
        r`ജോലി\s+(?:\S+\s+)?(?:വിട്ടു|ഉപേക്ഷിച്ചു)|ജോലി\s+ചെയ്യുന്നില്ല`,
      ].map(ml),
    ),
  },
  // Sinhala.
  {
    code: 'si',
    away: indic(
      r`(?:මම|මං)\s+${gap(4)}${SI_AWAY}`,
      r`(?:නිවාඩු|කාර්යාලයෙන්\s+බැහැරව|විදෙස්\s+ගතව|සංචාරයක|අසනීප)\S*\s+(?:\S+\s+)?(?:සිටිමි|සිටින්නෙමි)${END}`,
      r`මට\s+(?:\S+\s+)?(?:අසනීපයි|සනීප\s+නෑ|හොඳ\s+නෑ)`,
      r`(?:ආපහු|ආපසු|නැවත|වැඩට|කාර්යාලයට)\s+(?:\S+\s+)?(?:එන්නම්|පැමිණෙමි|පැමිණෙන්නෙමි|වාර්තා\s+කරමි)${END}`,
      r`(?:ආපහු\s+ඇවිත්|ආපසු\s+ඇවිත්|ආපු\s+ගමන්|නැවත\s+පැමිණි\s+පසු|ආපසු\s+පැමිණි\s+පසු|ආවට\s+පස්සේ|ආවම)\s+${gap(2)}\S*(?:න්නම්|මි)${END}`,
      r`(?:ඊමේල්|ඊ-මේල්|ඉමේල්)\S*\s+${gap(3)}සීමිත`,
      r`(?:කාර්යාලය|ආයතනය|ඔෆිස්|සාප්පුව|කඩය)\S*\s+${gap(6)}(?:වසා\s+(?:ඇත|තිබේ|තබනු\s+ලැබේ|තිබෙනු\s+ඇත)|වහලා|වැසී|නිවාඩු)${END}`,
    ),
    notNow: indic(
      r`(?:හිටියා|සිටියෙමි|ආවා|පැමිණියෙමි|තිබුණා)${END}`,
      r`ලබන\s+(?:සතියේ|මාසයේ)\s+(?:\S+\s+)?(?:මම\s+)?නිවාඩු|ලබන\s+(?:සතියේ|මාසයේ|සඳුදා)\s+(?:සිට|ඉඳන්|ඉඳලා)|හෙට\s+(?:සිට|ඉඳන්|ඉඳලා)|(?:යන්න|නිවාඩු\S*)\s+(?:කලින්|පෙර)${END}`,
      // Someone else ("he / she", "in place of … I") and the denial (නෙවෙයි "not").
      r`(?:එයා|ඔහු|ඇය|එතුමා|එතුමිය)\s+${gap(2)}(?:නිවාඩු|විදෙස්)|වෙනුවට\s+(?:මම|මං)`,
      r`නිවාඩු\S*\s+(?:නෙවෙයි|නොවේ|නැහැ|නෑ)${END}`,
      r`(?:රස්සාවෙන්|රැකියාවෙන්|ආයතනයෙන්)\s+(?:අයින්|ඉවත්)`,
    ),
  },
];
