/**
 * Opt-outs in the languages beyond the twelve of opt-out-languages.ts: the rest of Europe (Russian,
 * Ukrainian, Bulgarian, Serbian, Croatian and Bosnian, Slovenian, Slovak, Hungarian, Romanian, Greek,
 * Turkish, Estonian, Latvian, Lithuanian, Catalan, Icelandic), Afrikaans and Swahili, and Asia and
 * the Middle East (Japanese, Chinese, Korean, Arabic, Hebrew, Persian, Hindi and romanised Hindi,
 * Urdu, Indonesian and Malay, Vietnamese, Thai, Filipino). The guide counts an opt-out "in any
 * language"; a model that never saw a script reads these as a low-confidence guess.
 *
 * Each pattern is written from the language's grammar and common usage — the plain "unsubscribe",
 * "remove me", "stop writing to me", "don't contact me again", "I don't want more messages",
 * "where did you get my number" — in the general form its grammar gives, never one reply's words
 * (later forms were added where a set's replies showed the rules missing them: docs/REPLIES.md
 * names which). Most need the writer themselves
 * ("me", "my number"), so removing someone else does not match.
 *
 * Patterns are written as a native speaker spells them and folded like the text (fold.ts: lower
 * case, accents removed — so Greek without accents, Arabic without hamza, Vietnamese without tones
 * all match), and need a word start (`words`, world-patterns.ts), except in scripts written without
 * spaces (`anywhere`). Thirteen more languages are in opt-out-world-more.ts (Europe's smaller
 * languages, the Caucasus, Central Asia, Amharic) and ten of South Asia in opt-out-south-asia.ts;
 * `worldOptOut` below reads them all.
 */
import { SOUTH_ASIA_OPT_OUTS } from './opt-out-south-asia.ts';
import { MORE_WORLD_OPT_OUTS } from './opt-out-world-more.ts';
import {
  anywhere,
  anywhereAlternatives,
  foldPattern,
  type Matcher,
  ScriptPattern,
  wordAlternatives,
  words,
  WORD_END,
  WORD_START,
  type WorldLanguage,
} from './world-patterns.ts';

