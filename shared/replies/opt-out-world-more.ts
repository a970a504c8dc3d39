/**
 * Opt-outs in thirteen more languages: Albanian, Macedonian, Georgian, Armenian, Azerbaijani, Kazakh,
 * Uzbek (Latin and Cyrillic), Maltese, Irish, Welsh, Basque, Galician and Amharic.
 *
 * Read by opt-out-world.ts `worldOptOut`. Written like it, from each language's grammar and common
 * usage — "unsubscribe", "remove me", "don't write to me again", "I don't want more messages",
 * "where did you get my number", "this is spam" — in the general form, never one reply's words (later
 * forms added where a set's replies showed the rules missing them: docs/REPLIES.md). Most alternatives need the writer
 * themselves (a first-person object, "my number"), so removing someone else does not match, and a
 * date or event ("until March", "after the holidays") is a pause, not an opt-out.
 *
 * Where phones drop a letter's diacritic that NFD does not remove (Azerbaijani ə ı, Kazakh ә ғ қ ң
 * ө ұ ү і, Uzbek ʻ and қ ғ ҳ, Maltese ħ), `loose` turns each such letter into a class of both
 * spellings before the pattern is folded. Armenian puts its question and emphasis marks (՞ ՛ ՜)
 * inside words, so its filler words are \S+ rather than \p{L}+.
 */
import { loose, looseAzerbaijani as az, looseMaltese as mt, looseUzbek as uz, words, type WorldLanguage } from './world-patterns.ts';

/** Kazakh letters typed as their Russian neighbours, and і as a Latin i. */
const kk = loose({
  'ә': '[әа]', 'ғ': '[ғг]', 'қ': '[қк]', 'ң': '[ңн]', 'ө': '[өо]', 'ұ': '[ұүу]', 'ү': '[үұу]', 'һ': '[һх]', 'і': '[іиi]',
});

const MK_TIME =
  '(?:\\p{N}|крај|почет|средина|следн|наредн|нова|празници|јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември|понеделник|вторник|среда|четврток|петок|викенд|лето|есен|зима|пролет)';
const KA_TO_ME = '(?:მომწერ|მწერ|გამომიგზავნ|მიგზავნ|მომიგზავნ|დამირეკ|მირეკავ|დამიკავშირდ|მიკავშირდებ|შემეხმიან|მეხმიან|მაწუხ|შემაწუხ)';
const KA_MINE = '(?:ნომერ|ტელეფონ|მონაცემ|ელ\\.?\\s*ფოსტ|ელფოსტ|მეილ|იმეილ|მისამართ|კონტაქტ)';
const HY_MORE = '(?:այլ(?:և|եւ|եվ)ս|երբեք|էլ)';
const HY_NOT = '(?:մի[՛\']?\\s+|չ)';
const HY_VERB =
  '(?:գրեք|գրիր|գրի|զանգեք|զանգիր|զանգի|զանգահարեք|ուղարկեք|ուղարկիր|ուղարկի|անհանգստացրեք|անհանգստացնեք|անհանգստացրու|անհանգստացնի|դիմեք|կապվեք|կապնվեք|կապ\\s+հաստատեք)(?!\\p{L})';
const HY_MINE =
  '(?:իմ\\s+(?:հեռախոսահամար|համար|տվյալներ|էլ\\.?\\s*(?:փոստ|հասցե)|էլփոստ|հասցե|մեյլ|մեյիլ|կոնտակտ)\\S*|(?:հեռախոսահամար|համար|տվյալներ|էլփոստ|հասցե|մեյլ|մեյիլ)ս)';
const HY_DROP = '(?:հեռացրեք|հեռացրու|ջնջեք|ջնջիր|հանեք|հանիր)';
const AZ_MINE = '(?:nömrəmi|e-?poçtumu|emailimi|mailimi|ünvanımı|məlumatlarımı|kontaktımı)';
const KK_MINE = '(?:нөмірімді|номерімді|поштамды|мекенжайымды|адресімді|деректерімді|мәліметтерімді|контактімді)';
const UZ_MINE = '(?:raqamimni|nomerimni|pochtamni|emailimni|manzilimni|maʻlumotlarimni|kontaktimni)';
const UZ_MINE_CYR = '(?:рақамимни|номеримни|почтамни|манзилимни|маълумотларимни|контактимни)';
const MT_STEM = '(?:tibagħt|tibgħat|tibgħt|tiktb|tikteb|tiktib|i?ċċemp|ċemp|tikkuntattj|iddejq|iddejjaq|ddejq|ddejjaq|tfixkil)';
const MT_TIME =
  '(?:\\p{N}|jannar|frar|marzu|april|mejju|ġunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|nhar|il-|l-|ix-|is-|it-|id-|tmiem|aħħar)';
const GA_ME = '(?:chugam|orm|liom|chugainn|orainn|linn)(?!\\p{L})';
const GL_MINE = '(?:o|os|a|as)\\s+(?:meu|meus|miña|miñas)\\s+(?:número|correo|enderezo|datos|teléfono|email|e-mail|contacto|móbil)';
const GL_TIME =
  '(?:\\p{N}|xaneiro|febreiro|marzo|abril|maio|xuño|xullo|agosto|setembro|outubro|novembro|decembro|vacacións|verán|nadal|festas|semana|mes|ano|final|fin)';
const EU_ME = '(?:nazazue|nazazu|nazak|nazan|gaitzazue|gaitzazu)(?!\\p{L})';
const EU_MINE = 'nire\\s+(?:telefono\\s+)?(?:zenbaki|helbide|datu|posta|e-?mail|izen|telefono)';
const AM_MINE = '(?:ቁጥሬን|ስልኬን|ኢሜይሌን|ኢሜሌን|ኢሜይላችንን|አድራሻዬን|መረጃዬን|ስሜን)';
const AM_DROP = '(?:አስወግዱ|አስወግድ|አስወግጂ|ሰርዙ|ሰርዝ|ሰርዢ|አውጡ|አውጣ|አውጪ|አጥፉ|አጥፋ|ያስወግዱ|ይሰርዙ|ያውጡ|ያጥፉ)';