/** A whole reply that is one opt-out keyword: SMS standards (Chinese "TD", Turkish "RET", Hebrew "הסר") and their like. */
export const WORLD_KEYWORD_OPT_OUT = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${foldPattern('стоп|отписаться|отписка|відписатися|td|ret|iptal|dezabonare|leiratkozás|διαγραφή|退订|退訂|配信停止|수신거부|הסר|unreg|berhenti')})[\\s\\p{P}\\p{S}]*$`,
  'u',
);

export const WORLD_OPT_OUTS: ReadonlyArray<WorldLanguage> = [
  {
    code: 'ru',
    optOut: words(
      'отпиш(?:ите|и)\\s+(?:меня|нас)',
      'отписаться',
      'отписываюсь',
      '(?:удалите|уберите|исключите|вычеркните)\\s+(?:меня|нас|мой|мою|мои)',
      '(?:удалите|уберите|исключите)\\s+из\\s+(?:рассылки|списка|базы)\\s*(?:[.!]|$)',
      '(?:меня\\s+прошу|прошу\\s+(?:вас\\s+)?меня)\\s+(?:удалить|исключить|убрать|отписать|вычеркнуть)',
      'прошу\\s+(?:вас\\s+)?(?:удалить|исключить|убрать|отписать|вычеркнуть)\\s+меня',
      'не\\s+(?:пишите|присылайте|отправляйте|звоните|беспокойте|шлите|пиши|звони|присылай|связывайтесь)\\s+(?:мне\\s+|меня\\s+|со\\s+мной\\s+)?(?:больше|более|никогда)',
      'больше\\s+(?:мне\\s+|меня\\s+|никогда\\s+)?не\\s+(?:пишите|присылайте|отправляйте|звоните|беспокойте|шлите|пиши|звони|связывайтесь)',
      'не\\s+(?:пишите|звоните|беспокойте)\\s+(?:мне|меня)\\s*(?:[.!]|$)',
      '(?:прекратите|перестаньте|хватит)\\s+(?:мне\\s+|меня\\s+)?(?:писать|присылать|слать|звонить|спамить|беспокоить|рассылку|эти\\s+письма)',
      'не\\s+(?:хочу|желаю|хотим)\\s+(?:больше\\s+|более\\s+)?(?:получать|чтобы\\s+(?:мне|меня|со\\s+мной|нам|нас))',
      // "прошу больше мне не писать": "больше", "вас", "мне" in any order before "не".
      '(?:(?:меня|мне)\\s+)?прошу\\s+(?:(?:больше|более|вас|мне|меня|впредь|далее)\\s+){0,3}не\\s+(?:писать|присылать|звонить|беспокоить|связываться)',
      'откуда\\s+у\\s+вас\\s+(?:мой|моя|моё|мои|номер|почта|адрес)',
      'где\\s+вы\\s+(?:взяли|нашли)\\s+(?:мой|моя|моё|мои)',
      'это\\s+спам',
      'не\\s+(?:пишите|присылайте|отправляйте|звоните|шлите)\\s+(?:\\p{L}+\\s+){0,2}на\\s+(?:этот|данный)\\s+(?:адрес|номер|ящик|email|e-mail|почту)',
      '(?:на\\s+)?(?:этот|данный)\\s+(?:адрес|номер|ящик)\\s+(?:больше\\s+)?не\\s+(?:пишите|присылайте|отправляйте|звоните|шлите)',
    ),
    until: words('до\\s+(?!свидания|сих\\s+пор)', 'пока\\s+не', 'после\\s'),
  },
  {
    code: 'uk',
    optOut: words(
      'відпиш(?:іть|и)\\s+(?:мене|нас)',
      'відписатися',
      'відписуюсь',
      '(?:видаліть|приберіть|виключіть)\\s+(?:мене|нас|мій|мою|мої)',
      'не\\s+(?:пишіть|надсилайте|телефонуйте|турбуйте|дзвоніть|пиши)\\s+(?:мені\\s+|мене\\s+)?(?:більше|ніколи)',
      'більше\\s+(?:мені\\s+|мене\\s+)?не\\s+(?:пишіть|надсилайте|телефонуйте|турбуйте|дзвоніть|пиши)',
      '(?:припиніть|перестаньте|досить)\\s+(?:мені\\s+)?(?:писати|надсилати|слати|дзвонити|спамити|турбувати)',
      'не\\s+(?:хочу|бажаю|хочемо)\\s+(?:більше\\s+)?(?:отримувати|щоб\\s+(?:мені|мене|нам))',
      '(?:(?:мене|мені)\\s+)?прошу\\s+(?:(?:більше|вас|мені|мене|надалі|відтепер)\\s+){0,3}не\\s+(?:писати|надсилати|турбувати|дзвонити|контактувати)',
      // "А мене прошу вилучити з вашої розсилки" (world-referral-opt-out-check's miss): "прошу" with the infinitive.
      '(?:мене\\s+прошу|прошу\\s+(?:вас\\s+)?мене)\\s+(?:вилучити|видалити|виключити|прибрати|відписати)',
      'прошу\\s+(?:вас\\s+)?(?:вилучити|видалити|виключити|прибрати|відписати)\\s+мене',
      'звідки\\s+у\\s+вас\\s+(?:мій|моя|моє|мої)',
      'це\\s+спам',
      'не\\s+(?:пишіть|надсилайте|телефонуйте|дзвоніть)\\s+(?:\\p{L}+\\s+){0,2}на\\s+(?:цю|цей)\\s+(?:адресу|номер|пошту)',
    ),
    until: words('до\\s+(?!побачення|сих\\s+пір)', 'після\\s'),
  },
  {
    code: 'bg',
    optOut: words(
      'отпиш\\p{L}*\\s+(?:ме|ни)',
      '(?:премахнете|изтрийте|махнете|извадете)\\s+(?:ме|ни|моя|моите|мой)',
      'не\\s+ми\\s+(?:пишете|изпращайте|звънете|пращайте)\\s+(?:повече|вече)',
      'повече\\s+не\\s+ми\\s+(?:пишете|изпращайте|звънете|пращайте)',
      'не\\s+(?:ме|ни)\\s+(?:търсете|безпокойте|контактувайте)\\s+(?:повече|вече)',
      '(?:спрете|престанете)\\s+да\\s+(?:ми|ни)\\s+(?:пишете|изпращате|звъните|пращате)',
      'не\\s+(?:искам|желая|искаме)\\s+(?:повече\\s+)?да\\s+(?:получавам|получаваме|бъда\\s+търсен|ми\\s+пишете)',
      'откъде\\s+имате\\s+(?:моя|мой|моите)',
    ),
    until: words('до\\s+(?!скоро)', 'след\\s'),
  },
  {
    code: 'sh',
    optOut: words(
      // Serbian, Croatian and Bosnian in Latin letters, then Serbian in Cyrillic.
      'odjav\\p{L}*\\s+(?:me|nas)',
      '(?:uklonite|izbrišite|obrišite|maknite|skinite|izbacite)\\s+(?:me|nas|moj|moju|moje)',
      '(?:mene|nas)\\s+(?:pak\\s+|a\\s+)?(?:molim\\s+(?:vas\\s+)?)?(?:uklonite|izbrišite|obrišite|maknite|skinite|izbacite|odjavite)',
      'nemojte\\s+(?:mi|me|nam|nas)\\s+(?:više\\s+)?(?:pisati|slati|zvati|kontaktirati|javljati)',
      // "molio bih da mi više ne šalješ": "da" with the present.
      'da\\s+(?:mi|me|nam|nas)\\s+(?:više\\s+)?ne\\s+(?:šalješ|šaljete|pišeš|pišete|zoveš|zovete|javljaš|javljate|kontaktiraš|kontaktirate)',
      'ne\\s+(?:pišite|šaljite|zovite|kontaktirajte|javljajte)\\s+(?:mi|me|nam|nas)\\s+više',
      'više\\s+(?:mi\\s+|me\\s+|nam\\s+)?ne\\s+(?:pišite|šaljite|zovite|kontaktirajte)',
      'prestanite\\s+(?:da\\s+)?(?:mi\\s+|nam\\s+)?(?:slati|pisati|zvati|šaljete|pišete)',
      'ne\\s+(?:želim|želimo)\\s+(?:više\\s+)?(?:primati|dobivati|dobijati|da\\s+me|da\\s+mi)',
      'odakle\\s+vam\\s+(?:moj|moja|moji)',
      'одјав\\p{L}*\\s+(?:ме|нас)',
      '(?:уклоните|избришите|обришите|скините)\\s+(?:ме|нас|мој)',
      'немојте\\s+(?:ми|ме|нам)\\s+(?:више\\s+)?(?:писати|слати|звати)',
      'не\\s+(?:пишите|шаљите|зовите)\\s+(?:ми|ме)\\s+више',
      'престаните\\s+(?:да\\s+)?(?:ми\\s+)?(?:шаљете|пишете|слати|писати)',
      'не\\s+желим\\s+(?:више\\s+)?(?:да\\s+(?:ми|ме|примам)|примати)',
      'одакле\\s+вам\\s+мој',
    ),
    until: words('do\\s+(?!sada|danas)', 'nakon', 'poslije', 'posle', 'до\\s', 'након', 'после'),
  },
  {
    code: 'sl',
    optOut: words(
      'odjav\\p{L}*\\s+(?:me|nas)',
      '(?:odstranite|izbrišite|zbrišite)\\s+(?:me|nas|moj|mojo|moje)',
      // "Mene pa prosim odstranite s seznama": the stressed "me" before the verb.
      '(?:mene|nas)\\s+(?:pa\\s+)?(?:prosim\\s+)?(?:odstranite|izbrišite|zbrišite|odjavite)',
      'ne\\s+(?:pišite|pošiljajte|kličite|kontaktirajte)\\s+(?:mi|me|nam|nas)\\s+več',
      '(?:več|nikoli\\s+več)\\s+(?:mi\\s+|me\\s+)?ne\\s+(?:pišite|pošiljajte|kličite)',
      'prenehajte\\s+(?:mi\\s+)?(?:pošiljati|pisati|klicati)',
      'ne\\s+(?:želim|želimo)\\s+(?:več\\s+)?(?:prejemati|biti\\s+kontaktiran)',
      'od\\s+kod\\s+imate\\s+moj',
    ),
    until: words('do\\s', 'po\\s+(?:novem|praznikih)'),
  },
  {
    code: 'sk',
    // Czech's "odhláste", "nepíšte mi" already read most Slovak opt-outs (opt-out-languages.ts).
    optOut: words(
      '(?:vymažte|odstráňte|vyraďte)\\s+(?:ma|nás|moje|môj)',
      'nekontaktujte\\s+(?:ma|nás)',
      'neposielajte\\s+(?:mi|nám)',
      'nevolajte\\s+mi',
      'nechcem\\s+(?:už\\s+)?(?:dostávať|byť\\s+kontaktovan)',
      'odkiaľ\\s+máte\\s+(?:moje|môj)',
    ),
  },
  {
    code: 'hu',
    optOut: words(
      'leiratkoz',
      'iratkoztass\\p{L}*\\s+le',
      '(?:töröljenek|töröljön|vegyenek\\s+ki|vegyen\\s+ki)(?:\\s+\\p{L}+){0,2}\\s+(?:a\\s+)?(?:(?:levelező|címzett|e-?mail)?(?:listáról|listájukról|listájáról|listájokról)|adatbázisból|adatbázisukból)',
      '(?:töröljék|törölje)\\s+(?:az\\s+)?(?:adataimat|címemet|e-?mail\\s*címemet|számomat)',
      'ne\\s+(?:írjon|írjanak|keressen|keressenek|küldjön|küldjenek|hívjon|hívjanak|zaklasson|zaklassanak)(?:\\s+\\p{L}+){0,2}\\s+(?:többet|többé|soha)',
      'többet\\s+ne\\s+(?:írjon|írjanak|keressen|keressenek|küldjön|küldjenek|hívjon|hívjanak)',
      'nem\\s+(?:kérek|kérünk)\\s+(?:több|többet|semmilyen)',
      'honnan\\s+(?:van\\s+meg\\s+|szerezték?\\s+(?:meg\\s+)?)?(?:az?\\s+)?(?:telefonszámom|számom|e-?mail\\s*címem|címem|elérhetőségem)',
    ),
    until: words('(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jövő\\s+hét|hét|hónap)\\p{L}*ig(?!\\p{L})', 'után'),
  },
  {
    code: 'ro',
    optOut: words(
      'dezabon',
      '(?:ștergeți|scoateți|eliminați)[\\s-]*(?:mă|ne|adresa\\s+mea|numărul\\s+meu|datele\\s+mele)',
      'nu(?:[\\s-]*(?:mi|mă|ne))?[\\s-]+mai\\s+(?:scrieți|trimiteți|contactați|sunați|deranjați|scrie|trimite|suna)',
      'nu\\s+mai\\s+(?:vreau|doresc|dorim|vrem)\\s+(?:să\\s+)?(?:primesc|primim|fiu\\s+contactat|fim\\s+contactați|mesaje|emailuri|e-?mailuri)',
      '(?:încetați|opriți)(?:[\\s-]+\\p{L}+){0,3}[\\s-]+(?:trimit|scrie|mesaj|email|e-?mail|contact)',
      'de\\s+unde\\s+(?:aveți|ați\\s+luat)\\s+(?:numărul|adresa|datele)\\s+(?:meu|mea|mele)',
    ),
    until: words('până\\s+(?:în|la|după)', 'după\\s', 'înainte\\s+de'),
  },
  {
    code: 'el',
    optOut: words(
      'μη(?:ν)?\\s+(?:μου|μας|με)\\s+(?:ξανα\\p{L}+|στέλνετε|στείλετε|γράφετε|γράψετε|ενοχλείτε|ενοχλήσετε|τηλεφωνείτε|παίρνετε)',
      'μη(?:ν)?\\s+(?:επικοινωνείτε|επικοινωνήσετε)\\s+(?:ξανά\\s+|άλλο\\s+)?μαζί\\s+(?:μου|μας)',
      '(?:διαγράψτε|αφαιρέστε|βγάλτε)\\s+(?:με|μας|το\\s+(?:email|e-mail|τηλέφωνο|όνομα|στοιχεία)\\s+μου)',
      'διαγραφή\\s+από',
      'απεγγραφ',
      'δεν\\s+(?:θέλω|επιθυμώ|θέλουμε)\\s+(?:να\\s+)?(?:λαμβάνω|ξαναλάβω|λάβω\\s+άλλ|επικοινωνία|άλλα\\s+(?:email|μηνύματα))',
      'σταματήστε\\s+να\\s+(?:μου|μας)\\s+(?:στέλνετε|γράφετε|τηλεφωνείτε)',
      'από\\s+πού\\s+(?:έχετε|βρήκατε|πήρατε)\\s+(?:το|τα)\\s+\\p{L}+\\s+μου',
    ),
    until: words('μέχρι', 'πριν\\s+(?:από|τον|την|το)', 'μετά\\s+(?:από|τον|την|το|τις)'),
  },
  {
    code: 'tr',
    optOut: words(
      // Turkish phones often drop the dotless ı: both spellings.
      '(?:beni|bizi|adresimi|numaramı|numarami|e-?postamı|mailimi)(?:\\s+\\p{L}+){0,2}\\s+ç[iı]kar',
      '(?:listenizden|listeden)\\s+(?:beni|bizi)\\s+ç[iı]kar',
      '(?:listenizden|listeden)\\s+ç[iı]kar\\p{L}*\\s+(?:beni|bizi)',
      'bir\\s+daha\\s+(?:bana\\s+|beni\\s+)?(?:\\p{L}+\\s+){0,2}(?:yazmay|göndermey|aramay|atmay|ulaşmay|rahats[iı]z\\s+etmey)',
      '(?:bana|beni)\\s+(?:art[iı]k\\s+)?(?:yazmay|mesaj\\s+atmay|göndermey|aramay|rahats[iı]z\\s+etmey)',
      'abonelik\\p{L}*\\s+(?:iptal|ç[iı]k)',
      '(?:göndermeyi|yazmay[iı]|aramay[iı]|mesaj\\s+atmay[iı])\\s+b[iı]rak',
      '(?:mesaj|mail|e-?posta|e-?mail|arama)\\p{L}*\\s+(?:almak\\s+)?istemiyorum',
      // "mail almak istemediğini belirtti": the wish passed on (or recalled: "istemediğimi").
      '(?:mesaj|mail|e-?posta|e-?mail|arama|ileti)\\p{L}*\\s+(?:almak\\s+)?istemedi[gğ]i(?:ni|mi|mizi)',
      'numaram[iı]\\s+(?:nereden|nerden)',
      '(?:nereden|nerden)\\s+(?:buldunuz|ald[iı]n[iı]z)',
    ),
    others: words('onu', 'onları'),
    until: words('kadar', '(?!bundan)\\p{L}+(?:dan|den|tan|ten)\\s+(?:sonra|önce)'),
  },
  {
    code: 'et',
    optOut: words(
      'ärge\\s+(?:mulle|minuga|meile)?\\s*(?:enam\\s+)?(?:kirjutage|saatke|helistage|võtke)',
      '(?:eemaldage|kustutage)\\s+(?:mind|meid|minu|mu)',
      'ei\\s+(?:soovi|taha)\\s+(?:enam\\s+)?(?:\\p{L}+\\s+)?(?:saada|kirju|sõnumeid|pakkumisi|e-?kirju|teiega\\s+suhelda)',
      'lõpetage\\s+(?:\\p{L}+\\s+)?(?:saatmine|kirjutamine|helistamine)',
      'kust\\s+(?:te\\s+|sa\\s+)?(?:mu|minu)\\s+\\p{L}+\\s+sai',
      'loobu\\p{L}*\\s+(?:uudiskirja|listist|meililistist)',
      // "See on rämpspost." (not "rämpspostis", in the spam folder); "Lõpetage!" said alone.
      'see\\s+on\\s+(?:puhas\\s+|lihtsalt\\s+)?rämpspost(?!\\p{L})',
      '^\\W*(?:palun\\s+)?lõpetage\\s*(?:[.!]|$)',
    ),
  },
  {
    code: 'lv',
    optOut: words(
      '(?:nerakstiet|nesūtiet|nezvaniet|nekontaktējiet|netraucējiet)\\s+(?:man\\s+|mums\\s+|mani\\s+)?(?:vairs|vairāk)',
      'vairs\\s+(?:man\\s+)?(?:nerakstiet|nesūtiet|nezvaniet)',
      '(?:izņemiet|izdzēsiet|dzēsiet|noņemiet)\\s+(?:mani|mūs|manu|manus)',
      '(?:nevēlos|negribu|nevēlamies)\\s+(?:vairs\\s+)?(?:saņemt|tikt\\s+kontaktēt)',
      'beidziet\\s+(?:man\\s+)?(?:sūtīt|rakstīt|zvanīt)',
      'atteik\\p{L}*\\s+no\\s+(?:jūsu\\s+)?(?:vēstul|ziņojum|jaunumu|e-?pasta|saraksta)',
      'no\\s+kurienes\\s+(?:jums\\s+)?(?:ir\\s+)?(?:mans|mana)',
    ),
  },
  {
    code: 'lt',
    optOut: words(
      'ne(?:be)?(?:rašykite|siųskite|skambinkite|kontaktuokite|trukdykite)',
      'ne(?:be)?(?:rašyti|siųsti|skambinti|kontaktuoti)\\s+(?:man|mums)',
      '(?:prašau|prašome)\\s+(?:man\\s+|mums\\s+)?(?:daugiau\\s+)?(?:man\\s+)?ne(?:be)?(?:rašyti|siųsti|skambinti|kontaktuoti)',
      '(?:išbraukite|pašalinkite|ištrinkite)\\s+(?:mane|mus|mano)',
      'nenoriu\\s+(?:daugiau\\s+)?(?:gauti|kad\\s+(?:man|mane))',
      'atsisak\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:naujienlaišk|prenumerat|laišk|žinuč)',
      '(?:iš\\s+kur|kur)\\s+(?:jūs\\s+)?(?:gavote|radote)\\s+mano',
      'tai\\s+(?:yra\\s+)?(?:tiesiog\\s+)?šlamštas(?!\\p{L})',
    ),
    until: words('iki\\s+(?!pasimatymo)', 'po\\s'),
  },
  {
    code: 'ca',
    optOut: words(
      '(?:doneu|dona|donar|donin)[\\s-]*(?:me|m\')?\\s*de\\s+baixa',
      '(?:esborreu|traieu|elimineu)[\\s-]*(?:me|m\')',
      'no\\s+(?:m\'|em\\s+)(?:escriviu|envieu|truqueu|contacteu|molesteu)\\s+més',
      'no\\s+em\\s+torneu\\s+a\\s+(?:escriure|contactar|enviar|trucar)',
      'no\\s+(?:vull|volem|desitjo)\\s+(?:rebre\\s+més|ser\\s+contactat|que\\s+em\\s+(?:contacteu|escriviu|truqueu))',
      'deixeu\\s+d\'(?:enviar|escriure|trucar)[\\s-]*(?:me|m\'|em)',
      'd\'on\\s+(?:heu|has)\\s+(?:tret|obtingut|aconseguit)\\s+(?:el\\s+meu|la\\s+meva)',
    ),
  },
  {
    code: 'is',
    optOut: words(
      // ð is a letter of its own, typed as d on foreign keyboards.
      'hætti[ðd]\\s+a[ðd]\\s+(?:senda|hringja|skrifa)',
      'ekki\\s+(?:senda|skrifa)\\s+mér\\s+(?:fleiri|meira|aftur)',
      // The imperative puts "ekki" after the pronoun: "Send(u) mér ekki fleiri pósta", "Skrifið okkur ekki aftur".
      '(?:send|sendu|sendi[ðd]|skrifa[ðd]u|skrifi[ðd])\\s+(?:mér|okkur)\\s+ekki\\s+(?:fleiri|meira|aftur)',
      'taki[ðd]\\s+mig\\s+af',
      'afskrá',
      'ég\\s+vil\\s+ekki\\s+fá\\s+(?:fleiri|meira)',
      'hafi[ðd]\\s+ekki\\s+samband\\s+vi[ðd]\\s+mig',
      'hva[ðd]an\\s.{0,30}(?:númeri[ðd]|netfangi[ðd])\\s+mitt',
      'hvar\\s+(?:fengu[ðd]|fékkst|fékku[ðd])\\s.{0,20}(?:númeri[ðd]|netfangi[ðd]|símanúmeri[ðd])\\s+mitt',
      'ekki\\s+(?:hafa|haf[ðd]u)\\s+samband\\s+(?:aftur|vi[ðd]\\s+mig)',
      'þetta\\s+er\\s+(?:bara\\s+)?ruslpóstur',
      'hætti[ðd]\\s+þessu(?!\\p{L})',
    ),
  },
  {
    code: 'af',
    optOut: words(
      'moenie\\s+(?:my|ons)\\s+(?:weer\\s+|meer\\s+)?(?:e-?pos|kontak|bel|skryf|stuur|pla|sms|epos)',
      'moenie\\s+weer\\s+(?:vir\\s+)?(?:my|ons)',
      'verwyder\\s+(?:my|ons)(?!\\p{L})',
      'haal\\s+my\\s+(?:af|uit)',
      'wil\\s+nie\\s+meer\\s+(?:\\p{L}+\\s+)?(?:ontvang|gekontak|e-?posse|boodskappe)',
      'hou\\s+op\\s+om\\s+(?:vir\\s+)?my',
      'uitteken',
      'waar\\s+het\\s+(?:julle|jy|u)\\s+my\\s+(?:nommer|e-?pos|besonderhede)',
    ),
    until: words('tot\\s+(?!siens)'),
  },
  {
    code: 'sw',
    optOut: words(
      '(?:usinitumie|msinitumie|usinipigie|msinipigie|usiniandikie|msiniandikie|usinisumbue|msinisumbue)',
      'niondoe',
      '(?:acha|acheni)\\s+kunitumia',
      'sitaki\\s+(?:tena\\s+)?kupokea',
      '(?:namba|nambari|barua\\s+pepe)\\s+yangu\\s+(?:\\p{L}+\\s+)?wapi',
      'mlipata\\s+(?:\\p{L}+\\s+){0,2}yangu',
    ),
    until: words('hadi', 'mpaka', 'kabla\\s+ya', 'baada\\s+ya'),
  },
  {
    code: 'ja',
    optOut: anywhere(
      '配信(?:を)?(?:停止|不要|解除)',
      '(?:送ら|送信し|連絡し|メールし|電話し)ないで',
      // "ご連絡は今後ご遠慮ください", "ご連絡は控えていただけますよう" (referral-opt-out-check-2's misses)
      'ご?連絡(?:は)?(?:今後|以後|一切|今後一切)?(?:不要|結構|ご遠慮|お?控え)',
      // "私宛にはお送りいただかないよう": the honorific "please do not send".
      '(?:お?送り|送信|送付|ご?連絡|メール)(?:を|は)?(?:いただか|頂か|くださら|下さら|なさら)ない(?:よう|で)',
      '(?:リスト|名簿|配信先|宛先)から(?:私(?:の\\p{L}*)?を?)?(?:削除|外し|はずし)',
      '登録(?:を)?解除',
      '(?:メール|ご案内|営業)(?:は|も)?(?:今後)?(?:一切)?(?:不要|お断り|ご遠慮)',
      '迷惑(?:メール|です)',
      '二度と(?:連絡|メール|送)',
      '(?:送る|送信する|連絡する|メールする|電話する)の(?:を|は)?(?:もう)?(?:やめて|止めて)',
      '(?:メール|連絡|営業|電話)(?:は|を|も)?(?:もう)?(?:やめて|止めて)(?:ください|下さい|ほしい)',
      'どこで(?:私の)?(?:アドレス|メールアドレス|番号|電話番号|連絡先)',
      '(?:アドレス|番号|連絡先)を?どこで',
    ),
    others: anywhere('(?:さん|様|氏|部長|課長)(?:を|は|の)', '退職'),
    until: anywhere('\\p{N}+(?:月|日)(?:\\p{N}+日)?(?:まで|以降)', '(?:来月|来週|来年|年明け|連休明け|月末|年末|下旬|上旬|中旬)(?:まで|以降)'),
  },
  {
    code: 'zh',
    optOut: anywhere(
      '退订|退訂|取消订阅|取消訂閱',
      '(?:不要|别|別|勿|请勿|請勿|不用)再(?:给我|給我|向我|跟我|和我)?(?:发|發|寄|打|联系|聯繫|聯絡|联络|打扰|打擾|骚扰|騷擾|推送|推销|推銷|来信|來信)',
      '(?:别|別|不要)(?:再)?(?:骚扰|騷擾|打扰|打擾)我',
      '(?:把我|将我|將我)(?:的(?:邮箱|郵箱|信箱|电子信箱|電子信箱|邮件地址|郵件地址|电邮|電郵|电话|電話|号码|號碼|手机号|手機號|联系方式|聯繫方式|资料|資料|信息|資訊))?(?:从|從).{0,12}(?:删除|刪除|移除|去掉)',
      // "以后别给我发了": "from now on don't", no "再".
      '(?:以后|以後|今后|今後)(?:请|請)?(?:不要|别|別|勿)(?:给我|給我|向我|跟我|和我)(?:发|發|寄|打|联系|聯繫|聯絡|联络|推送|推销|推銷)',
      // Passed on: "赵总让我转告您，他本人不再接收此类推广信息".
      '(?:转告|轉告|转达|轉達).{0,10}(?:他|她)(?:本人)?(?:不再|不想再|不希望再|不愿再|不願再)(?:接收|接受|收到|收)',
      '(?:从|從).{0,8}(?:名单|名單|列表|清单|清單)(?:中|里|裡)?(?:删除|刪除|移除)我',
      '(?:哪里|哪裡|哪儿|哪兒|怎么|怎麼)(?:得到|拿到|弄到|搞到|来的|來的|获得|獲得).{0,6}(?:电话|電話|号码|號碼|邮箱|郵箱|信箱|联系方式|聯繫方式)',
      '我的(?:电话|電話|号码|號碼|邮箱|郵箱)(?:是)?(?:从|從)(?:哪里|哪裡)',
      '垃圾(?:邮件|郵件|短信|簡訊|信息)',
      '(?:举报|舉報|检举|檢舉|投诉|投訴)(?:你们|你們|你)',
      '拉黑',
      '停止(?:发送|發送|推送|联系|聯繫|聯絡|打扰|打擾)',
    ),
    // Someone else removed, unless the writer passes on that person's own wish (转告 / 转达).
    others: anywhere('(?<!(?:转告|轉告|转达|轉達).{0,40})(?:把|将|將)(?:他|她)', '离职|離職'),
    until: anywhere('之前', '(?:以后|以後|之后|之後)再'),
  },
  {
    code: 'ko',
    optOut: anywhere(
      '수신\\s*거부',
      '연락(?:하지|주지|을\\s*하지)\\s*(?:마|말아)',
      '(?:보내지|발송하지|문자하지|전화하지)\\s*(?:마|말아)',
      '(?:명단|리스트|목록)에서\\s*(?:저를?\\s*)?(?:삭제|빼|제외)',
      '구독\\s*(?:취소|해지)',
      '(?:제|내)\\s*(?:번호|연락처|메일\\s*주소|이메일)(?:를|을)?\\s*(?:어떻게|어디서)',
      '어디서\\s*(?:제|내)\\s*(?:번호|연락처|메일)',
      '신고\\s*(?:하겠|할게|합니다)',
      '스팸(?:으로|\\s*신고|입니다|이네요)',
      '(?:메일|이메일|문자|연락|메시지|광고|전화)(?:은|는|을|를|도)?\\s*(?:이제\\s*)?그만\\s*(?:보내|하|주)',
      '그만\\s*(?:보내|연락\\s*하)',
    ),
    until: anywhere('까지', '이후에', '후에'),
  },
  {
    code: 'ar',
    optOut: words(
      'عدم\\s+(?:مراسلتي|مراسلتنا|الاتصال\\s+بي|التواصل\\s+معي|إرسال)',
      'لا\\s+(?:تراسلني|تراسلوني|ترسل\\s+لي|ترسلوا\\s+لي|تتصل\\s+بي|تتصلوا\\s+بي|تتواصل\\s+معي|تتواصلوا\\s+معي|تكتب\\s+لي|تكتبوا\\s+لي)',
      '(?:توقف|توقفوا|كف|كفوا)\\s+عن\\s+(?:إرسال|مراسلت|الاتصال|التواصل|إزعاج)',
      '(?:احذف|أزل|امسح|شيل)\\p{L}*ني',
      '(?:احذف|إزالة|حذف|شطب)\\s+(?:اسمي|رقمي|بريدي|عنواني|بياناتي)',
      'إلغاء\\s+(?:ال)?اشتراك',
      '(?:من\\s+(?:أين|وين)|منين)\\s+(?:\\p{L}+\\s+){0,2}(?:رقمي|إيميلي|ايميلي|بريدي|عنواني)',
      'هذا\\s+(?:\\p{L}+\\s+)?سبام',
      'رسائل\\s+مزعجة',
      'لا\\s+(?:ترسل|ترسلوا|تراسل|تراسلوا|تكتب|تكتبوا)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:إلى|على|ل)\\s*(?:هذا|هذه)\\s+(?:العنوان|الرقم|البريد|الايميل|الإيميل)',
      '(?:سأبلغ|سوف\\s+أبلغ|سأشتكي)',
    ),
    until: words('قبل', 'حتى', 'بعد\\s+(?!الآن|اليوم)'),
  },
  {
    code: 'he',
    optOut: words(
      'הסר(?!\\p{L})',
      'להסיר\\s+אותי',
      '(?:תסירו|הסירו|תסיר|תורידו|הורידו)\\s+אותי',
      'אל\\s+(?:תשלחו|תשלח|תפנו|תפנה|תתקשרו|תתקשר|תכתבו|תכתוב)\\s+(?:לי|אליי|אלי)',
      'שלא\\s+(?:תשלחו|תשלח|תפנו|תפנה|תתקשרו|תתקשר|תכתבו|תכתוב)\\s+(?:לי|אליי|אלי)\\s+(?:\\p{L}+\\s+)?(?:יותר|שוב|עוד)',
      'אל\\s+(?:תשלחו|תשלח|תכתבו|תכתוב|תפנו|תפנה)\\s+(?:\\p{L}+\\s+){0,3}(?:ל|אל\\s+)?ה?(?:כתובת|מספר|מייל)\\s+(?:הזו|הזאת|הזה)',
      '(?:תפסיקו|הפסיקו|תפסיק)\\s+(?:לשלוח|לפנות|להתקשר|לכתוב)',
      '(?:לא|אינני|איני)\\s+(?:מעוניין|מעוניינת|מעוניינים)\\s+לקבל',
      'מאיפה\\s+(?:יש\\s+לכם|השגתם|קיבלתם|הבאתם)\\s+(?:את\\s+)?(?:המספר|המייל|הכתובת|הטלפון)\\s+שלי',
      'ספאם',
    ),
    until: words('עד\\s', 'לפני', 'אחרי'),
  },
  {
    code: 'fa',
    optOut: words(
      // The spoken "دیگه" beside the written "دیگر", and up to four words between ("دیگه از این ایمیل‌ها برام نفرستید").
      'دیگ(?:ر|ه)\\s+(?:[\\p{L}\\u200c]+\\s+){0,4}(?:نزنید|نفرستید|ندهید|نفرستین|نزنین|تماس\\s+نگیرید)',
      '(?:مرا|منو|من\\s+را)\\s+(?:\\p{L}+\\s+){0,3}حذف\\s+(?:کنید|کن)',
      'لغو\\s+اشتراک',
      'مزاحم\\s+(?:نشوید|نشید|نشو)',
      '(?:شماره|ایمیل|آدرس)\\s*(?:من|ام)?\\s*(?:را\\s+|رو\\s+)?از\\s+کجا',
      'اسپم',
    ),
    until: words('تا\\s', 'قبل\\s+از', 'بعد\\s+از'),
  },
  {
    code: 'hi',
    optOut: words(
      // Devanagari, then romanised ("Hinglish").
      '(?:ईमेल|मेल|मैसेज|संदेश|कॉल|फोन|फ़ोन|संपर्क|परेशान|तंग)\\s+(?:मत|न|ना)\\s+(?:कर|भेज)\\p{L}*',
      // Words between as letters or vowel signs (the fold keeps Devanagari's): "मुझे अपनी मेलिंग सूची से हटा दें".
      '(?:मुझे|मेरा|मेरी|मेरे|हमें|हमारा)(?:\\s+[\\p{L}\\p{M}]+){0,4}\\s+(?:हटा|निकाल|डिलीट|रिमूव)',
      '(?:कहाँ|कहां|कहा)\\s+से\\s+(?:मिला|मिली|लिया)',
      'अनसब्सक्राइब',
      'सदस्यता\\s+(?:रद्द|समाप्त)',
      '(?:message|msg|mail|email|call|phone|sms|whatsapp|contact|disturb|pareshan|tang)\\s+(?:mat|na|nahi|mt)\\s+(?:karo|karna|karen|kare|kijiye|kijie|bhejo|bhejna|bhejiye|bhejein|bheje)',
      '(?:mat|mt)\\s+(?:bhejo|bhejna|bhejiye)',
      '(?:mera|meri|mere|mujhe|humara|hamara)\\s+(?:\\p{L}+\\s+){0,3}(?:hata|hatao|hatado|nikal|nikalo|nikaal|delete|remove)',
      '(?:kahan|kaha)\\s+se\\s+(?:mila|liya|laya|milaa)',
    ),
    until: words('तक', 'बाद', 'abhi', 'agle', 'baad', 'next'),
  },
  {
    code: 'ur',
    optOut: words(
      '(?:میسج|پیغام|ای\\s*میل|میل|کال|فون|رابطہ|تنگ|پریشان)\\s+(?:نہ|مت)\\s+کر\\p{L}*',
      '(?:مجھے|میرا|میری|میرے|ہمیں)(?:\\s+\\p{L}+){0,4}\\s+(?:ہٹا|نکال|ڈیلیٹ|حذف)\\p{L}*',
      'کہاں\\s+سے\\s+(?:ملا|ملی|لیا)',
      'ان\\s*سبسکرائب',
    ),
    until: words('تک', 'بعد'),
  },
  {
    code: 'id',
    optOut: words(
      // Indonesian and Malay.
      'jangan\\s+(?:\\p{L}+\\s+){0,2}(?:hubungi|kirim|kirimi|hantar|telepon|telefon|call|email|chat|wa|sms|ganggu|menghubungi|mengirim)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}lagi',
      'jangan\\s+(?:ganggu|hubungi)\\s+(?:saya|aku|kami)',
      '(?:hapus|keluarkan|buang|coret)\\s+(?:saya|aku|kami|nama\\s+saya|nomor\\s+saya|nombor\\s+saya|email\\s+saya)',
      'berhenti\\s+(?:mengirim|menghubungi|menghantar|kirim|hubungi|spam)',
      '(?:tidak|tak|gak|nggak|ga)\\s+(?:mau|ingin|nak|mahu)\\s+(?:\\p{L}+\\s+)?(?:menerima|terima|dihubungi)\\s+(?:\\p{L}+\\s+){0,4}lagi',
      'dari\\s+mana\\s+(?:\\p{L}+\\s+){0,2}(?:nomor|nombor|email|kontak)\\s+(?:saya|aku|kami)',
      '(?:nomor|nombor)\\s+(?:saya|aku)\\s+dari\\s+mana',
    ),
    until: words('sampai\\s+(?!jumpa)', 'hingga', 'sebelum', 'setelah', 'selepas', 'sehingga'),
  },
  {
    code: 'vi',
    optOut: words(
      // đ is a letter of its own, typed as d without a Vietnamese keyboard.
      '(?:[đd]ừng|không|xin\\s+[đd]ừng|vui\\s+lòng\\s+không)\\s+(?:\\p{L}+\\s+){0,3}(?:liên\\s+hệ|liên\\s+lạc|nhắn\\s+tin|gửi|gọi|làm\\s+phiền|spam)(?:\\s+\\p{L}+){0,4}\\s+nữa',
      '[đd]ừng\\s+(?:làm\\s+phiền|liên\\s+hệ\\s+với|nhắn\\s+tin\\s+cho)\\s+tôi',
      // "em" and "mình" are the writer's "I" as often as "tôi"; "ra khỏi" is "out of" (world-referral-opt-out-check's miss).
      '(?:xoá|xóa|gỡ|loại)\\s+(?:tên\\s+|số\\s+|email\\s+|địa\\s+chỉ\\s+)?(?:của\\s+)?(?:tôi|em|mình)\\s+(?:ra\\s+)?khỏi',
      'hủy\\s+[đd]ăng\\s+ký',
      'ngừng\\s+(?:gửi|nhắn\\s+tin|liên\\s+hệ|gọi)',
      '(?:lấy|có)\\s+(?:số|email|thông\\s+tin)\\s+(?:\\p{L}+\\s+){0,2}(?:của\\s+)?tôi\\s+(?:ở|từ)\\s+[đd]âu',
    ),
    until: words('[đd]ến\\s+(?:tháng|sau|khi)', 'sau\\s+(?:tết|tháng|khi)', 'trước\\s+(?:tháng|tết)'),
  },
  {
    code: 'th',
    optOut: anywhere(
      '(?:อย่า|ไม่ต้อง)\\p{L}{0,12}?(?:ส่ง|ติดต่อ|โทร|ทัก|รบกวน)\\p{L}{0,10}?อีก',
      'ยกเลิก(?:การ)?(?:รับ|สมัคร|ติดตาม)',
      'ลบ\\p{L}{0,12}?ออกจาก(?:รายชื่อ|รายการ|ระบบ|ลิสต์|ฐานข้อมูล)',
      'เลิกส่ง',
      '(?:เบอร์|อีเมล|ข้อมูล)(?:ของ)?(?:ผม|ฉัน|ดิฉัน)?(?:มา)?จากไหน',
      'สแปม',
    ),
    until: anywhere('จนถึง', 'จนกว่า', 'ก่อน', 'หลัง'),
  },
  {
    code: 'tl',
    optOut: words(
      '(?:paki)?tanggal(?:in)?\\s+(?:nyo\\s+|niyo\\s+|po\\s+)?(?:na\\s+)?(?:ako|ang\\s+(?:number|email|pangalan)\\s+ko)',
      '(?:huwag|wag)\\s+(?:na\\s+)?(?:\\p{L}+\\s+){0,3}(?:mag-?text|i-?text|tumawag|i-?email|mag-?email|mag-?message|i-?message|kontakin|i-?contact|guluhin|istorbohin)',
      'tigil(?:an)?\\s+(?:\\p{L}+\\s+){0,2}(?:ako|pag-?text|pag-?email)',
      'ayoko\\s+na\\s+(?:\\p{L}+\\s+){0,2}(?:makatanggap|matawagan|ma-?text|ma-?contact)',
      'saan\\s+(?:\\p{L}+\\s+){0,2}nakuha\\s+(?:\\p{L}+\\s+){0,2}(?:number|numero|email)\\s+ko',
    ),
    until: words('bago', 'hanggang', 'pagkatapos'),
  },
];

/** The writer themselves in these languages: a question without one is about other people or the product. */
export const WORLD_FIRST_PERSON = new RegExp(
  `${WORD_START}(?:${foldPattern(
    [
      'я|меня|мне|мой|моя|моё|мои|мою|мене|мені|мій|мен|ме|ми|мој|moj|moja|mene|meni|ma|môj|engem|nekem|számom|címem|mă|meu|mea|mele|μου|με|εμένα|ben|beni|bana|benim|numaramı|numarami|mind|mulle|minu|mani|man|mans|mana|mane|mano|em|meu|meva|mig|mér|mitt|my|ek|yangu|nami|saya|aku|tôi|ako|ko|אותי|לי|שלי|אני|رقمي|بريدي|ايميلي|إيميلي|لي|بي|مرا|منو|مجھے|میرا|मुझे|मेरा|मेरी|mujhe|mera|meri',
      // opt-out-world-more.ts: "my number" where the language writes it as one word.
      'unë|une|mua|ime|tim|time|imi|јас|мене|мојот|моја|мојата|моите|мое|jas|mojot', // sq, mk
      'მე|ჩემი|ჩემს|ჩემთვის|ჩემგან|ես|ինձ|իմ|իմը|ինձանից|ինձնից|համարս|հեռախոսահամարս|էլփոստս|հասցես|տվյալներս', // ka, hy
      'mən|məni|mənə|mənim|məndən|men|meni|mene|menim|nömrəmi|мені|маған|менің|менен|нөмірімді|номерімді', // az, kk
      'menga|mening|raqamimni|nomerimni|мени|менга|менинг|рақамимни|номеримни', // uz
      'jien|jiena|lili|tiegħi|tieghi|miegħi|għalija|mé|mise|liom|dom|orm|chugam|uaim|mo|fi|mi|fy|ataf|imi', // mt, ga, cy
      'ni|nik|niri|nire|nirekin|neu|nau|eu|me|min|miña|meus|miñas|comigo', // eu, gl
      'እኔ|እኔን|ለእኔ|የእኔ|ቁጥሬን|ስልኬን|ኢሜይሌን|ኢሜሌን|አድራሻዬን|መረጃዬን|ቁጥሬ|ኢሜይሌ', // am
      // opt-out-south-asia.ts
      'আমি|আমাকে|আমায়|আমার|আমাদের|আমাদেরকে|আমরা|ami|amake|amay|amar|amader|amra', // bn
      'मी|मला|माझा|माझी|माझे|माझं|माझ्या|माझ्याशी|आम्ही|आम्हाला|आमचा|आमची|आमचे', // mr
      'म|मलाई|मेरो|मेरा|मेरी|मसँग|हामी|हामीलाई|हाम्रो|हाम्रा', // ne
      'હું|મને|મારો|મારી|મારું|મારા|મારે|અમે|અમને|અમારો|અમારી|અમારું|અમારા', // gu
      'ਮੈਂ|ਮੈਨੂੰ|ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ|ਅਸੀਂ|ਸਾਨੂੰ|ਸਾਡਾ|ਸਾਡੀ|ਸਾਡੇ', // pa
      'நான்|என்னை|எனக்கு|என்|என்னுடைய|என்னோட|எனது|நாங்கள்|எங்களை|எங்களுக்கு|எங்கள்|naan|ennai|enakku|enaku|ennoda|naanga|engalukku|engaloda|en(?=\\s+(?:number|no|nambar|phone|mobile|email|mail))', // ta ("en" only as "my number": it is French and Spanish too)
      'నేను|నన్ను|నాకు|నా|నాది|మేము|మమ్మల్ని|మాకు|మా|ನಾನು|ನನ್ನನ್ನು|ನನಗೆ|ನನ್ನ|ನಾವು|ನಮ್ಮನ್ನು|ನಮಗೆ|ನಮ್ಮ', // te, kn
      'ഞാൻ|എന്നെ|എനിക്ക്|എന്റെ|എൻ്റെ|ഞങ്ങൾ|ഞങ്ങളെ|ഞങ്ങൾക്ക്|ഞങ്ങളുടെ|මම|මට|මාව|මගේ|මාගේ|අපි|අපිට|අපට|අපිව|අපේ', // ml, si
    ].join('|'),
  )})${WORD_END}|${foldPattern('私|我|저|제|내|ผม|ฉัน')}`,
  'u',
);

/**
 * Other people as a question's subject in these languages — customers, clients, users, recipients,
 * subscribers ("Как мои клиенты могут отписаться?"): a product question, not the writer's opt-out.
 * Stems, so every case ending matches; CJK and Thai anywhere.
 */
export const WORLD_OTHERS_ASKED_ABOUT: Matcher = new ScriptPattern([
  ...wordAlternatives(
      'клиент|пользовател|получател|подписчик|абонент', // ru
      'клієнт|користувач|одержувач|отримувач|підписник', // uk
      'потребител|абонат', // bg
      'klijent|korisni[kc]|primaoc|primatelj|pretplatni[kc]|kupc|клијент|корисни[кц]|претплатни[кц]', // sh
      'strank|uporabni[kc]|prejemni[kc]|naročni[kc]', // sl
      'zákazní[kc]|používate[lľ]|príjemc|odberate[lľ]', // sk
      'ügyfel|felhasznál|címzett|előfizet|vásárló', // hu
    'clienți|clientii|clienti|utilizator|destinatar|abonaț', // ro
    'πελάτ|πελατ|χρήστ|χρηστ|παραλήπτ|συνδρομητ', // el
    'müşteri|kullan[ıi]c[ıi]|al[ıi]c[ıi]|abone', // tr
    'klien|kasutaja|saaja|tellija', // et, lt (klientai)
    'lietotāj|saņēmēj|abonent', // lv
    'vartotoj|naudotoj|gavėj|prenumerator', // lt
    'clients|usuaris|destinataris|subscriptors', // ca
    'viðskiptavin|notend|viðtakend|áskrifend', // is
    'kliënt|kliente|gebruikers|ontvangers|intekenaars', // af
    'wateja|watumiaji|wapokeaji', // sw
    'عملائ|عملاؤ|العملاء|المستخدم|المستلم|المشترك', // ar
    'לקוחות|הלקוחות|משתמשים|המשתמשים|נמענים|מנויים', // he
    'مشتری|کاربران|گیرندگان|مشترکین', // fa
    'ग्राहक|उपयोगकर्ता|यूज़र|यूजर|grahak|customers|clients|users|subscribers', // hi, Hinglish
    'گاہک|صارفین', // ur
    'pelanggan|klien|pengguna|penerima', // id, ms
    'khách\\s+hàng|người\\s+dùng|người\\s+nhận', // vi
    'kliyente|mga\\s+customer|mga\\s+user', // tl
    'përdorues|abonent|pajtimtar|marrës|konsumator|blerës|примач|купувач|потрошувач', // sq, mk
    'კლიენტ|მომხმარებ|აბონენტ|გამომწერ|მიმღებ|მყიდველ|հաճախորդ|օգտատեր|օգտվող|բաժանորդ|ստացող|գնորդ', // ka, hy
    'must[əe]ri|istifad[əe]ç[iı]|abun[əe]ç[iı]|тұтынушы|пайдаланушы|жазылушы|алушы', // az, kk
    'mijoz|foydalanuvchi|obunachi|мижоз|фойдаланувчи|обуначи', // uz
    'utent|abbonat|riċevitur|konsumatur|custaim|chustaim|gcustaim|cliaint|chliaint|gcliaint|úsáideoir|n-úsáideoir', // mt, ga
    'síntiúsóir|shíntiúsóir|faighteoir|bhfaighteoir|cwsmer|gwsmer|nghwsmer|chwsmer|cleient|gleient|defnyddwyr|ddefnyddwyr', // ga, cy
    'tanysgrifwyr|danysgrifwyr|derbynwyr|nerbynwyr|bezero|erabiltzaile|harpidedun|hartzaile', // cy, eu
    'clientes|usuari|subscritor|destinatari|abonad|ደንበኞ|ተጠቃሚዎ|ተመዝጋቢዎ|ተቀባዮ', // gl, am
    'গ্রাহক|ক্লায়েন্ট|কাস্টমার|ব্যবহারকারী|প্রাপক|সাবস্ক্রাইবার|grahok|customer|client|user|subscriber', // bn
    'ग्राहक|क्लायंट|कस्टमर|वापरकर्त|युजर्स|प्राप्तकर्त|सदस्य|सबस्क्रायबर|क्लाइन्ट|प्रयोगकर्ता|प्रापक|सब्सक्राइबर', // mr, ne
    'ગ્રાહક|ક્લાયન્ટ|કસ્ટમર|વપરાશકર્તા|યુઝર્સ|પ્રાપ્તકર્તા|સભ્યો|સબ્સ્ક્રાઇબર', // gu
    'ਗਾਹਕ|ਕਲਾਇੰਟ|ਕਸਟਮਰ|ਯੂਜ਼ਰ|ਵਰਤੋਂਕਾਰ|ਪ੍ਰਾਪਤਕਰਤਾ|ਮੈਂਬਰ|ਸਬਸਕ੍ਰਾਈਬਰ', // pa
    'வாடிக்கையாளர்|கஸ்டமர்|கிளையன்ட்|கிளையண்ட்|பயனர்|பயனாளர்|பெறுநர்|சந்தாதாரர்|சப்ஸ்கிரைபர்', // ta
    'కస్టమర్|క్లయింట్|వినియోగదారు|యూజర్|గ్రహీత|చందాదారు|సబ్\u200cస్క్రైబర్', // te
    'ಗ್ರಾಹಕ|ಕಸ್ಟಮರ್|ಕ್ಲೈಂಟ್|ಬಳಕೆದಾರ|ಯೂಸರ್|ಸ್ವೀಕರಿಸುವವ|ಚಂದಾದಾರ|ಸಬ್\u200cಸ್ಕ್ರೈಬರ್', // kn
    'ഉപഭോക്താക്ക|കസ്റ്റമേഴ്സ|ക്ലയന്റ|ഉപയോക്താക്ക|യൂസേഴ്സ|സ്വീകർത്താക്ക|വരിക്കാ|സബ്സ്ക്രൈബേഴ്സ', // ml
    'පාරිභෝගික|කස්ටමර්|ක්ලයන්ට්|පරිශීලක|යූසර්|ලබන්නන්|ග්\u200dරාහක|දායකයින්', // si
  ),
  ...anywhereAlternatives('顧客|お客様|お客さま|ユーザー|利用者|受信者|購読者|会員|客户|客戶|用户|用戶|收件人|订阅者|訂閱者|会员|會員|고객|사용자|이용자|수신자|구독자|회원|ลูกค้า|ผู้ใช้|ผู้รับ|สมาชิก'),
]);

const EVERY_WORLD_LANGUAGE: ReadonlyArray<WorldLanguage> = [...WORLD_OPT_OUTS, ...MORE_WORLD_OPT_OUTS, ...SOUTH_ASIA_OPT_OUTS];

/** The language code of an opt-out in one of these languages in this (folded) sentence, or null. */
export function worldOptOut(folded: string): string | null {
  if (WORLD_KEYWORD_OPT_OUT.test(folded.trim())) return 'keyword';
  for (const { code, optOut, until, others } of EVERY_WORLD_LANGUAGE) {
    if (optOut.test(folded) && !until?.test(folded) && !others?.test(folded)) return code;
  }
  return null;
}