export const MORE_WORLD_OPT_OUTS: ReadonlyArray<WorldLanguage> = [
  // Albanian. "më" is both "me" and "any more"; phones drop ë and ç, which folding drops anyway.
  {
    code: 'sq',
    optOut: words(
      'çregjistrohem',
      '(?:më|na)\\s+(?:çregjistroni|çabononi)',
      'çabonohem',
      'anul\\p{L}*\\s+abonimin\\s+(?:tim|tonë)',
      '(?:më|na)\\s+(?:hiqni|hiq|hiqeni|fshini|fshi|fshini|largoni|largo|nxirrni|nxirr)(?!\\p{L})',
      '(?:hiq|fshi|largo|nxirr)më(?:ni)?(?!\\p{L})',
      '(?:fshini|fshijeni|hiqni|hiqeni|fshi|fshije|hiq|hiqe)\\s+(?:\\S+\\s+){0,2}(?:(?:numrin|emailin|e-?mailin|adresën|kontaktin)\\s+(?:tim|tonë)|të\\s+dhënat\\s+e\\s+(?:mia|tona))',
      '(?:numrin|emailin|e-?mailin|adresën|kontaktin)\\s+(?:tim|tonë)\\s+(?:\\S+\\s+){0,3}(?:fshi|hiq)',
      'mos\\s+(?:(?:më|na)\\s+(?:shkruani|shkruaj|shkruan|dërgoni|dërgo|telefononi|telefono|kontaktoni|kontakto|shqetësoni|shqetëso|bezdisni|bezdis|thirrni|thirr|nisni|çoni|merrni\\s+në\\s+telefon|merr\\s+në\\s+telefon)|(?:ma|mi|m\'i)\\s+(?:dërgoni|dërgo|çoni|nisni))(?!\\p{L})',
      '(?:ndaloni|ndalo|pushoni|pusho|mjaft|mjafton)\\s+(?:së\\s+)?(?:më\\s+|na\\s+)?(?:dërguari|shkruari|telefonuari|kontaktuari|bezdisuri|shqetësuari)',
      '(?:mjaft|mjafton)\\s+(?:më\\s+)?me\\s+(?:mesazh|email|e-?mail|telefonat|spam)',
      '(?:nuk|s\')\\s*(?:dua|duam|dëshiroj|dëshirojmë)\\s+(?:më\\s+)?(?:të\\s+)?(?:marr|marrim|pranoj|pranojmë)\\s+(?:më\\s+)?(?:\\S+\\s+)?(?:mesazh|email|e-?mail|telefonat|thirrje|njoftim|ofert|reklam|sms)',
      '(?:nuk|s\')\\s*(?:dua|duam|dëshiroj|dëshirojmë)\\s+(?:më|tjetër|tjera)\\s+(?:mesazh|email|e-?mail|telefonat|thirrje|njoftim|sms)',
      '(?:nuk|s\')\\s*(?:dua|duam|dëshiroj|dëshirojmë)\\s+(?:më\\s+)?(?:që\\s+)?(?:të\\s+)?(?:më|na)\\s+(?:kontaktoni|shkruani|telefononi|dërgoni|shqetësoni|bezdisni)',
      '(?:ku|nga|prej\\s+nga|nga\\s+ku)\\s+(?:e\\s+|i\\s+)?(?:gjetët|keni|morët|patë|siguruat|gjetën|morën|morrët)\\s+(?:\\S+\\s+)?(?:numrin|emailin|e-?mailin|adresën|kontaktin|të\\s+dhënat)\\s+(?:tim|time|tonë|e\\s+mia)',
      'kjo\\s+(?:është\\s+)?(?:thjesht\\s+|vetëm\\s+|pastër\\s+)?spam',
    ),
    until: words(
      'deri\\s+(?!(?:në\\s+|më\\s+)?(?:tani|sot|këtu))',
      'derisa',
      'pas\\s+(?:\\p{N}|festa|pushime|muaj|jav|vitit|janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|krishtlindje)',
    ),
    others: words(
      '(?:ai|ajo|z\\.|zoti|zonja)\\s+(?:\\S+\\s+){0,2}(?:nuk\\s+punon|është\\s+larguar|u\\s+largua|ka\\s+dalë\\s+në\\s+pension|doli\\s+në\\s+pension|u\\s+pensionua)',
    ),
  },
  // Macedonian (Cyrillic, with a few Latin spellings typed on phones). ѓ ќ ѐ fold to г к е.
  {
    code: 'mk',
    optOut: words(
      'одјав(?:ете|и)\\s+(?:ме|нѐ)(?!\\p{L})',
      '(?:сакам|сакаме)\\s+да\\s+се\\s+одјав',
      'се\\s+одјавувам',
      '(?:избришете|избриши|отстранете|отстрани|тргнете|тргни|извадете|извади|исклучете|исклучи)\\s+(?:ме|нѐ)(?!\\p{L})',
      '(?:да\\s+)?ме\\s+(?:избришете|избриши|отстраните|отстранете|тргнете|извадите|извадете|исклучите|исклучете|одјавите|одјавете)',
      '(?:избришете|избриши|отстранете|отстрани|тргнете|извадете)\\s+(?:го\\s+|ја\\s+|ги\\s+)?(?:мојот|мојата|моите|мој|моја)\\s+(?:број|мејл|е-?пошта|емаил|адреса|телефон|податоци|контакт)',
      'не\\s+(?:ми|ме|ни)\\s+(?:се\\s+)?(?:пишувајте|пишете|пиши|пишувај|праќајте|праќај|пратете|испраќајте|испраќај|контактирајте|контактирај|барајте|барај|јавувајте|јавувај|вознемирувајте|вознемирувај|досадувајте|досадувај|ѕвонете|ѕвони|спамирајте)(?!\\p{L})(?:\\s+\\p{L}+)?\\s*(?:повеќе|веќе|никогаш|пак|одново|[.!,]|$)',
      '(?:повеќе|веќе|никогаш)\\s+(?:не\\s+)?(?:ми|ме|ни)\\s+(?:се\\s+)?(?:пишувајте|пишете|пиши|пишувај|праќајте|праќај|испраќајте|контактирајте|контактирај|барајте|барај|јавувајте|јавувај|вознемирувајте|досадувајте|ѕвонете)',
      '(?:престанете|престани|прекинете|прекини|доста)\\s+(?:веќе\\s+)?(?:да\\s+)?(?:ми|ме|ни|нѐ)\\s+(?:се\\s+)?(?:праќате|пишувате|испраќате|јавувате|контактирате|праќаш|пишуваш|вознемирувате|досадувате|ѕвоните|спамирате)',
      'не\\s+(?:сакам|сакаме|желам|посакувам)\\s+(?:повеќе\\s+)?да\\s+(?:добивам|примам|добиваме|примаме|бидам\\s+контактиран|ме\\s+(?:контактирате|барате|вознемирувате)|ми\\s+(?:пишувате|праќате|се\\s+јавувате))',
      '(?:од\\s+)?каде\\s+(?:го\\s+|ја\\s+|ги\\s+)?(?:имате|најдовте|добивте|земавте|ви\\s+е|ви\\s+се|дознавте)\\s+(?:мојот|мојата|моите|мој|моја)',
      '(?:мојот|мојата)\\s+(?:\\p{L}+\\s+)?(?:од\\s+)?каде\\s+(?:го\\s+|ја\\s+)?(?:имате|најдовте|добивте|земавте)',
      'ова\\s+е\\s+(?:\\p{L}+\\s+)?(?:спам|спем)',
      'izbrišete\\s+me(?!\\p{L})',
      'odjavete\\s+me(?!\\p{L})',
      'ne\\s+mi\\s+(?:pišuvajte|praḱajte|prakjate|prakajte|pratete)',
      'ne\\s+me\\s+(?:kontaktirajte|barajte|voznemiruvajte)',
    ),
    until: words(
      `до\\s+${MK_TIME}`,
      'после\\s',
      `по\\s+${MK_TIME}`,
      'додека\\s+не',
      `пред\\s+${MK_TIME}`,
      'do\\s+(?:\\p{N}|krajot|mart|april|maj|juni|juli|avgust|septemvri|oktomvri|noemvri|dekemvri|januari|fevruari)',
    ),
    others: words(
      '(?:тој|таа|г-ѓа|г-дин|господин|господинот|госпоѓа|госпоѓата)\\s+(?:\\p{L}+\\s+){0,2}(?:не\\s+работи|замина|се\\s+пензионира|е\\s+во\\s+пензија|отиде|си\\s+замина)',
    ),
  },
  // Georgian. The first-person object is the verb's own prefix (მ-: მომწერეთ "write to me",
  // წამშალეთ "delete me"); აღარ = "no more", ნუ = "don't".
  {
    code: 'ka',
    optOut: words(
      `აღარ\\s+(?:\\p{L}+\\s+)?${KA_TO_ME}\\p{L}*`,
      `(?:ნუღარ|არასოდეს|ნურასდროს)\\s+(?:\\p{L}+\\s+)?${KA_TO_ME}\\p{L}*`,
      // A bare ნუ "don't" only at the clause's end ("ნუ მწერთ, არ მაინტერესებს"), not "don't send me the invoice by email".
      `ნუ\\s+(?:\\p{L}+\\s+)?${KA_TO_ME}\\p{L}*(?:\\s+\\p{L}+)?\\s*(?:მეტს|მეტი|მეტად|აღარ|ხოლმე|[.!,;]|$)`,
      '(?:წამშალ|ამომშალ|ამომაგდ)\\p{L}*',
      '(?:ამომიღ|გამომიყვან)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:სიიდან|სიებიდან|ბაზიდან|ჩამონათვალიდან|გამოწერიდან|გზავნილ|მონაცემთა)',
      '(?:სიიდან|სიებიდან|ბაზიდან|ჩამონათვალიდან|გამოწერიდან)\\s+(?:\\p{L}+\\s+)?(?:ამომიღ|ამომშალ|წამშალ|ამომაგდ|გამომიყვან|გამომრიცხ)',
      `(?:წაშალ|ამოშალ|ამოიღ|მოაშორ)\\p{L}*\\s+(?:ჩემი|ჩემს)\\s+${KA_MINE}`,
      `(?:ჩემი|ჩემს)\\s+${KA_MINE}\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:წაშალ|ამოშალ|ამოიღ)`,
      '(?:მინდა|გთხოვთ|ვითხოვ)\\s+(?:\\p{L}+\\s+)?გამოწერ\\p{L}*\\s+გაუქმ',
      'გააუქმეთ\\s+(?:ჩემი\\s+)?გამოწერ',
      '(?:აღარ|არ)\\s+(?:მინდა|მსურს|გვინდა|გვსურს)\\s+(?:\\p{L}+\\s+){0,2}?(?:შეტყობინებ|წერილ|მეილ|იმეილ|ელფოსტ|ზარ|sms|სმს|რეკლამ|გზავნილ|მესიჯ)\\p{L}*\\s+მიღება',
      'აღარ\\s+(?:მინდა|მსურს|გვინდა|გვსურს)\\s+(?:\\p{L}+\\s+){0,2}?მიღება',
      '(?:აღარ|არ)\\s+(?:მინდა|მსურს|გვინდა|გვსურს)[,\\s]+(?:რომ\\s+)?(?:\\p{L}+\\s+)?(?:დამიკავშირდ|მომწერ|დამირეკ|მწერდ|მირეკავდ|მიგზავნიდ|გამომიგზავნ)',
      'თავი\\s+(?:\\p{L}+\\s+)?დამანებ',
      'შემეშვით',
      `საიდან\\s+(?:\\p{L}+\\s+)?(?:ჩემი|ჩემს)\\s+${KA_MINE}`,
      `(?:ჩემი|ჩემს)\\s+${KA_MINE}\\p{L}*\\s+(?:\\p{L}+\\s+)?საიდან`,
      '(?:ეს\\s+)?სპამია',
      'სპამს\\s+(?:მიგზავნით|აგზავნით|მწერთ)',
    ),
    until: words(
      '(?!აქამდე|დღემდე|ახლამდე)\\p{L}+მდე(?!\\p{L})',
      '(?<!(?:ამის|ამ|ამიერიდან)\\s+)შემდეგ(?!\\s+ჯერ)',
      'სანამ',
      '\\p{L}+(?:ის|ს)\\s+მერე',
    ),
    others: words(
      '(?:ის|იგი|ქალბატონი|ბატონი)\\s+(?:\\p{L}+\\s+){0,2}(?:აღარ\\s+მუშაობს|წავიდა|პენსიაზე|გავიდა)',
    ),
  },
  // Armenian (Eastern). Prohibitive մի (often մի՛) or the prefix չ-; ինձ = me, իմ = my, -ս = my.
  {
    code: 'hy',
    optOut: words(
      `(?:ինձ|մեզ)(?:\\s+հետ)?\\s+(?:${HY_MORE}\\s+)?${HY_NOT}${HY_VERB}`,
      `(?:այլ(?:և|եւ|եվ)ս|երբեք)\\s+(?:ինձ\\s+(?:հետ\\s+)?|մեզ\\s+)?${HY_NOT}${HY_VERB}`,
      `${HY_NOT}${HY_VERB}\\s+(?:ինձ|մեզ)(?!\\p{L})`,
      `(?:ինձ|մեզ)\\s+հետ\\s+(?:${HY_MORE}\\s+)?կապ\\s+${HY_NOT}հաստատեք`,
      `կապ\\s+${HY_NOT}հաստատեք\\s+(?:${HY_MORE}\\s+)?(?:ինձ|մեզ)\\s+հետ`,
      '(?:դադարեցրեք|դադարեցրու|դադարեք|դադարիր)\\s+(?:ինձ\\s+)?(?:\\S+\\s+)?(?:գրել|ուղարկել|զանգել|անհանգստացնել|սպամ)',
      '(?:հերիք|բավական)\\s+է\\s+(?:ինձ\\s+)?(?:\\S+\\s+)?(?:գրեք|զանգեք|ուղարկեք|անհանգստացնեք|գրել|զանգել|ուղարկել)',
      `${HY_DROP}\\s+(?:ինձ|մեզ)(?!\\p{L})`,
      `(?:ինձ|մեզ)\\s+(?:\\S+\\s+)?${HY_DROP}`,
      `${HY_DROP}\\s+${HY_MINE}`,
      `${HY_MINE}\\s+(?:\\S+\\s+)?${HY_DROP}`,
      'ապաբաժանորդագր(?:եք|իր|ել)\\s+(?:ինձ|մեզ)',
      '(?:ինձ|մեզ)\\s+ապաբաժանորդագր',
      '(?:ուզում|ցանկանում)\\s+(?:եմ|ենք)\\s+ապաբաժանորդագր',
      'ապաբաժանորդագրվում\\s+(?:եմ|ենք)',
      'չեղարկեք\\s+(?:իմ\\s+)?բաժանորդագր',
      '(?:չեմ|չենք)\\s+(?:ուզում|ցանկանում)\\s+(?:այլ(?:և|եւ|եվ)ս\\s+(?:\\S+\\s+){0,2}ստանալ|(?:\\S+\\s+)?ստանալ\\s+(?:\\S+\\s+)?(?:նամակ|հաղորդագրություն|զանգ|sms|գովազդ|մեյլ|ծանուցում|էլ)|(?:\\S+\\s+)?(?:նամակ|հաղորդագրություն|զանգ|մեյլ|գովազդ)\\S*\\s+ստանալ)',
      '(?:չեմ|չենք)\\s+(?:ուզում|ցանկանում)\\s+(?:որ\\s+)?(?:ինձ|մեզ)(?:\\s+հետ)?\\s+(?:\\S+\\s+)?(?:գրեք|զանգեք|ուղարկեք|անհանգստացնեք|դիմեք|կապվեք)',
      `որտեղ[՞]?ի[՞]?ց[՞]?\\s+(?:\\S+\\s+){0,2}${HY_MINE}`,
      `${HY_MINE}\\s+(?:\\S+\\s+)?որտեղ[՞]?ի[՞]?ց`,
      '(?:սա|դա)\\s+(?:\\S+\\s+)?սպամ(?!\\s+չէ)',
      'սպամ\\s+է',
    ),
    until: words(
      'մինչ(?:և|եւ|եվ)?\\s+(?!հիմա|այժմ|այսօր)',
      '(?!սրանից|դրանից|այսօրվանից|հիմիկվանից|այսուհետ)\\p{L}+ից\\s+(?:հետո|առաջ)',
    ),
    others: words('(?:նա|տիկին|պարոն)\\s+(?:\\S+\\s+){0,2}(?:չի\\s+աշխատում|թոշակի|հեռացել\\s+է|գնացել\\s+է)'),
  },
  // Azerbaijani. Phones type ə as e and ı as i (see `loose`); ö ü ş ç ğ fold to o u s c g.
  {
    code: 'az',
    optOut: words(
      ...az(
        '(?:məni|bizi)(?:\\s+\\S+){0,2}\\s+(?:sil|çıxar)',
        `${AZ_MINE}(?:\\s+\\S+){0,2}\\s+(?:sil|çıxar)`,
        'abunəlikdən\\s+(?:\\S+\\s+)?çıx(?:maq\\s+istəyirəm|ıram|dım|arın|art)',
        'abunəliyimi\\s+(?:\\S+\\s+)?ləğv',
        '(?:mənə|məni|mənimlə|bizə|bizi|bizimlə)\\s+(?:artıq\\s+|bir\\s+daha\\s+|heç\\s+vaxt\\s+|daha\\s+)?(?:\\S+\\s+)?(?:yazmay|göndərməy|zəng\\s+etməy|zəng\\s+vurmay|narahat\\s+etməy|əlaqə\\s+saxlamay|mesaj\\s+atmay|yazma(?!\\p{L})|zəng\\s+etmə(?!\\p{L})|narahat\\s+etmə(?!\\p{L}))',
        'bir\\s+daha\\s+(?:\\S+\\s+){0,2}(?:yazmay|göndərməy|zəng\\s+etməy|zəng\\s+vurmay|narahat\\s+etməy|əlaqə\\s+saxlamay|mesaj\\s+atmay)',
        '(?:göndərməyi|yazmağı|zəng\\s+etməyi|narahat\\s+etməyi)\\s+dayandır',
        '(?:mesaj|email|e-?poçt|məktub|zəng|sms|reklam|bildiriş)\\p{L}*\\s+(?:\\S+\\s+)?(?:almaq\\s+)?istəmirəm',
        `${AZ_MINE}\\s+(?:\\S+\\s+)?(?:haradan|hardan|kimdən)`,
        `(?:haradan|hardan)\\s+(?:\\S+\\s+)?${AZ_MINE}`,
        'bu\\s+(?:\\S+\\s+)?spam(?:dır)?\\s*(?:[.!,]|$)',
        'spamdır',
      ),
    ),
    until: words(
      ...az(
        '(?!nə\\s)\\p{L}+(?:a|ə)\\s+qədər',
        '(?!bundan|indidən|bugündən)\\p{L}+(?:dan|dən)\\s+(?:sonra|əvvəl)',
      ),
    ),
    others: words(
      ...az(
        'o\\s+(?:artıq\\s+)?(?:\\S+\\s+){0,2}(?:işləmir|işdən\\s+çıxıb|təqaüdə)',
        'onu\\s+(?:\\S+\\s+)?(?:sil|çıxar)',
      ),
    ),
  },
  // Kazakh (Cyrillic). Phones often use Russian letters for ә ғ қ ң ө ұ ү і (see `loose`).
  {
    code: 'kk',
    optOut: words(
      ...kk(
        '(?:мені|бізді)(?:\\s+\\S+){0,2}\\s+(?:өшір|алып\\s+таста|шығар|жой)',
        `${KK_MINE}(?:\\s+\\S+){0,2}\\s+(?:өшір|алып\\s+таста|жой)`,
        'жазылым\\p{L}*\\s+(?:\\S+\\s+)?(?:бас\\s+тартамын|бас\\s+тартқым|шыққым|шығарыңыз|тоқтатыңыз|тоқтатқым)',
        '(?:маған|мені|менімен|бізге|бізді|бізбен)\\s+(?:енді\\s+|қайтадан\\s+|қайта\\s+|ешқашан\\s+|басқа\\s+)?(?:\\S+\\s+)?(?:жазба|жіберме|қоңырау\\s+шалма|хабарласпа|мазалама|байланыспа|звондама)',
        'енді\\s+(?:\\S+\\s+){0,2}(?:жазбаңыз|жібермеңіз|шалмаңыз|хабарласпаңыз|мазаламаңыз|байланыспаңыз)',
        '(?:жіберуді|жазуды|қоңырау\\s+шалуды|мазалауды|хабарласуды)\\s+тоқтат',
        '(?:хабарлама|хат|хабар|қоңырау|жарнама|sms|смс|email|e-?mail|пошта)\\p{L}*\\s+(?:\\S+\\s+)?алғым\\s+келмейді',
        `(?:${KK_MINE}|нөмірім|номерім)\\s+(?:\\S+\\s+){0,2}қайдан`,
        `қайдан\\s+(?:\\S+\\s+){0,2}${KK_MINE}`,
        'бұл\\s+(?:\\S+\\s+)?спам\\s*(?:[.!,]|$)',
      ),
    ),
    until: words(...kk('дейін', 'шейін', '(?<!(?:бұдан|осыдан|қазірден)\\s+)кейін', 'соң(?!\\p{L})')),
    others: words(
      ...kk(
        'ол\\s+(?:\\S+\\s+){0,2}(?:істемейді|кетті|зейнет)',
        '(?:оны|оның\\s+\\S+)\\s+(?:\\S+\\s+)?(?:өшір|алып\\s+таста|шығар)',
      ),
    ),
  },
  // Uzbek, Latin then Cyrillic. The ʻ of oʻ gʻ is typed as ', ʼ or left out; ў folds to у.
  {
    code: 'uz',
    optOut: words(
      ...uz(
        '(?:meni|bizni)(?:\\s+\\S+){0,2}\\s+(?:oʻchir|chiqar|olib\\s+tashla)',
        `${UZ_MINE}(?:\\s+\\S+){0,2}\\s+(?:oʻchir|olib\\s+tashla|chiqar)`,
        'obunam\\p{L}*\\s+(?:\\S+\\s+)?bekor',
        'obunani\\s+bekor\\s+qiling',
        'obunadan\\s+(?:\\S+\\s+)?chiq(?:moqchiman|aman|ing|aring)(?!\\p{L})',
        'meni\\s+obunadan',
        '(?:menga|meni|men\\s+bilan|bizga|bizni|biz\\s+bilan)\\s+(?:\\S+\\s+){0,2}(?:yozma|yuborma|joʻnatma|qoʻngʻiroq\\s+qilma|bezovta\\s+qilma|bogʻlanma|sms\\s+yuborma|xabar\\s+yuborma|tel\\s+qilma|telefon\\s+qilma|aloqaga\\s+chiqma)',
        '(?:boshqa|hech\\s+qachon|qayta)\\s+(?:\\S+\\s+){0,2}(?:yozma|yuborma|joʻnatma|qoʻngʻiroq\\s+qilma|bezovta\\s+qilma|bogʻlanma|tel\\s+qilma)',
        '(?:yuborishni|yozishni|qoʻngʻiroq\\s+qilishni|joʻnatishni|bezovta\\s+qilishni)\\s+toʻxtat',
        '(?:xabar|habar|sms|email|e-?mail|xat|qoʻngʻiroq|reklama)\\p{L}*\\s+(?:\\S+\\s+)?olishni\\s+(?:xohlamayman|hohlamayman|istamayman)',
        `(?:${UZ_MINE}|raqamim|nomerim)\\s+(?:\\S+\\s+){0,2}(?:qayerdan|qaerdan|qaydan|kim\\s+berdi)`,
        `(?:qayerdan|qaerdan|qaydan)\\s+(?:\\S+\\s+){0,2}${UZ_MINE}`,
        'bu\\s+(?:\\S+\\s+)?spam\\s*(?:[.!,]|$)',
        // "Bas qiling!" (enough, stop it) as the whole sentence.
        '^\\W*(?:iltimos\\s+)?bas\\s+(?:qiling|qilinglar|qil)\\s*(?:[.!]|$)',
        '(?:мени|бизни)(?:\\s+\\S+){0,2}\\s+(?:ўчир|чиқар|олиб\\s+ташла)',
        `${UZ_MINE_CYR}(?:\\s+\\S+){0,2}\\s+(?:ўчир|олиб\\s+ташла|чиқар)`,
        'обунам\\p{L}*\\s+(?:\\S+\\s+)?бекор',
        'обунадан\\s+(?:\\S+\\s+)?чиқ(?:моқчиман|аман|инг|аринг)(?!\\p{L})',
        '(?:менга|мени|мен\\s+билан|бизга|бизни|биз\\s+билан)\\s+(?:\\S+\\s+){0,2}(?:ёзма|юборма|жўнатма|қўнғироқ\\s+қилма|безовта\\s+қилма|боғланма|смс\\s+юборма|хабар\\s+юборма|тел\\s+қилма)',
        '(?:бошқа|ҳеч\\s+қачон|қайта)\\s+(?:\\S+\\s+){0,2}(?:ёзма|юборма|жўнатма|қўнғироқ\\s+қилма|безовта\\s+қилма|боғланма)',
        '(?:юборишни|ёзишни|қўнғироқ\\s+қилишни|жўнатишни|безовта\\s+қилишни)\\s+тўхтат',
        '(?:хабар|смс|хат|қўнғироқ|реклама)\\p{L}*\\s+(?:\\S+\\s+)?олишни\\s+(?:хоҳламайман|истамайман)',
        `(?:${UZ_MINE_CYR}|рақамим|номерим)\\s+(?:\\S+\\s+){0,2}(?:қаердан|қаёқдан|қайердан)`,
        `(?:қаердан|қаёқдан|қайердан)\\s+(?:\\S+\\s+){0,2}${UZ_MINE_CYR}`,
        'бу\\s+(?:\\S+\\s+)?спам\\s*(?:[.!,]|$)',
      ),
    ),
    until: words(
      ...uz(
        '(?!hozir|hanuz|shu)\\p{L}+gacha(?!\\p{L})',
        '(?!bundan|shundan|hozirdan)\\p{L}+dan\\s+(?:keyin|soʻng|oldin)(?!\\p{L})',
        'keyinroq',
        '(?!ҳозир|шу)\\p{L}+гача(?!\\p{L})',
        '(?!бундан|шундан|ҳозирдан)\\p{L}+дан\\s+(?:кейин|сўнг|олдин)(?!\\p{L})',
        'кейинроқ',
      ),
    ),
    others: words(
      ...uz(
        '(?:uni|uning\\s+\\S+)\\s+(?:\\S+\\s+)?(?:oʻchir|chiqar)',
        'u\\s+(?:endi\\s+|boshqa\\s+)?(?:\\S+\\s+){0,2}ishlamaydi',
        'ishdan\\s+ketgan',
        'nafaqaga',
        '(?:уни|унинг\\s+\\S+)\\s+(?:\\S+\\s+)?(?:ўчир|чиқар)',
        'у\\s+(?:энди\\s+)?(?:\\S+\\s+){0,2}ишламайди',
        'ишдан\\s+кетган',
        'нафақага',
      ),
    ),
  },
  // Maltese. Object suffixes -ni (me), -li (to me), negative -x; ħ is often typed h (see `loose`).
  {
    code: 'mt',
    optOut: words(
      ...mt(
        `la\\s+(?:\\S+\\s+)?${MT_STEM}\\p{L}*(?:lix|nix|lniex|niex)(?!\\p{L})`,
        `${MT_STEM}\\p{L}*(?:lix|nix)\\s+(?:\\S+\\s+)?(?:aktar|iżjed|qatt)`,
        '(?:neħħ|ħassr|ħassar)(?:i|u)?ni(?!\\p{L})',
        '(?:neħħ|ħassr|ħassar)\\p{L}*\\s+(?:\\S+\\s+)?(?:\\p{L}+-)?(?:numru|isem|email|e-mail|indirizz|dettalji|kuntatt)\\s+tiegħi',
        'ma\\s+(?:rridx|nridx|irridx|nixtieqx|irridux|nridux|nixtiequx)\\s+(?:\\S+\\s+)?(?:nirċievi|nirċievu|aktar|iżjed|tikkuntattjawni|tiktbuli|tibagħtuli|tibgħatli)',
        'minn\\s+fejn\\s+(?:\\S+\\s+){0,3}tiegħi',
        'minn\\s+fejn\\s+(?:ġibt|sibt|ħadt)\\p{L}*\\s+(?:\\S+\\s+)?(?:\\p{L}+-)?(?:numru|email|indirizz|kuntatt)',
        '(?:ieqaf|ieqfu|ieqfa|waqqfu|waqqaf)\\s+(?:\\S+\\s+)?(?:i?bagħt|tibagħt|tibgħat|ibgħat|tikt|ikt|tikkuntattj|i?ċċemp|ċemp)\\p{L}*(?:li|ni)(?!\\p{L})',
        'ħallini\\s+(?:\\S+\\s+)?(?:bi\\s+kwieti|kwiet)',
        // "dan" is also Indonesian and Malay "and": only "dan (hu) spam" as a whole clause.
        'dan\\s+(?:hu|huwa|kollu|biss)\\s+spam',
        'dan\\s+spam\\s*(?:[.!]|$)',
      ),
    ),
    until: words(
      ...mt(`sa\\s+(?:wara\\s+)?${MT_TIME}`, `wara\\s+${MT_TIME}`, `qabel\\s+${MT_TIME}`),
    ),
    others: words(
      ...mt(
        '(?:hu|hi|huwa|hija)\\s+m\'?għad(?:u|ha|hie|hu)?x',
        'm\'?għad\\p{L}*x\\s+(?:jaħdem|taħdem)',
        'irtira',
        '(?:telaq|telqet)\\s+(?:mill|mix|mit)',
      ),
    ),
  },
  // Irish. Fadas fold away; "ná" (don't) folds to "na", so the verbs are listed.
  {
    code: 'ga',
    optOut: words(
      'díliostáil\\p{L}*\\s+(?:mé|sinn)(?!\\p{L})',
      '(?:ba\\s+mhaith\\s+liom|ba\\s+mhian\\s+liom|teastaíonn\\s+uaim|ba\\s+mhaith\\s+linn|táim\\s+ag\\s+iarraidh|tá\\s+mé\\s+ag\\s+iarraidh)\\s+(?:\\S+\\s+)?d?h?íliost',
      'díliostálaim',
      '(?:bain|bainigí|bainidh|scrios|scriosaigí|scriosaidh|tóg|tógaigí)\\s+(?:amach\\s+)?(?:mé|sinn)(?!\\p{L})',
      '(?:bain|bainigí|scrios|scriosaigí)\\s+(?:\\S+\\s+){1,3}(?:mé|sinn)(?!\\p{L})',
      '(?:bain|bainigí|scrios|scriosaigí)\\s+(?:amach\\s+)?(?:m\'|mo\\s+)(?:uimhir|sheoladh|ríomhphost|r-phost|shonraí|ainm|ríomhsheoladh|email)',
      `ná\\s+(?:scríobh|scríobhaigí|cuir|cuirigí|seol|seolaigí|glaoigh|glaoigí|déan|déanaigí|bí|bígí|téigh|téigí)(?!\\p{L})\\s+(?:\\S+\\s+){0,3}?${GA_ME}`,
      `(?:stop|stopaigí|stopáil|éirigh\\s+as|éirígí\\s+as|éirigí\\s+as)\\s+(?:\\S+\\s+){0,4}?${GA_ME}`,
      '(?:níl\\s+mé|nílim|nílimid|níl\\s+muid|ní\\s+theastaíonn\\s+uaim|níor\\s+mhaith\\s+liom|ní\\s+mian\\s+liom|níor\\s+mhaith\\s+linn)\\s+(?:ag\\s+iarraidh\\s+)?(?:\\S+\\s+)?(?:níos\\s+mó|tuilleadh|a\\s+thuilleadh|aon|ríomhphost|r-phost|teachtaireacht|glaonna|téacs|sms)\\S*\\s+(?:\\S+\\s+){0,2}?(?:a\\s+)?fháil',
      '(?:cá|cén\\s+áit\\s+a|cad\\s+as\\s+a)\\s+(?:bhfuair|fuair)\\s+(?:sibh|tú|tu)\\s+(?:m\'|mo\\s)',
      'is\\s+turscar',
      'turscar\\s+(?:é|atá)',
      'spam\\s+é\\s+seo',
      'ná\\s+bac\\s+(?:liom|linn)\\s+(?:arís|níos\\s+mó|a\\s+thuilleadh)',
    ),
    until: words(
      'go\\s+dtí',
      '(?:tar\\s+éis|i\\s+ndiaidh|roimh)\\s+(?:an|na|\\p{N}|mhí|mí|lá|seachtain|saoire|laethanta|nollag|cásca)(?!\\p{L})',
      'nuair\\s+a\\s+bheidh',
    ),
    others: words(
      '(?:tá|bhí)\\s+(?:sé|sí)\\s+(?:\\S+\\s+){0,2}(?:imithe|ar\\s+scor|éirithe\\s+as)',
      'bain\\s+(?:é|í)(?!\\p{L})',
    ),
  },
  // Welsh. Circumflexes fold away (â = a); mutated forms ("ddad-danysgrifio") follow a possessor.
  {
    code: 'cy',
    optOut: words(
      '(?:dad-?danysgrifi|datdanysgrifi)\\p{L}*\\s+(?:fi|ni)(?!\\p{L})',
      '(?:hoffwn|hoffem|dw\\s+i\\s+eisiau|dwi\\s+eisiau|dwi\\s+isio|rwy\\S*\\s+(?:eisiau|am)|rydw\\s+i\\s+(?:eisiau|am))\\s+(?:\\S+\\s+)?dd?ad-?danysgrif',
      '(?:tynnwch|tynna|dilëwch|dilea|dileu|dileuwch)\\s+(?:fi|ni)(?!\\p{L})',
      '(?:tynnwch|tynna|dilëwch|dilea|dileuwch|dileu)\\s+fy\\s+(?:manylion|rhif|e-?bost|ebost|nghyfeiriad|cyfeiriad|enw|data)',
      '(?:peidiwch|paid)\\s+(?:ag?|â)\\s+(?:\\S+\\s+){0,4}?(?:ataf|ata\\s+i|â\\s+(?:mi|fi)|i\\s+(?:mi|fi)|fi|mi)(?!\\p{L})',
      '(?:peidiwch|paid)\\s+â\'m\\s',
      '(?:peidiwch|paid|beidio|peidio)\\s+(?:ag?|â)\\s+(?:h?anfon|chysylltu|cysylltu|h?ysgrifennu|ffonio|e-?bostio|thecstio|tecstio)\\s+(?:\\S+\\s+){0,2}?(?:mwy|rhagor|eto)(?!\\p{L})',
      '(?:stopiwch|stopia|rhowch\\s+y\\s+gorau\\s+i|rho\\s+y\\s+gorau\\s+i)\\s+(?:\\S+\\s+){0,4}?(?:ataf|â\\s+(?:mi|fi)|fi|mi)(?!\\p{L})',
      '(?:dim|na)\\s+(?:rhagor|mwy)\\s+o\\s+(?:e-?byst|ebyst|negeseuon|alwadau|galwadau|sbam)',
      '(?:ddim|dim)\\s+(?:eisiau|isio|moyn|am)\\s+(?:\\S+\\s+)?(?:derbyn|dderbyn|cael|gael)\\s+(?:\\S+\\s+)?(?:rhagor|mwy|e-?byst|ebyst|negeseuon|galwadau|alwadau|sbam)',
      'nid\\s+wyf\\s+(?:am|eisiau)\\s+(?:\\S+\\s+)?(?:derbyn|dderbyn|cael|gael)\\s+(?:\\S+\\s+)?(?:rhagor|mwy|e-?byst|ebyst|negeseuon|galwadau|alwadau)',
      '(?:ddim|dim)\\s+(?:eisiau|isio|moyn)\\s+i\\s+chi\\s+(?:gysylltu|ysgrifennu|ffonio|anfon|e-?bostio)',
      '(?:o\\s+)?ble\\s+(?:gawsoch|cawsoch|gest|cest|gaethoch|cafodd|gafodd|daethoch\\s+o\\s+hyd\\s+i)\\s+(?:\\S+\\s+)?fy\\s',
      '(?:sbam|spam)\\s+(?:yw|ydi|ydy|ydyw)\\s+(?:hwn|hyn|hwnna|hynny)',
      'mae\\s+(?:hyn|hwn|hwnna|hynny)\\s+yn\\s+(?:\\S+\\s+)?sbam',
    ),
    until: words(
      'tan\\s+(?!hyn)',
      'ar\\s+ôl\\s+(?!hyn|heddiw)',
      'hyd\\s+nes',
      'cyn\\s+(?:\\p{N}|y\\s|mis|fis|diwedd|dechrau|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|nadolig)',
    ),
    others: words(
      '(?:mae|roedd)\\s+(?:hi|e|o|ef)\\s+wedi\\s+(?:ymddeol|gadael|symud)',
      '(?:tynnwch|dilëwch)\\s+(?:hi|e|o|ef)(?!\\p{L})',
    ),
  },
  // Basque. The imperative auxiliaries carry the object: nazazue/nazazu "me", iezadazue "to me".
  {
    code: 'eu',
    optOut: words(
      `(?:ken|kendu|ezaba|ezabatu|atera|borra|borratu)\\s+(?:\\S+\\s+)?${EU_ME}`,
      `(?:ken|kendu|ezaba|ezabatu|borra|borratu)\\s+${EU_MINE}`,
      `${EU_MINE}\\S*\\s+(?:\\S+\\s+)?(?:ken|kendu|ezaba|ezabatu|borra|borratu)(?!\\p{L})`,
      'ez\\s+(?:iezadazue|iezadazu|iezadak|iezadan|nazazue|nazazu|nazak|nazan|iezaguzue|gaitzazue)(?!\\p{L})',
      'ez\\s+(?:idatzi|bidali|deitu|molestatu|igorri|jarri)\\s+(?:\\S+\\s+){0,2}?(?:gehiago|niri|nirekin|inoiz)(?!\\p{L})',
      'ez\\s+(?:niri|nirekin|gurekin|guri)\\s+(?:\\S+\\s+)?(?:idatzi|bidali|deitu|jarri|harremanetan)',
      'gehiago\\s+ez\\s+(?:\\S+\\s+)?(?:idatzi|bidali|deitu|molestatu)',
      '(?:utz|utzi)\\s+(?:nazazue|nazazu|nazak|nazan|gaitzazue|gaitzazu)\\s+bakean',
      '(?:utzi|utz)\\s+(?:\\S+\\s+){0,2}(?:bidaltzeari|idazteari|deitzeari)',
      '(?:ez\\s+dut|ez\\s+dugu)\\s+(?:\\S+\\s+)?(?:gehiago|mezu\\p{L}*|posta\\p{L}*|e-?mail\\p{L}*|dei\\p{L}*|sms\\p{L}*|publizitate\\p{L}*|informazio\\p{L}*)\\s+(?:\\S+\\s+)?jaso\\s+nahi',
      '(?:ez\\s+dut|ez\\s+dugu)\\s+nahi\\s+(?:\\S+\\s+)?(?:nirekin|gurekin)\\s+harremanetan',
      'ez\\s+(?:du|duela|dudala|dugula|dut)\\s+(?:zuekin|zurekin)\\s+harremanik\\s+(?:izan\\s+)?nahi',
      `nondik\\s+(?:\\S+\\s+){0,3}${EU_MINE}`,
      `${EU_MINE}\\S*\\s+(?:\\S+\\s+)?nondik`,
      'nork\\s+eman\\s+(?:dizue|dizu|dio)\\s+nire',
      'spama\\s+da(?!\\p{L})',
      'spam\\s+hutsa',
      'harpidetza\\s+(?:\\S+\\s+)?(?:kendu|utzi|ezeztatu|bertan\\s+behera\\s+utzi)\\s+nahi\\s+(?:dut|dugu)',
      'nire\\s+harpidetza\\s+(?:\\S+\\s+)?(?:ezeztatu|kendu|ezabatu|bertan)',
      'baja\\s+eman\\s+(?:nahi\\s+dut|iezadazue|iezadazu)',
      'eman\\s+(?:iezadazue|iezadazu)\\s+baja',
    ),
    until: words(
      '(?<!(?:orain|gaur|honaino)\\s+)arte(?!\\p{L})',
      '(?!honen|horren|hemendik)\\p{L}+\\s+(?:ondoren|ostean|aurretik)(?!\\p{L})',
    ),
    others: words('(?:jada|dagoeneko)\\s+ez\\s+du\\s+(?:\\S+\\s+)?lan', 'erretiratu', 'jubilatu'),
  },
  // Galician. Clitics attach to the imperative (dádeme, borrádeme); ñ folds to n.
  {
    code: 'gl',
    optOut: words(
      'd\\p{L}{0,4}(?:me|nos)\\s+de\\s+baixa',
      'que\\s+me\\s+(?:borr|elimin|quit|sac|retir|de[ad]?n?\\s+de\\s+baixa)',
      'cancel\\p{L}*\\s+(?:a\\s+)?(?:miña|nosa)\\s+subscri',
      '(?:borr|elimin)\\p{L}*(?:me|nos)(?!\\p{L})',
      '(?:sac|quit|retir|exclú|tir)\\p{L}*(?:me|nos)\\s+(?:\\S+\\s+){0,2}?(?:lista|base|listaxe|envíos|mailing|correos|bbdd)',
      `(?:borr|elimin|quit|retir|sac)\\p{L}*\\s+${GL_MINE}`,
      'non\\s+(?:me|nos)\\s+(?:escrib|mand|envi|cham|contact|molest|telefon|incomod)\\p{L}*(?:\\s+(?:\\S+\\s+){0,2}?(?:máis|nunca)(?!\\p{L})|\\s*(?:[.!]|$))',
      'non\\s+(?:me|nos)\\s+volv\\p{L}*\\s+(?:a\\s+)?(?:escribir|mandar|enviar|chamar|contactar|molestar)',
      '(?:deix|par)\\p{L}*\\s+de\\s+(?:me\\s+|nos\\s+)?(?:escribir|mandar|enviar|chamar|contactar|molestar)',
      'non\\s+(?:quero|queremos|desexo|desexamos)\\s+(?:recibir\\s+(?:\\S+\\s+){0,2}?(?:máis|correos|mensaxes|chamadas|emails|e-mails|comunicacións|publicidade)|que\\s+me\\s+(?:escrib|mand|envi|cham|contact|molest))',
      `(?:de\\s+)?onde\\s+(?:\\S+\\s+)?(?:sacastes|sacaron|tedes|teñen|conseguistes|conseguiron|obtivestes|obtiveron|atopastes|collestes|sacaches|tes|ten|obtivo|sacou)\\s+${GL_MINE}`,
      'isto\\s+é\\s+(?:\\S+\\s+)?spam',
    ),
    until: words(
      'ata\\s+(?!logo|pronto|agora|aquí|nunca|o\\s+de\\s+agora)',
      `(?:despois|antes)\\s+(?:de|do|da|dos|das)\\s+${GL_TIME}`,
    ),
    others: words('xa\\s+non\\s+traballa', 'xubil', '(?:el|ela)\\s+(?:xa\\s+)?(?:marchou|deixou)'),
  },
  // Amharic (Ge'ez script, spaces between words). Object suffixes -ኝ "me", -ልኝ "to me"; negative
  // imperative አት-, polite jussive አይ-. ከአሁን በኋላ "from now on" is not a date.
  {
    code: 'am',
    optOut: words(
      '(?:አት|አይ)(?:ላክ|ላኩ|ላኪ|ደውል|ደውሉ|ደውይ|ደውዪ|ጻፍ|ጻፉ|ጻፊ|ፃፍ|ፃፉ|ፃፊ|ረብሽ|ረብሹ|ረብሺ|ጨቅጭቁ|ጨቅጭቅ)\\p{L}*(?:ኝ|ልን)(?!\\p{L})',
      '(?:አታግኙኝ|አታግኘኝ)',
      `${AM_DROP}(?:ኝ|ን)(?!\\p{L})`,
      `${AM_MINE}\\s+(?:\\S+\\s+){0,2}${AM_DROP}`,
      '(?:ምዝገባዬን|ደንበኝነቴን)\\s+(?:\\S+\\s+)?(?:ሰርዙ|ሰርዝ|ያቋርጡ|አቋርጡ|ይሰርዙ)',
      '(?:መላክ|መደወል|መጻፍ|መፃፍ|መረበሽ)\\s+(?:\\S+\\s+)?(?:አቁሙ|አቁም|አቁሚ|ያቁሙ|ይብቃ)',
      'መቀበል\\s+(?:አልፈልግም|አንፈልግም)',
      '(?:መልዕክት|መልእክት|ኢሜይል|ኢሜል|ጥሪ|ማስታወቂያ)\\p{L}*\\s+(?:\\S+\\s+)?(?:አልፈልግም|አንፈልግም)',
      `(?:${AM_MINE}|ቁጥሬ|ኢሜይሌ)\\s+(?:\\S+\\s+)?ከየት`,
      `ከየት\\s+(?:\\S+\\s+)?${AM_MINE}`,
      '(?:ስፓም|አይፈለጌ\\s+መል(?:ዕ|እ)ክት)\\p{L}*\\s+(?:ነው|ናቸው)',
      '(?:ተዉኝ|ተውኝ|ተይኝ)(?!\\p{L})',
    ),
    until: words(
      'እስከ(?!\\s*(?:ዛሬ|አሁን|መቼ))',
      'ድረስ',
      '(?<!(?:ከአሁን|ከዚህ|ከእንግዲህ|ከዛሬ)\\s+)በኋላ',
      '(?<!(?:ከአሁን|ከዚህ)\\s+)በፊት',
    ),
    others: words('ጡረታ', 'ለቅቋል', 'ለቃለች', 'ለቅቃለች', 'ወጥቷል', 'ወጥታለች', '(?:እዚህ|ከእኛ\\s+ጋር)\\s+(?:አይሰራም|አትሰራም)'),
  },
];
