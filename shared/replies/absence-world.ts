/**
 * Absence notices in the world's languages (guide rule 2): the writer, or their office, is away now
 * — on holiday, on leave, travelling, off sick, out of the office, closed for a holiday, back on a
 * date, answering on return. Written from each language's grammar and common usage, like the
 * opt-out patterns (opt-out-world.ts), not from any labelled reply.
 *
 * A feature the reply model weighs (absence.ts `absenceIn`, features.ts), never a decision: in the
 * languages with a few dozen training replies each, the model has little of their own wording to
 * learn an absence from, but it has learnt what the absence signal is worth from all the others.
 *
 * `away` holds the writer's own present absence (first person, or the impersonal forms of an
 * automatic notice); `notNow`, in the same clause, says it is not one after all: someone else is
 * away, the absence is over ("I was on holiday", "just back"), denied, or not begun ("from next week
 * I'll be on holiday, let's talk before").
 */
import { anyOf, anywhere, words, type Matcher, type ScriptPattern } from './world-patterns.ts';
import { MORE_WORLD_ABSENCES } from './absence-world-more.ts';

export interface WorldAbsence {
  readonly code: string;
  readonly away: ScriptPattern;
  readonly notNow?: Matcher;
}

/** One word (or date) between the parts of a phrase: never a comma, so a pattern stays in its clause. */
const W = String.raw`(?:[\p{L}\p{M}\p{N}./-]+\s+)`;
/** The start of the clause (not `^\W*`: \W would skip the letters of every other script). */
const START = String.raw`^[\s\p{P}\p{S}]*`;

// Where one is while away, in each language's own case: "в отпуске", "у відпустці", "в отпуск", "na godišnjem odmoru".
// *_LEAVE may follow "I am" at a few words' distance ("я сейчас нахожусь в отпуске"); *_EVENT (a conference, a
// fair, a trip) only right after it: "я узнал о вас на конференции" is where we met, not where the writer is.
const RU_LEAVE = String.raw`(?:в|на)\s+(?:\p{L}+\s+){0,2}?(?:отпуске|декрете|командировке|больничном|отгуле|отъезде|каникулах)`;
const RU_EVENT = String.raw`(?:в|на)\s+(?:\p{L}+\s+)?(?:конференции|выставке|форуме|поездке|больнице|отдыхе|праздниках)`;
const UK_LEAVE = String.raw`(?:у|в|на)\s+(?:\p{L}+\s+){0,2}?(?:відпустці|декреті|відрядженні|лікарняному|відгулі|від.?їзді|канікулах)`;
const UK_EVENT = String.raw`(?:у|в|на)\s+(?:\p{L}+\s+)?(?:конференції|виставці|лікарні|відпочинку|святах)`;
const BG_LEAVE = String.raw`(?:в|на)\s+(?:\p{L}+\s+){0,2}?(?:отпуск|командировка|болничн\p{L}*|майчинство|почивка|ваканция)`;
const BG_EVENT = String.raw`(?:в|на)\s+(?:\p{L}+\s+)?(?:конференция|изложение|пътуване|пътешествие)`;
// "na putu" only bare or as a business trip: "na dobrom putu smo" is "we are on the right track".
const SH_LEAVE = String.raw`(?:(?:na|u)\s+(?:\p{L}+\s+){0,2}?(?:odmoru|godišnjem|bolovanju|dopustu|odsustvu|porodiljskom|roditeljskom)|na\s+(?:službenom\s+|poslovnom\s+)?(?:putu|putovanju)|(?:van|izvan)\s+(?:ureda|kancelarije|firme|zemlje|grada))`;
const SH_EVENT = String.raw`(?:na|u)\s+(?:\p{L}+\s+)?(?:konferenciji|sajmu|seminaru|inostranstvu|inozemstvu|bolnici)`;
const SR_LEAVE = String.raw`(?:(?:на|у)\s+(?:\p{L}+\s+){0,2}?(?:одмору|годишњем|боловању|одсуству|породиљском)|на\s+(?:службеном\s+|пословном\s+)?(?:путу|путовању)|(?:ван|изван)\s+(?:канцеларије|фирме|земље|града))`;
const SR_EVENT = String.raw`(?:на|у)\s+(?:\p{L}+\s+)?(?:конференцији|сајму|семинару|иностранству|болници)`;
const SL_LEAVE = String.raw`(?:na\s+(?:\p{L}+\s+){0,2}?(?:dopustu|bolniški|bolniški\s+odsotnosti)|na\s+(?:službeni\s+)?(?:poti|potovanju)|(?:izven|zunaj)\s+(?:pisarne|podjetja|države))`;
const SL_EVENT = String.raw`(?:na\s+(?:\p{L}+\s+)?(?:konferenci|sejmu|seminarju|izobraževanju)|v\s+(?:tujini|bolnišnici))`;
const SK_LEAVE = String.raw`(?:na\s+(?:\p{L}+\s+)?(?:dovolenke|pn|péenke|práceneschopnosti|materskej|rodičovskej|služobke)|na\s+(?:služobnej\s+|pracovnej\s+)?ceste|mimo\s+(?:kancelárie|úradu|firmy|práce))`;
const SK_EVENT = String.raw`(?:na\s+(?:\p{L}+\s+)?(?:konferencii|veľtrhu|školení)|v\s+(?:zahraničí|nemocnici))`;

/** Turkish words with the dotless ı, which phones often type as i. */
const I = '[ıi]';

export const WORLD_ABSENCES: ReadonlyArray<WorldAbsence> = [
  {
    code: 'ru',
    away: words(
      String.raw`(?:я|нахожусь|находимся|буду|будем)\s+${W}{0,3}${RU_LEAVE}`,
      String.raw`(?:я|нахожусь|находимся|буду|будем)\s+(?:сейчас\s+|сегодня\s+|еще\s+)?${RU_EVENT}`,
      String.raw`${START}(?:сейчас\s+|пока\s+|временно\s+|в\s+настоящее\s+время\s+|в\s+данный\s+момент\s+)?${RU_LEAVE}`,
      // "ушла в отпуск" is away now, told by the writer (not "Иван ушёл в отпуск").
      String.raw`(?:я\s+${W}{0,2}|${START})(?:ушел|ушла|ушли|уехал|уехала|уехали|улетел|улетела|улетели)\s+(?:в|на)\s+(?:\p{L}+\s+)?(?:отпуск|командировку|декрет|больничный|конференцию|выставку|каникулы|отдых|море|отгул)`,
      String.raw`(?:буду|будем)\s+отсутствовать|отсутствую|отсутствуем`,
      String.raw`(?:(?:я|мы|нахожусь|находимся)\s+${W}{0,2}|${START}(?:сейчас\s+)?)вне\s+(?:офиса|зоны\s+доступа|зоны\s+действия\s+сети)`,
      String.raw`меня\s+${W}{0,2}(?:нет|не\s+будет)\s+${W}{0,2}(?:в\s+офисе|на\s+месте|на\s+работе|в\s+городе|в\s+стране|на\s+связи)|меня\s+не\s+будет\s+до\s+\p{N}`,
      // Back on a date ("вернусь 15-го", "вернусь в офис в понедельник"), not "вернусь к этому вопросу".
      String.raw`вернусь\s+(?:в\s+офис\s+|на\s+работу\s+|из\s+\p{L}+\s+|домой\s+)?(?:\p{N}|после\s|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|начале|конце|середине)|через|на\s+следующей|завтра|\p{L}+ого(?!\p{L}))`,
      String.raw`(?:буду|будем)\s+(?:снова\s+|вновь\s+|опять\s+)?(?:в\s+офисе|на\s+связи|на\s+месте|доступн\p{L}*)\s+(?:(?:с|со)\s+\p{N}|после\s|начиная|с\s+(?:понедельника|вторника|среды|четверга|пятницы))`,
      String.raw`выйду\s+(?:на\s+работу|из\s+отпуска)`,
      String.raw`(?:по|после)\s+(?:моего\s+|своего\s+)?(?:возвращени[ия]|приезда|выхода\s+(?:из\s+отпуска|на\s+работу))`,
      String.raw`ограниченн\p{L}*\s+(?:\p{L}+\s+)?доступ\p{L}*\s+к\s+(?:\p{L}+\s+)?(?:почте|e-?mail|интернету|электронной)|доступ\s+к\s+(?:\p{L}+\s+)?почте\s+ограничен|без\s+доступа\s+к\s+(?:\p{L}+\s+)?(?:почте|интернету)`,
      // The office closed for the holidays or on dates ("офис не работает с 31 декабря по 8 января").
      String.raw`(?:офис|компания|магазин|склад|отдел|мы)\s+${W}{0,2}(?:не\s+работа(?:ем|ет|ют)|закрыт\p{L}*|отдыха(?:ем|ет|ют))\s+${W}{0,2}(?:(?:на|в)\s+(?:\p{L}+\s+)?(?:праздник|каникул|выходн|новогодн|рождеств|майск)\p{L}*|(?:с|до|по)\s+\p{N})`,
      String.raw`(?:с|до)\s+\p{N}${W}{0,6}(?:офис|компания|мы)\s+${W}{0,1}(?:не\s+работа(?:ем|ет|ют)|закрыт\p{L}*|отдыха(?:ем|ет))`,
      String.raw`(?:офис|компания|магазин|склад)\s+${W}{0,2}(?:не\s+работа(?:ет|ют)|закрыт\p{L}*)\s*(?:[.!]|$)`,
      String.raw`в\s+связи\s+с\s+(?:\p{L}+\s+)?(?:праздник|каникул|отпуск)\p{L}*`,
      String.raw`я\s+(?:\p{L}+\s+)?(?:заболел\p{L}*|болею|приболел\p{L}*)`,
    ),
    notNow: words(
      String.raw`(?:он|она|они|коллега|сотрудни\p{L}*|руководител\p{L}*|директор|менеджер|начальни\p{L}*)\s+${W}{0,2}(?:${RU_LEAVE}|${RU_EVENT})`,
      String.raw`замещаю|заменяю|подменяю|исполняю\s+обязанности|вместо\s+(?:него|нее)`,
      String.raw`(?:был|была|были|побывал\p{L}*)\s+${W}{0,2}(?:${RU_LEAVE}|${RU_EVENT})`,
      String.raw`вернул(?:ся|ась|ись)|(?:вышел|вышла|вышли)\s+на\s+работу|(?:только\s+что|недавно|уже)\s+(?:вернул|приехал|прилетел|вышл|вышел|из\s+отпуск|в\s+офисе|на\s+работе|на\s+месте)`,
      String.raw`не\s+${RU_LEAVE}|не\s+(?:нахожусь|ухожу)\s+в\s+отпуск`,
      // Not begun: "ухожу в отпуск", "со следующей недели буду в отпуске", "давайте до моего отпуска".
      String.raw`(?:ухожу|уезжаю|улетаю|собираюсь|планирую|пойду|уйду|уеду)\s+${W}{0,2}(?:в|на)\s+(?:\p{L}+\s+)?(?:отпуск|командировку|декрет|больничный|каникулы)`,
      String.raw`(?:со?|на)\s+следующ\p{L}+\s+(?:недел|месяц|понедельник)\p{L}*\s+${W}{0,3}(?:буду|ухожу|уезжаю|улетаю|уйду|уеду|я\s+в|я\s+на)`,
      String.raw`(?:буду|будем)\s+${W}{0,4}(?:со\s+следующ|на\s+следующей)`,
      String.raw`(?:перед|до)\s+(?:моим\s+|моего\s+)?(?:отпуск|отъезд)\p{L}*`,
    ),
  },
  {
    code: 'uk',
    away: words(
      String.raw`(?:я|перебуваю|перебуваємо|буду|будемо|знаходжусь|знаходимось)\s+${W}{0,3}${UK_LEAVE}`,
      String.raw`(?:я|перебуваю|перебуваємо|буду|будемо)\s+(?:зараз\s+|сьогодні\s+|ще\s+)?${UK_EVENT}`,
      String.raw`${START}(?:зараз\s+|наразі\s+|тимчасово\s+|поки\s+що\s+)?${UK_LEAVE}`,
      String.raw`(?:я\s+${W}{0,2}|${START})(?:пішов|пішла|пішли|поїхав|поїхала|поїхали|полетів|полетіла|полетіли)\s+(?:у|в|на)\s+(?:\p{L}+\s+)?(?:відпустку|відрядження|декрет|лікарняний|конференцію|виставку|відпочинок|канікули|море)`,
      String.raw`(?:я|ми|буду|будемо)\s+${W}{0,2}(?:відсутн\p{L}*|поза\s+офісом)|${START}(?:зараз\s+|тимчасово\s+)?(?:відсутн\p{L}*|поза\s+офісом)`,
      String.raw`мене\s+${W}{0,2}(?:немає|нема|не\s+буде)\s+${W}{0,2}(?:в|у|на)\s+(?:офісі|роботі|місці|зв.?язку|місті|країні)|мене\s+не\s+буде\s+до\s+\p{N}`,
      String.raw`поверн(?:уся|усь)\s+(?:в\s+офіс\s+|до\s+офісу\s+|на\s+роботу\s+|з\s+\p{L}+\s+)?(?:\p{N}|після\s|[ув]\s+(?:понеділок|вівторок|середу|четвер|п.?ятницю)|через|наступного|завтра)`,
      String.raw`(?:буду|будемо)\s+(?:знову\s+)?(?:в\s+офісі|на\s+зв.?язку|на\s+місці|доступн\p{L}*)\s+(?:з\s+\p{N}|після\s|починаючи|з\s+(?:понеділка|вівторка|середи|четверга|п.?ятниці))`,
      String.raw`вийду\s+на\s+роботу`,
      String.raw`(?:після|по)\s+(?:мого\s+|свого\s+)?повернен\p{L}*|після\s+(?:мого\s+)?приїзду`,
      String.raw`обмежен\p{L}*\s+(?:\p{L}+\s+)?доступ\p{L}*\s+до\s+(?:\p{L}+\s+)?(?:пошти|e-?mail|інтернету|електронної)|без\s+доступу\s+до\s+(?:\p{L}+\s+)?(?:пошти|інтернету)`,
      String.raw`(?:офіс|компанія|магазин|склад|відділ|ми)\s+${W}{0,2}(?:не\s+працю(?:є|ємо|ють)|зачинен\p{L}*|закрит\p{L}*|відпочива(?:є|ємо|ють))\s+${W}{0,2}(?:(?:на|у|в|з\s+нагоди)\s+(?:\p{L}+\s+)?(?:свят|різдв|новоріч|канікул|вихідн|великодн)\p{L}*|(?:з|до|по)\s+\p{N})`,
      String.raw`(?:з|до)\s+\p{N}${W}{0,6}(?:офіс|компанія|ми)\s+${W}{0,1}(?:не\s+працю(?:є|ємо|ють)|зачинен\p{L}*)`,
      String.raw`у\s+зв.?язку\s+зі?\s+(?:\p{L}+\s+)?(?:свят|канікул|відпустк)\p{L}*`,
      String.raw`я\s+(?:\p{L}+\s+)?(?:захворів|захворіла|хворію)`,
    ),
    notNow: words(
      String.raw`(?:він|вона|вони|колега|співробітни\p{L}*|керівни\p{L}*|директор|менеджер)\s+${W}{0,2}(?:${UK_LEAVE}|${UK_EVENT})`,
      String.raw`заміщаю|замінюю|виконую\s+обов.?язки|замість\s+(?:нього|неї)`,
      String.raw`(?:був|була|були)\s+${W}{0,2}(?:${UK_LEAVE}|${UK_EVENT})`,
      String.raw`поверну(?:в|л)(?:ся|ася|ась|ися|ись)|(?:вийшов|вийшла|вийшли)\s+на\s+роботу|(?:щойно|вже)\s+(?:поверну|з\s+відпустки|в\s+офісі|на\s+роботі|на\s+місці)`,
      String.raw`не\s+(?:у|в)\s+відпустці`,
      String.raw`(?:йду|іду|їду|збираюся|збираюсь|планую|піду|поїду)\s+${W}{0,2}(?:у|в|на)\s+(?:\p{L}+\s+)?(?:відпустку|відрядження|декрет|лікарняний)`,
      String.raw`(?:з|на)\s+наступн\p{L}+\s+(?:тижн|місяц|понеділ)\p{L}*\s+${W}{0,3}(?:буду|йду|іду|їду|піду|поїду|я\s+[ув]|я\s+на)`,
      String.raw`(?:буду|будемо)\s+${W}{0,4}з\s+наступн`,
      String.raw`(?:перед|до)\s+(?:моєю\s+|моєї\s+)?(?:відпустк|від.?їзд)\p{L}*`,
    ),
  },
  {
    code: 'bg',
    away: words(
      String.raw`(?:${BG_LEAVE}|${BG_EVENT})\s+(?:съм|сме)`,
      String.raw`(?:съм|сме|ще\s+бъда|ще\s+бъдем|ще\s+съм|намирам\s+се|намираме\s+се)\s+${W}{0,3}(?:${BG_LEAVE}|извън\s+(?:офиса|страната|града))`,
      String.raw`(?:съм|сме|намирам\s+се|намираме\s+се)\s+(?:сега\s+|в\s+момента\s+)?${BG_EVENT}`,
      String.raw`извън\s+(?:офиса|страната|града)\s+(?:съм|сме)|${START}(?:в\s+момента\s+)?(?:${BG_LEAVE}|извън\s+офиса)\s+(?:до|от|\p{N})`,
      String.raw`(?:ще\s+)?отсъства(?:м|ме)`,
      String.raw`(?:ще\s+се\s+върна|ще\s+се\s+прибера|връщам\s+се|ще\s+бъда\s+(?:отново\s+)?(?:в\s+офиса|на\s+разположение|достъпн\p{L}*))\s+(?:в\s+офиса\s+|на\s+работа\s+)?(?:на\s+\p{N}|\p{N}|след\s|в\s+(?:понеделник|вторник|сряда|четвъртък|петък)|другата|следващ\p{L}*|утре|от\s+\p{N})`,
      String.raw`след\s+(?:моето\s+)?(?:завръщане|връщане)\p{L}*|при\s+(?:завръщането|връщането)\s+си|след\s+като\s+се\s+върна`,
      String.raw`ограничен\p{L}*\s+(?:\p{L}+\s+)?достъп\s+до\s+(?:\p{L}+\s+)?(?:имейл|пощ|интернет|e-?mail|електронн)\p{L}*`,
      String.raw`(?:затворен\p{L}*|не\s+работ(?:и|им|ят)|няма\s+да\s+работ(?:и|им|ят)|почива(?:ме|т)?)\s+${W}{0,3}(?:(?:поради|по\s+случай|за|през|по\s+време\s+на)\s+(?:\p{L}+\s+)?(?:празни[цк]|коледа|коледн|новогодишн|великден|ваканци|отпуск)\p{L}*|от\s+\p{N}|до\s+\p{N})`,
      String.raw`(?:през|в)\s+(?:празничните|почивните)\s+дни\s+${W}{0,2}(?:не\s+работ|затворен|няма\s+да\s+работ)`,
      String.raw`(?:болен|болна)\s+съм|разболях\s+се`,
    ),
    notNow: words(
      String.raw`(?:той|тя|те|колегата|колежката|колегите|управителят|директорът|шефът)\s+${W}{0,2}(?:е|са|ще\s+бъде)\s+(?:${BG_LEAVE}|${BG_EVENT})`,
      String.raw`замествам`,
      String.raw`(?:бях|бяхме)\s+${W}{0,2}(?:${BG_LEAVE}|${BG_EVENT}|извън)|(?:съм|сме)\s+(?:бил|била|били)(?!\p{L})`,
      String.raw`(?:върнах|прибрах)\s+се|(?:току-що|тъкмо|вече)\s+(?:се\s+)?(?:върнах|прибрах|съм\s+(?:в\s+офиса|на\s+работа|обратно))|отново\s+съм\s+(?:в\s+офиса|на\s+работа)`,
      String.raw`не\s+(?:съм|сме)\s+(?:\p{L}+\s+)?${BG_LEAVE}`,
      String.raw`(?:от|през)\s+следващ\p{L}+\s+(?:седмица|месец|понеделник)\s+${W}{0,3}(?:ще|съм|излизам|заминавам|тръгвам)`,
      String.raw`(?:ще\s+бъда|ще\s+съм|излизам|заминавам|тръгвам)\s+${W}{0,3}(?:от|през)\s+следващ`,
      String.raw`(?:излизам|заминавам|тръгвам|отивам|ще\s+изляза|ще\s+замина)\s+(?:\p{L}+\s+)?(?:в|на)\s+(?:\p{L}+\s+)?(?:отпуск|командировка|почивка|майчинство)`,
      String.raw`преди\s+(?:моя\s+)?(?:отпуск|заминаване)\p{L}*`,
    ),
  },
  {
    code: 'sh',
    // Serbian, Croatian and Bosnian in Latin letters, then Serbian in Cyrillic.
    away: words(
      String.raw`(?:${SH_LEAVE}|${SH_EVENT})\s+(?:sam|smo)`,
      String.raw`(?:sam|smo|biću|bit\s+ću|bićemo|bit\s+ćemo|nalazim\s+se|nalazimo\s+se)\s+${W}{0,2}(?:${SH_LEAVE}|odsut(?:an|na|ni|ne)|bolest(?:an|na))`,
      String.raw`(?:sam|smo|nalazim\s+se|nalazimo\s+se)\s+(?:trenutno\s+|sada\s+|danas\s+)?${SH_EVENT}`,
      String.raw`odsut(?:an|na|ni)\s+(?:sam|smo)|nisam\s+(?:\p{L}+\s+)?u\s+(?:uredu|kancelariji|firmi)|${START}(?:trenutno\s+)?${SH_LEAVE}\s+(?:do|od|\p{N})`,
      // Back on a date ("vraćam se 21.8."), not "vratit ću vam se" (I'll get back to you).
      String.raw`(?:vraćam\s+se|vratit\s+ću\s+se|vratiću\s+se|vraćamo\s+se|vratit\s+ćemo\s+se|vratićemo\s+se)\s+(?:u\s+ured\s+|u\s+kancelariju\s+|na\s+posao\s+|sa?\s+\p{L}+\s+)?(?:\p{N}|u\s+(?:ponedjeljak|ponedeljak|utorak|srijedu|sredu|četvrtak|petak)|nakon|za\s+\p{N}|sljedeć|sledeć|iduć|sutra|poslije|posle)`,
      String.raw`(?:bit\s+ću|biću|bit\s+ćemo|bićemo)\s+(?:ponovno\s+|ponovo\s+|opet\s+)?(?:dostup\p{L}+|u\s+uredu|u\s+kancelariji|na\s+poslu)\s+(?:od|nakon|posle|poslije|\p{N}|u\s+ponedjeljak|u\s+ponedeljak)`,
      String.raw`po\s+(?:mom\s+|mome\s+|svom\s+|svome\s+)?povratku|nakon\s+(?:mog\s+|svog\s+)?povratka`,
      String.raw`ograničen\p{L}*\s+(?:\p{L}+\s+)?pristup\p{L}*`,
      String.raw`(?:zatvoren\p{L}*|ne\s+radi(?:mo)?|ne\s+rade)\s+${W}{0,3}(?:(?:zbog|tokom|tijekom|povodom|za\s+vrijeme|za\s+vreme)\s+(?:\p{L}+\s+)?(?:praznik|blagdan|božić|nov|uskrs|godišnj|odmor|kolektivn)\p{L}*|od\s+\p{N}|do\s+\p{N})`,
      String.raw`kolektivn\p{L}*\s+(?:godišnj\p{L}*\s+)?odmor\p{L}*`,
      String.raw`bolest(?:an|na)\s+sam|razboli(?:o|la)\s+sam\s+se|(?:sam|smo)\s+se\s+razboli`,
      String.raw`(?:${SR_LEAVE}|${SR_EVENT})\s+(?:сам|смо)`,
      String.raw`(?:сам|смо|бићу|бићемо|налазим\s+се)\s+${W}{0,2}(?:${SR_LEAVE}|одсут(?:ан|на|ни))|(?:сам|смо|налазим\s+се)\s+(?:тренутно\s+)?${SR_EVENT}`,
      String.raw`одсут(?:ан|на|ни)\s+(?:сам|смо)|нисам\s+у\s+канцеларији|${START}(?:тренутно\s+)?${SR_LEAVE}\s+(?:до|од|\p{N})`,
      String.raw`(?:враћам\s+се|вратићу\s+се|враћамо\s+се|вратићемо\s+се)\s+(?:у\s+канцеларију\s+|на\s+посао\s+)?(?:\p{N}|у\s+(?:понедељак|уторак|среду|четвртак|петак)|након|после|следећ|сутра)`,
      String.raw`по\s+(?:мом\s+|свом\s+)?повратку|након\s+(?:мог\s+)?повратка|ограничен\p{L}*\s+(?:\p{L}+\s+)?приступ`,
      String.raw`(?:затворен\p{L}*|не\s+радимо|не\s+ради)\s+${W}{0,3}(?:(?:због|током|поводом)\s+(?:\p{L}+\s+)?(?:празник|божић|нов|ускрс|годишњ|одмор)\p{L}*|од\s+\p{N}|до\s+\p{N})`,
    ),
    notNow: words(
      String.raw`(?:bio|bila|bili|bile|био|била|били)\s+(?:sam|smo|сам|смо)|(?:sam|smo|сам|смо)\s+${W}{0,2}(?:bio|bila|bili|bile|био|била|били)(?!\p{L})`,
      String.raw`vrati(?:o|la|li)\s+(?:sam|smo)\s+se|(?:sam|smo)\s+se\s+(?:\p{L}+\s+)?vrati(?:o|la|li)|врати(?:о|ла|ли)\s+(?:сам|смо)\s+се|(?:sam|smo)\s+(?:ponovno|ponovo|opet|već)\s+(?:u\s+uredu|u\s+kancelariji|na\s+poslu)`,
      String.raw`nisam\s+(?:\p{L}+\s+)?na\s+(?:\p{L}+\s+)?(?:odmoru|godišnjem|bolovanju|dopustu|putu)|нисам\s+(?:\p{L}+\s+)?на\s+(?:\p{L}+\s+)?(?:одмору|годишњем|боловању|путу)`,
      String.raw`(?:idem|idemo|odlazim)\s+(?:\p{L}+\s+)?na\s+(?:\p{L}+\s+)?(?:odmor|godišnji|put|bolovanje|dopust)|(?:идем|одлазим)\s+(?:\p{L}+\s+)?на\s+(?:\p{L}+\s+)?(?:одмор|годишњи|пут)`,
      String.raw`(?:od\s+)?(?:sljedeć|sledeć|iduć)\p{L}*\s+(?:tjed|nedelj|sedmic|mjesec|mesec)\p{L}*\s+${W}{0,3}(?:idem|bit\s+ću|biću|odlazim|sam\s+na)|(?:од\s+)?следећ\p{L}*\s+(?:недељ|седмиц|месец)\p{L}*\s+${W}{0,3}(?:идем|бићу|одлазим)`,
      String.raw`(?:prije|pre|пре)\s+(?:mog\s+|мог\s+)?(?:odmora|godišnjeg|puta|odlaska|одмора|годишњег|пута|одласка)`,
      String.raw`mijenjam|menjam|zamjenjujem|zamenjujem|мењам|замењујем`,
    ),
  },
  {
    code: 'sl',
    away: words(
      String.raw`(?:sem|smo|bom|bomo)\s+${W}{0,2}(?:${SL_LEAVE}|odsot(?:en|na|ni|ne)|bolan|bolna)|(?:sem|smo|bom|bomo)\s+(?:trenutno\s+|zdaj\s+|danes\s+|ta\s+teden\s+)?${SL_EVENT}`,
      String.raw`(?:${SL_LEAVE}|${SL_EVENT})\s+(?:sem|smo|bom|bomo)|odsot(?:en|na|ni|ne)\s+(?:sem|smo|bom|bomo)|nisem\s+(?:\p{L}+\s+)?v\s+pisarni`,
      String.raw`${START}(?:trenutno\s+)?${SL_LEAVE}\s+(?:do|od|\p{N})`,
      String.raw`(?:vrnem\s+se|vrnemo\s+se|vrnil\p{L}?\s+se\s+bom|bom\s+(?:spet\s+|ponovno\s+)?(?:v\s+pisarni|dosegljiv\p{L}*|nazaj))\s+(?:v\s+pisarno\s+|na\s+delo\s+)?(?:\p{N}|v\s+(?:ponedeljek|torek|sredo|četrtek|petek)|po\s|čez|naslednji|jutri|od\s)`,
      String.raw`(?:po|ob)\s+(?:moji\s+|svoji\s+)?vrnitvi`,
      String.raw`omejen\p{L}*\s+dostop\p{L}*`,
      String.raw`(?:zaprt\p{L}*|ne\s+delamo|ne\s+obratuje\p{L}*)\s+${W}{0,3}(?:(?:zaradi|med|ob|v\s+času)\s+(?:\p{L}+\s+)?(?:praznik|božič|novega|velikonoč|dopust|kolektivn)\p{L}*|od\s+\p{N}|do\s+\p{N})`,
      String.raw`kolektivn\p{L}*\s+dopust\p{L}*`,
      String.raw`(?:zbolel\p{L}?\s+sem|sem\s+zbolel\p{L}?)`,
    ),
    notNow: words(
      String.raw`(?:bil|bila|bili|bile)\s+(?:sem|smo)|(?:sem|smo)\s+${W}{0,2}(?:bil|bila|bili|bile)(?!\p{L})`,
      String.raw`(?:sem|smo)\s+se\s+(?:\p{L}+\s+)?vrni(?:l|la|li)|vrni(?:l|la|li)\s+(?:sem|smo)\s+se|(?:spet|že)\s+(?:sem|smo)\s+(?:v\s+pisarni|nazaj)`,
      String.raw`nisem\s+(?:\p{L}+\s+)?na\s+(?:\p{L}+\s+)?(?:dopustu|bolniški|poti)`,
      String.raw`(?:od\s+)?(?:prihodnj|naslednj)\p{L}*\s+(?:tedn|mesec|ponedeljk)\p{L}*\s+${W}{0,3}(?:bom|grem|odhajam)|(?:grem|gremo|odhajam)\s+(?:\p{L}+\s+)?na\s+(?:\p{L}+\s+)?(?:dopust|pot)|pred\s+(?:mojim\s+)?(?:dopustom|odhodom)`,
      String.raw`nadomeščam`,
    ),
  },
  {
    code: 'sk',
    away: words(
      String.raw`(?:som|sme|budem|budeme)\s+${W}{0,2}(?:${SK_LEAVE}|(?:odcestovan|neprítomn|chor)\p{L}*)|(?:som|sme|budem|budeme)\s+(?:momentálne\s+|teraz\s+|dnes\s+)?${SK_EVENT}`,
      String.raw`(?:${SK_LEAVE}|${SK_EVENT})\s+(?:som|sme|budem)|neprítomn\p{L}*\s+(?:som|sme|budem)|nie\s+som\s+(?:\p{L}+\s+)?v\s+(?:kancelárii|práci|úrade)`,
      String.raw`${START}(?:momentálne\s+|aktuálne\s+)?${SK_LEAVE}\s+(?:do|od|\p{N})`,
      String.raw`(?:vrátim\s+sa|vrátime\s+sa|budem\s+(?:opäť\s+|znova\s+)?(?:späť|v\s+kancelárii|k\s+dispozícii|dostupn\p{L}*))\s+(?:do\s+kancelárie\s+|do\s+práce\s+)?(?:\p{N}|v\s+(?:pondelok|utorok|stredu|štvrtok|piatok)|po\s|o\s+\p{N}|budúci|ďalší|zajtra|od\s)`,
      String.raw`po\s+(?:mojom\s+|svojom\s+)?návrate`,
      String.raw`obmedzen\p{L}*\s+prístup\p{L}*`,
      String.raw`(?:zatvoren\p{L}*|nepracujeme|nefunguje)\s+${W}{0,3}(?:(?:počas|cez|z\s+dôvodu|kvôli)\s+(?:\p{L}+\s+)?(?:sviatk|vianoc|nového|veľkej|dovolenk|celozávod)\p{L}*|od\s+\p{N}|do\s+\p{N})`,
      String.raw`celozávodn\p{L}*\s+dovolenk\p{L}*`,
    ),
    notNow: words(
      String.raw`(?:bol|bola|boli)\s+(?:som|sme)|(?:som|sme)\s+${W}{0,2}(?:bol|bola|boli)(?!\p{L})`,
      String.raw`vrátil\p{L}?\s+(?:som|sme)\s+sa|(?:som|sme)\s+(?:už\s+)?(?:späť|naspäť)(?:\s*[.,!]|\s*$|\s+(?:v|z|na)\s)|už\s+(?:som|sme)\s+(?:v\s+kancelárii|späť|naspäť)`,
      String.raw`nie\s+som\s+(?:\p{L}+\s+)?${SK_LEAVE}`,
      String.raw`(?:od\s+)?(?:budúc|ďalš)\p{L}*\s+(?:týžd|mesiac|pondel)\p{L}*\s+${W}{0,3}(?:budem|idem|odchádzam)|(?:idem|ideme|odchádzam)\s+(?:\p{L}+\s+)?na\s+(?:dovolenku|služobnú|cestu|materskú)|pred\s+(?:mojou\s+)?(?:dovolenkou|odchodom|cestou)`,
      String.raw`zastupujem`,
    ),
  },
  {
    code: 'hu',
    // "-on vagyok" (I am on), "-ig" (until), "visszatérésem" (my return): person and time are endings.
    away: words(
      String.raw`(?:szabadságon|szabadságra\s+mentem|szabin|betegállományban|betegszabadságon|táppénzen|gyesen|gyeden|gyes-en|gyed-en|(?:üzleti|hivatalos|külföldi)\s+úton|kiküldetésben|konferencián|kiállításon|vásáron|külföldön|irodán\s+kívül|házon\s+kívül|kórházban)\s+${W}{0,2}(?:vagyok|vagyunk|leszek|leszünk|tartózkodom|tartózkodunk)`,
      String.raw`(?:vagyok|vagyunk|leszek|leszünk|tartózkodom)\s+${W}{0,2}(?:szabadságon|betegállományban|táppénzen|gyesen|gyeden|(?:üzleti|hivatalos)\s+úton|kiküldetésben|konferencián|külföldön|irodán\s+kívül|házon\s+kívül)`,
      String.raw`nem\s+(?:vagyok|tartózkodom|leszek)\s+(?:bent\s+)?(?:az\s+)?irodában|nem\s+(?:vagyok|leszek)\s+elérhető`,
      String.raw`${START}(?:jelenleg\s+)?(?:szabadságon|betegállományban|irodán\s+kívül|házon\s+kívül)\s+(?:\p{L}+\s+)?\S*ig(?!\p{L})`,
      String.raw`(?:\p{N}\S*(?:tól|től|án|én)|(?:hétfő|kedd|szerdá|csütörtök|péntek)\p{L}*)\s+${W}{0,2}(?:leszek|vagyok)\s+${W}{0,2}(?:elérhető|az\s+irodában|bent|újra|ismét)`,
      String.raw`(?:újra|ismét)\s+(?:\p{L}+\s+)?(?:elérhető|az\s+irodában|bent)\s+(?:leszek|leszünk)`,
      String.raw`(?:visszatérésem|visszaérkezésem|hazaérkezésem|visszajövetelem)\p{L}*`,
      String.raw`korlátozott(?:an)?\s+${W}{0,2}(?:férek\s+hozzá|hozzáféré\p{L}*|tudom\s+olvasni|olvasom|vagyok\s+elérhető)`,
      String.raw`(?:iroda|irodánk|cégünk|üzletünk|boltunk|ügyfélszolgálat\p{L}*)\s+${W}{0,6}zárva`,
      String.raw`(?:ünnepek|karácsony|húsvét|újév|téli\s+szünet|nyári\s+szünet)\p{L}*\s+${W}{0,3}(?:zárva|szünetel|nem\s+dolgozunk)`,
      String.raw`beteg\s+vagyok|lebetegedtem|megbetegedtem`,
    ),
    notNow: words(
      String.raw`voltam|voltunk`,
      String.raw`visszatértem|visszajöttem|hazaértem|hazajöttem|visszaértem|megjöttem|(?:már|ismét|újra)\s+(?:\p{L}+\s+)?(?:bent|az\s+irodában|itthon)\s+vagyok`,
      String.raw`nem\s+vagyok\s+(?:\p{L}+\s+)?(?:szabadságon|betegállományban|úton|irodán\s+kívül)`,
      String.raw`helyettesítem`,
      String.raw`jövő\s+(?:héten|hónapban|héttől|hónaptól)\s+${W}{0,2}(?:szabadságon\s+leszek|szabadságra\s+megyek|utazom|leszek\s+szabadságon|megyek)|szabadságra\s+(?:megyek|megyünk|indulok)|(?:szabadságom|elutazásom)\s+előtt`,
    ),
  },
  {
    code: 'ro',
    away: words(
      String.raw`(?:sunt|suntem|voi\s+fi|vom\s+fi|mă\s+aflu|ne\s+aflăm|o\s+să\s+fiu)\s+${W}{0,2}(?:(?:în|într-un|într-o)\s+(?:\p{L}+\s+)?(?:concediu|vacanță|deplasare|delegație|călătorie)|în\s+afara\s+(?:biroului|țării|orașului)|plecat\p{L}*|la\s+(?:o\s+|un\s+)?(?:conferință|târg|expoziție|spital)|bolnav\p{L}*|absent\p{L}*|indisponibil\p{L}*)`,
      String.raw`nu\s+(?:sunt|mă\s+aflu|voi\s+fi)\s+(?:\p{L}+\s+)?(?:la|în)\s+birou`,
      String.raw`${START}(?:momentan\s+|în\s+prezent\s+|actualmente\s+)?(?:în\s+(?:concediu|vacanță|deplasare|delegație)|în\s+afara\s+biroului)\s+(?:până|între|din|pe|\p{N})`,
      // "revin" alone is "I'll get back to you": only back at the office, or on a date.
      String.raw`revin\s+(?:la\s+birou|în\s+birou|la\s+serviciu|din\s+concediu|în\s+țară|(?:pe|în\s+data\s+de)\s+\p{N})`,
      String.raw`mă\s+(?:voi\s+)?(?:întorc|reîntorc|întoarce)\s+(?:la\s+birou\s+|în\s+birou\s+|din\s+\p{L}+\s+)?(?:pe\s+\p{N}|\p{N}|luni|marți|miercuri|joi|vineri|după\s+(?:sărbători|concediu|vacanță|\p{N})|în\s+data|săptămâna|mâine)`,
      String.raw`(?:după|la)\s+(?:întoarcerea|revenirea)\s+(?:mea|la\s+birou)|la\s+(?:întoarcere|revenire)(?!\p{L})`,
      String.raw`voi\s+fi\s+(?:din\s+nou\s+)?(?:disponibil\p{L}*|la\s+birou)\s+(?:începând|din|de\s+la|pe|după|\p{N}|luni)`,
      String.raw`acces\s+(?:\p{L}+\s+)?limitat|nu\s+am\s+acces\s+la\s+(?:e-?mail|mail)`,
      String.raw`închis\p{L}*\s+${W}{0,3}(?:de|pentru|cu\s+ocazia|în\s+perioada|pe\s+perioada|între|până)\s+(?:\p{L}+\s+)?(?:sărbător|crăciun|paște|anul\s+nou|revelion|\p{N}|concediu)`,
      String.raw`nu\s+lucrăm\s+${W}{0,2}(?:de|în\s+perioada|între|până|pe\s+perioada)\s+(?:\p{L}+\s+)?(?:sărbător|crăciun|paște|\p{N})|concediu\s+colectiv`,
    ),
    notNow: words(
      String.raw`(?:am|a|au|am\s+mai)\s+fost\s+${W}{0,2}(?:în|plecat|la|bolnav)|eram\s+(?:în|plecat)`,
      String.raw`(?:m-am|ne-am)\s+(?:\p{L}+\s+)?(?:întors|reîntors)|am\s+revenit|tocmai\s+am\s+(?:revenit|ajuns)|(?:sunt|suntem)\s+(?:din\s+nou|înapoi)`,
      String.raw`nu\s+(?:sunt|mă\s+aflu)\s+(?:\p{L}+\s+)?(?:în\s+concediu|în\s+vacanță|plecat)`,
      String.raw`(?:îl|o)\s+înlocuiesc|țin\s+locul`,
      String.raw`(?:de|din|începând\s+cu)\s+(?:săptămâna|luna)\s+(?:viitoare|următoare)\s+${W}{0,2}(?:voi\s+fi|sunt|plec|intru|ies)|(?:voi\s+fi|plec|intru|ies)\s+${W}{0,3}(?:de|din|începând\s+cu)\s+(?:săptămâna|luna)\s+(?:viitoare|următoare)`,
      String.raw`(?:plec|plecăm|ies|intru)\s+în\s+(?:concediu|vacanță|deplasare)|înainte\s+de\s+(?:concediu|plecare|vacanță)`,
    ),
  },
  {
    code: 'el',
    away: words(
      String.raw`(?:είμαι|είμαστε|βρίσκομαι|βρισκόμαστε|θα\s+είμαι|θα\s+βρίσκομαι)\s+${W}{0,2}(?:(?:σε|στην|στο|στη|με)\s+(?:\p{L}+\s+)?(?:άδεια|διακοπές|ταξίδι|συνέδριο|έκθεση|αναρρωτική)|εκτός\s+(?:γραφείου|έδρας|πόλης|χώρας)|άρρωστ\p{L}*)`,
      String.raw`(?:θα\s+)?(?:απουσιάζω|απουσιάζουμε|λείπω|λείπουμε)`,
      String.raw`${START}(?:εκτός\s+γραφείου|σε\s+άδεια|σε\s+διακοπές)`,
      // Back on a date, not "θα επιστρέψω σε εσάς" (I'll get back to you).
      String.raw`(?:θα\s+επιστρέψω|επιστρέφω|θα\s+γυρίσω|γυρίζω|θα\s+είμαι\s+(?:ξανά|πίσω|πάλι))\s+(?:στο\s+γραφείο\s+)?(?:στις|την|τη|τον|μετά|σε\s+\p{N}|\p{N}|αύριο|από)`,
      String.raw`(?:μόλις|όταν|μετά\s+την|κατά\s+την|με\s+την)\s+(?:επιστρέψω|επιστροφή\s+μου|επιστρέψουμε)`,
      String.raw`περιορισμένη\s+${W}{0,2}πρόσβαση`,
      String.raw`(?:κλειστ\p{L}+|δεν\s+θα\s+λειτουργ\p{L}+|δεν\s+λειτουργ\p{L}+)\s+${W}{0,4}(?:λόγω|για|από|έως|μέχρι|κατά)\s+(?:την\s+|τις\s+|το\s+|τα\s+)?(?:\p{L}+\s+)?(?:εορτ|γιορτ|πάσχα|χριστούγεννα|αργ|διακοπ|\p{N})`,
    ),
    notNow: words(
      String.raw`ήμουν|ήμασταν|έλειπα|απουσίαζα`,
      String.raw`επέστρεψα|γύρισα|επιστρέψαμε|γυρίσαμε|(?:ξανά|πάλι)\s+στο\s+γραφείο\s+(?:είμαι|από\s+σήμερα)`,
      String.raw`δεν\s+(?:είμαι|βρίσκομαι|λείπω|απουσιάζω)`,
      String.raw`(?:τον|την)\s+αντικαθιστώ|αναπληρώνω`,
      String.raw`από\s+(?:την\s+|τον\s+)?(?:επόμενη|ερχόμενη|επόμενο|ερχόμενο)\s+(?:εβδομάδα|βδομάδα|μήνα|δευτέρα)\s+${W}{0,2}(?:θα|φεύγω|βγαίνω)|${START}(?:την\s+)?(?:επόμενη|ερχόμενη)\s+(?:εβδομάδα|βδομάδα)\s+θα`,
      String.raw`(?:φεύγω|βγαίνω)\s+${W}{0,2}(?:άδεια|διακοπές)|πριν\s+(?:από\s+)?(?:την\s+άδεια|τις\s+διακοπές|φύγω)`,
    ),
  },
  {
    code: 'tr',
    // Person is an ending: "izindeyim" (I am on leave), "izinde" (he is), "izindeydim" (I was).
    away: words(
      String.raw`(?:y${I}ll${I}k\s+|do[gğ]um\s+|ebeveyn\s+|babal${I}k\s+|hastal${I}k\s+|mazeret\s+|ücretsiz\s+)?(?:izindeyim|iznindeyim|izinliyim|izindeyiz|izinliyiz)`,
      String.raw`tatildeyim|tatildeyiz|tatilimdeyim|(?:${I}[sş]\s+)?seyahat(?:teyim|teyiz|indeyim)|yolday${I}m|yurt\s*d${I}[sş]${I}nday${I}[mz]|ofis\s+d${I}[sş]${I}nday${I}[mz]`,
      String.raw`raporluyum|hastay${I}m|hastanedeyim|(?:fuar|kongre|e[gğ]itim)(?:day${I}m|deyim)|konferans(?:tay${I}m|tay${I}z)`,
      String.raw`(?:ofiste|[sş]irkette|i[sş]te)\s+(?:olmayaca[gğ]${I}m|olmayaca[gğ]${I}z|de[gğ]ilim|bulunmayaca[gğ]${I}m|bulunmuyorum)`,
      // Back on a date: "15 Ağustos'ta ofise döneceğim", not "size döneceğim" (I'll get back to you).
      String.raw`(?:\p{N}\S*|pazartesi|sal${I}|[cç]ar[sş]amba|per[sş]embe|cuma|haftaya|yar${I}n)\s+(?:tarihinde\s+|itibar${I}yla\s+|itibariyle\s+)?(?:ofise\s+|i[sş]e\s+|g[oö]reve\s+)?(?:d[oö]nece[gğ]im|d[oö]n[uü]yorum|ba[sş]layaca[gğ][ıi]m)`,
      String.raw`(?:ofise|i[sş]e|g[oö]reve)\s+d[oö]nd[uü][gğ][uü]mde|d[oö]nd[uü][gğ][uü]mde|d[oö]n[uü][sş][uü]mde|d[oö]n[uü][sş][uü]mden\s+sonra`,
      String.raw`kadar\s+${W}{0,3}(?:ofiste\s+olmayaca|ula[sş]${I}lamayaca|eri[sş]ilemeyece|izinli|tatilde|yurt\s*d)`,
      String.raw`(?:izinli|tatilde|seyahatte|yurt\s*d${I}[sş]${I}nda|ofis\s+d${I}[sş]${I}nda)\s+olaca[gğ]${I}m`,
      String.raw`s${I}n${I}rl${I}\s+${W}{0,2}eri[sş]im`,
      String.raw`(?:bayram|y${I}lba[sş]${I}|tatil|ramazan|kurban|noel)\p{L}*\s+${W}{0,2}(?:nedeniyle|sebebiyle|dolay${I}s${I}yla|boyunca|s[uü]resince)\s+${W}{0,3}(?:kapal${I}|hizmet\s+veremeyece|[cç]al${I}[sş]mayaca|tatil)`,
      String.raw`(?:ofisimiz|[sş]irketimiz|ma[gğ]azam${I}z|firmam${I}z|ofis)\s+${W}{0,4}kapal${I}`,
      String.raw`izne\s+[cç]${I}kt${I}m`,
    ),
    notNow: words(
      String.raw`(?:izindeydim|izinliydim|tatildeydim|seyahatteydim|yurt\s*d${I}[sş]${I}nday${I}d${I}m)`,
      String.raw`(?:izinden|tatilden|seyahatten|yurt\s*d${I}[sş]${I}ndan)\s+(?:\p{L}+\s+)?d[oö]nd[uü]m|(?:yeni|d[uü]n|bug[uü]n)\s+d[oö]nd[uü]m`,
      String.raw`(?:izinde|tatilde|seyahatte)\s+de[gğ]ilim`,
      String.raw`yerine\s+bak${I}yorum|size\s+${W}{0,3}d[oö]n(?:ece[gğ]im|[uü]yorum)`,
      String.raw`(?:(?:gelecek|[oö]n[uü]m[uü]zdeki)\s+(?:hafta|ay)\p{L}*|haftaya)\s+${W}{0,3}(?:izne|tatile|izinli\s+olaca|tatilde\s+olaca)|(?:izne|tatile)\s+(?:[cç]${I}kaca[gğ]${I}m|gidece[gğ]im|[cç]${I}k${I}yorum|gidiyorum)|(?:izinden|tatilden|izne\s+[cç]${I}kmadan)\s+[oö]nce`,
    ),
  },
  {
    code: 'et',
    away: words(
      String.raw`(?:olen|oleme|viibin|viibime)\s+${W}{0,2}(?:\p{L}*puhkusel|haiguslehel|komandeeringus|lähetuses|tööreisil|kontorist\s+(?:eemal|väljas)|eemal|haige)`,
      String.raw`(?:olen|oleme|viibin|viibime)\s+(?:praegu\s+|hetkel\s+|täna\s+)?(?:reisil|konverentsil|messil|koolitusel|välismaal)`,
      String.raw`(?:\p{L}*puhkusel|haiguslehel|komandeeringus|lähetuses|tööreisil|kontorist\s+eemal)\s+${W}{0,3}(?:olen|oleme|viibin)`,
      String.raw`${START}(?:\p{L}*puhkusel|haiguslehel|komandeeringus|lähetuses|tööreisil|kontorist\s+eemal)\s+(?:kuni|\p{N}|alates)`,
      String.raw`(?:naasen|naaseme|tulen\s+tagasi|jõuan\s+tagasi|(?:olen|oleme)\s+(?:tagasi|taas|jälle)\s+(?:kontoris\s+|tööl\s+)?)(?:\p{L}+\s+)?(?:\p{N}|esmaspäeval|teisipäeval|kolmapäeval|neljapäeval|reedel|järgmisel|homme|pärast)`,
      String.raw`tagasi\s+(?:olen|oleme)\s+(?:\p{L}+\s+)?\p{N}|kontoris\s+(?:olen|oleme)\s+(?:taas|jälle|tagasi)`,
      String.raw`naastes|naasmisel|tagasi\s+jõudes|pärast\s+(?:minu\s+|mu\s+)?naasmist|tagasi\s+tulles`,
      String.raw`piiratud\s+${W}{0,2}(?:juurdepääs|ligipääs)`,
      String.raw`(?:kontor|kauplus|pood|firma|ettevõte)\s+${W}{0,4}suletud|(?:pühade|jõulude|jaanipäeva|uusaasta)\p{L}*\s+${W}{0,3}(?:suletud|ei\s+tööta)`,
      String.raw`jäin\s+haigeks`,
    ),
    notNow: words(
      String.raw`olin|olime|viibisin`,
      String.raw`(?:tulin|jõudsin|tulime|jõudsime)\s+${W}{0,2}tagasi|naasin|(?:juba|nüüd)\s+tagasi`,
      String.raw`asendan`,
      String.raw`(?:järgmisel|tuleval)\s+(?:nädalal|kuul)\s+${W}{0,2}(?:olen|lähen|jään)|(?:lähen|jään)\s+(?:\p{L}+\s+)?\p{L}*puhkusele|enne\s+(?:minu\s+|mu\s+)?puhkust|alates\s+järgmis\p{L}+`,
    ),
  },
  {
    code: 'lv',
    away: words(
      String.raw`(?:esmu|esam|atrodos|atrodamies|būšu|būsim)\s+${W}{0,2}(?:\p{L}*atvaļinājumā|komandējumā|slimības\s+(?:lapā|atvaļinājumā)|ārpus\s+(?:biroja|ofisa|valsts|pilsētas)|brīvdienās|prombūtnē|slims|slima)`,
      String.raw`(?:esmu|esam|atrodos|atrodamies)\s+(?:šobrīd\s+|pašlaik\s+|šodien\s+)?(?:konferencē|izstādē|ārzemēs)`,
      String.raw`(?:atvaļinājumā|komandējumā|ārpus\s+biroja|prombūtnē)\s+${W}{0,3}(?:esmu|esam|atrodos|būšu)`,
      String.raw`${START}(?:šobrīd\s+|pašlaik\s+)?(?:\p{L}*atvaļinājumā|komandējumā|ārpus\s+biroja|prombūtnē)\s+(?:līdz|no|\p{N})`,
      String.raw`(?:atgriezīšos|atgriezīsimies|būšu\s+(?:atpakaļ|birojā|pieejam\p{L}*))\s+(?:\p{L}+\s+)?(?:\p{N}|pirmdien|otrdien|trešdien|ceturtdien|piektdien|nākamnedēļ|nākamajā|rīt|pēc|no)`,
      String.raw`pēc\s+(?:manas\s+)?atgriešanās|atgriežoties`,
      String.raw`ierobežot\p{L}*\s+(?:\p{L}+\s+)?piekļuv\p{L}*`,
      String.raw`(?:slēgts|slēgta|slēgti|nestrādās|nestrādā|nestrādājam)\s+${W}{0,3}(?:\p{L}*svētk\p{L}*|jaungad\p{L}*|lieldien\p{L}*|jāņ\p{L}*|no\s+\p{N}|līdz\s+\p{N})|(?:svētku\s+dienās|svētkos|ziemassvētkos|jāņos)\s+${W}{0,3}(?:slēgts|slēgta|nestrādā\p{L}*)`,
    ),
    notNow: words(
      String.raw`biju|bijām`,
      String.raw`atgriezos|atgriezāmies|(?:jau\s+)?esmu\s+atpakaļ(?!\s+(?:\p{N}|no|pirmdien))`,
      String.raw`aizvietoju`,
      String.raw`(?:nākamnedēļ|nākamajā\s+nedēļā|nākamajā\s+mēnesī|no\s+nākamās\s+nedēļas)\s+${W}{0,3}(?:būšu|dodos|eju|došos)|(?:dodos|eju|došos)\s+(?:\p{L}+\s+)?atvaļinājumā|pirms\s+(?:mana\s+)?atvaļinājuma`,
    ),
  },
  {
    code: 'lt',
    away: words(
      String.raw`(?:esu|esame|būsiu|būsime)\s+${W}{0,2}(?:atostogose|komandiruotėje|nedarbingumo|išvykęs|išvykusi|išvykę|ne\s+biure|ne\s+ofise|susirgęs|susirgusi)`,
      String.raw`(?:esu|esame)\s+(?:šiuo\s+metu\s+|dabar\s+|šiandien\s+)?(?:kelionėje|konferencijoje|parodoje|ligoninėje|užsienyje)`,
      String.raw`atostogauju|atostogaujame|sergu|sergame|keliauju|keliaujame|nedirbu\s+(?:iki|nuo|\p{N})`,
      String.raw`(?:atostogose|komandiruotėje)\s+${W}{0,3}(?:esu|būsiu)|nesu\s+(?:\p{L}+\s+)?(?:biure|ofise|darbe)`,
      String.raw`${START}(?:šiuo\s+metu\s+)?(?:atostogose|komandiruotėje|ne\s+biure)\s+(?:iki|nuo|\p{N})`,
      String.raw`(?:grįšiu|grįšime|būsiu\s+(?:biure|pasiekiam\p{L}*|darbe))\s+(?:į\s+(?:biurą|darbą)\s+)?(?:\p{L}+\s+)?(?:\p{N}|pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|kitą|rytoj|po\s|nuo)|į\s+(?:biurą|darbą)\s+grįšiu`,
      String.raw`(?:atsakysiu|atsakysime|susisieksiu|parašysiu|atsiliepsiu)\s+${W}{0,2}(?:grįžęs|grįžusi|grįžus|grįžę|sugrįžęs|sugrįžusi|po\s+(?:mano\s+)?grįžimo)|po\s+mano\s+grįžimo`,
      String.raw`ribot\p{L}*\s+(?:\p{L}+\s+)?(?:prieig\p{L}*|galimyb\p{L}*)`,
      String.raw`(?:nedirbs|nedirba|nedirbsime|uždaryt\p{L}*)\s+${W}{0,3}(?:švenč\p{L}*|kalėd\p{L}*|naujųjų|velyk\p{L}*|jonin\p{L}*|\p{N})|(?:šventinėmis\s+dienomis|švenčių\s+metu|per\s+šventes)\s+${W}{0,3}(?:nedirb\p{L}*|uždaryt\p{L}*)`,
    ),
    notNow: words(
      String.raw`buvau|buvome|atostogavau|sirgau`,
      String.raw`grįžau|sugrįžau|grįžome|ką\s+tik\s+(?:grįž|sugrįž)`,
      String.raw`nesu\s+(?:\p{L}+\s+)?(?:atostogose|komandiruotėje)`,
      String.raw`pavaduoju`,
      String.raw`(?:kitą|nuo\s+kitos|ateinančią)\s+(?:savaitę|savaitės|mėnesį|mėnesio)\s+${W}{0,3}(?:būsiu|išeinu|išvykstu|atostogausiu)|(?:išeinu|išvykstu|išeisiu)\s+(?:\p{L}+\s+)?atostog\p{L}*|prieš\s+(?:mano\s+)?atostogas`,
    ),
  },
  {
    code: 'ca',
    away: words(
      // "sóc fora" (I am away) only bare or out of the office: "estem fora de pressupost" is over budget.
      String.raw`(?:sóc|som|estic|estem|estaré|estarem|seré|serem|em\s+trobo|ens\s+trobem)\s+${W}{0,2}(?:de\s+(?:vacances|baixa|viatge|permís)|fora(?:\s+(?:de\s+l'oficina|de\s+l.oficina|del\s+despatx|de\s+l'empresa|del\s+país|de\s+la\s+ciutat|d'oficina)|\s*(?:[.,!;]|$)|\s+(?:fins|\p{N}|tota|aquesta))|absent|malalt|malalta|en\s+permís)`,
      String.raw`(?:sóc|som|estic|estem)\s+(?:ara\s+|avui\s+|aquesta\s+setmana\s+)?(?:a|en)\s+(?:un|una)\s+(?:congrés|fira|conferència|viatge)`,
      String.raw`no\s+(?:sóc|estic|seré|estaré)\s+(?:\p{L}+\s+)?a\s+l.oficina`,
      String.raw`${START}(?:de\s+vacances|fora\s+de\s+l.oficina|de\s+baixa)\s+(?:fins|del|\p{N}|a\s+partir)`,
      String.raw`(?:tornaré|tornarem|torno|tornem|seré\s+de\s+tornada|serem\s+de\s+tornada|estaré\s+de\s+tornada|estaré\s+(?:de\s+nou\s+)?a\s+l.oficina|em\s+reincorporaré|em\s+reincorporo)\s+(?:a\s+l.oficina\s+)?(?:el\s+\p{N}|el\s+(?:dilluns|dimarts|dimecres|dijous|divendres)|\p{N}|a\s+partir|dilluns|dimarts|dimecres|dijous|divendres|la\s+setmana|després|demà)`,
      String.raw`quan\s+(?:torni|tornem)|a\s+la\s+meva\s+tornada|al\s+meu\s+retorn|en\s+tornar|tan\s+aviat\s+com\s+torni`,
      String.raw`accés\s+limitat`,
      String.raw`(?:tancat|tancada|tancats|tancades)\s+${W}{0,3}(?:per\s+(?:vacances|festes|nadal|festiu|setmana\s+santa)|fins\s+(?:al?\s+)?\p{N}|del\s+\p{N}|durant\s+(?:les\s+)?(?:festes|vacances))|(?:per|durant\s+les)\s+(?:vacances|festes)\s+${W}{0,3}(?:tancat|tancad|no\s+treballem)`,
    ),
    notNow: words(
      String.raw`(?:vaig\s+estar|he\s+estat|vam\s+estar|hem\s+estat|estava|era)\s+(?:\p{L}+\s+)?(?:de\s+vacances|fora|de\s+baixa|de\s+viatge)`,
      String.raw`(?:acabo|acabem)\s+de\s+tornar|ja\s+(?:sóc|som|estic)\s+(?:de\s+tornada|aquí|a\s+l.oficina)|(?:ja\s+)?(?:he|hem)\s+tornat`,
      String.raw`no\s+(?:estic|sóc)\s+(?:\p{L}+\s+)?de\s+vacances`,
      String.raw`substitueixo|cobreixo`,
      String.raw`(?:la\s+setmana\s+que\s+ve|la\s+propera\s+setmana|el\s+mes\s+que\s+ve|a\s+partir\s+de\s+la\s+setmana\s+que\s+ve)\s+${W}{0,3}(?:estaré|seré|me'n\s+vaig|marxo)|(?:me'n\s+vaig|marxo|marxem)\s+de\s+vacances|abans\s+de\s+(?:les\s+meves\s+)?vacances|abans\s+de\s+marxar`,
    ),
  },
  {
    code: 'is',
    // ð and þ are letters of their own, typed as d and th on foreign keyboards.
    away: words(
      String.raw`(?:ég\s+er|við\s+erum|er\s+ég|verð\s+ég|ég\s+verð)\s+${W}{0,2}(?:í\s+(?:\p{L}*fríi|\p{L}*leyfi|\p{L}*orlofi)|fjarverandi|erlendis|á\s+(?:ráðstefnu|ferðalagi|sýningu|námskeiði)|veik|veikur|ekki\s+(?:við|á\s+skrifstofunni|við\s+vinnu|í\s+vinnunni))`,
      String.raw`${START}(?:í\s+(?:\p{L}*fríi|\p{L}*leyfi|\p{L}*orlofi)|fjarverandi|utan\s+skrifstofu)\s+(?:til|frá|\p{N})`,
      String.raw`(?:ég\s+)?kem\s+(?:aftur|til\s+baka)\s+${W}{0,2}(?:\p{N}|mánudag|(?:þ|th)riðjudag|miðvikudag|fimmtudag|föstudag|eftir|á\s+morgun)`,
      String.raw`(?:(?:þ|th)egar|er)\s+ég\s+(?:kem|sný)\s+(?:aftur|til\s+baka)|við\s+heimkomu|eftir\s+heimkomu`,
      String.raw`takmarka\p{L}*\s+(?:\p{L}+\s+)?a[ðd]gang`,
      String.raw`(?:lokuð|lokað|lokaðar|lokaður)\s+${W}{0,3}(?:hátíð\p{L}*|jól\p{L}*|páska\p{L}*|sumarleyf\p{L}*|sumarfrí\p{L}*|\p{N})`,
    ),
    notNow: words(
      String.raw`(?:ég\s+var|við\s+vorum|var\s+ég)\s+${W}{0,2}(?:í|fjarverandi|erlendis|á|veik)`,
      String.raw`(?:er|erum)\s+(?:\p{L}+\s+)?(?:kominn|komin|komnir)\s+(?:aftur|til\s+baka|heim)|(?:kom|komum)\s+(?:aftur|heim|til\s+baka)`,
      String.raw`ekki\s+í\s+(?:\p{L}*fríi|leyfi)`,
      String.raw`(?:í\s+næstu\s+viku|næstu\s+viku|í\s+næsta\s+mánuði|frá\s+og\s+með\s+næst\p{L}+)\s+${W}{0,3}(?:verð|fer)|(?:fer|förum)\s+(?:\p{L}+\s+)?í\s+(?:\p{L}*frí|leyfi|orlof)|áður\s+en\s+ég\s+fer`,
      String.raw`leysi\s+(?:\p{L}+\s+)?af|(?:aftur|baka)\s+til\s+(?:þín|thin|ykkar|yðar)`,
    ),
  },
  {
    code: 'af',
    away: words(
      String.raw`(?:ek\s+is|ons\s+is|is\s+ek|is\s+ons|ek\s+sal|ons\s+sal)\s+${W}{0,2}(?:met\s+(?:\p{L}*verlof|vakansie)|op\s+(?:vakansie|\p{L}*verlof|'n\s+(?:sake)?reis|reis|toer|'n\s+konferensie|kongres)|by\s+'n\s+(?:konferensie|kongres|skou)|uit\s+die\s+kantoor|buite\s+(?:die\s+)?kantoor|afwesig|siek|oorsee|weg\s+(?:tot|vanaf|\p{N})|nie\s+(?:op|in\s+die)\s+kantoor)`,
      String.raw`${START}(?:met\s+(?:\p{L}*verlof|vakansie)|op\s+vakansie|uit\s+die\s+kantoor|buite\s+kantoor)\s+(?:tot|vanaf|\p{N})`,
      String.raw`(?:ek\s+is|ek\s+sal|ons\s+is|ons\s+sal)\s+(?:\p{L}+\s+)?terug\s+(?:wees\s+)?(?:op\s+\p{N}|op\s+(?:maandag|dinsdag|woensdag|donderdag|vrydag)|\p{N}|maandag|dinsdag|woensdag|donderdag|vrydag|volgende|môre|na\s)`,
      String.raw`(?:wanneer|sodra|as)\s+ek\s+terug\s+(?:is|kom)|(?:met|by|na)\s+my\s+terugkeer`,
      String.raw`beperkte\s+(?:\p{L}+\s+)?toegang`,
      String.raw`gesluit\s+${W}{0,3}(?:oor\s+die|vir\s+die|tydens|vanaf|tot|van\s+\p{N}|weens)`,
      String.raw`siekteverlof`,
    ),
    notNow: words(
      String.raw`(?:ek\s+was|ons\s+was|was\s+ek)\s+${W}{0,2}(?:met|op|uit|siek|weg|afwesig|oorsee)`,
      String.raw`(?:net|pas|so\s+pas)\s+terug|(?:ek|ons)\s+is\s+(?:nou\s+|weer\s+)?terug(?:\s*[.,!]|\s*$|\s+(?:van|uit|by|in\s+die\s+kantoor|op\s+kantoor))`,
      String.raw`(?:ek|ons)\s+is\s+nie\s+(?:met|op)\s+(?:verlof|vakansie)`,
      String.raw`staan\s+in\s+vir`,
      String.raw`(?:volgende\s+week|volgende\s+maand|vanaf\s+volgende)\s+${W}{0,3}(?:is|sal|gaan)|(?:gaan|vertrek)\s+${W}{0,2}(?:met|op)\s+(?:verlof|vakansie)|voor\s+my\s+(?:verlof|vakansie)`,
    ),
  },
  {
    code: 'sw',
    away: words(
      String.raw`(?:niko|nipo|tuko|tupo|nitakuwa|tutakuwa)\s+${W}{0,2}(?:likizo\p{L}*|safari\p{L}*|nje\s+ya\s+(?:ofisi|nchi|mji)|kwenye\s+(?:likizo|safari|kongamano|maonyesho)|hospitalini|mapumziko\p{L}*)`,
      String.raw`naumwa|ninaumwa|mimi\s+ni\s+mgonjwa|nimelazwa`,
      String.raw`${START}(?:likizo(?:ni)?|nje\s+ya\s+ofisi)\s+(?:hadi|mpaka|kuanzia|\p{N})`,
      String.raw`(?:nitarudi|tutarudi|nitarejea|tutarejea|nitakuwa\s+ofisini|nitapatikana)\s+${W}{0,2}(?:tarehe|\p{N}|jumatatu|jumanne|jumatano|alhamisi|ijumaa|wiki\s+ijayo|kesho|baada)`,
      String.raw`nitakaporudi|nitakaporejea|tutakaporudi|nikirudi|nikirejea`,
      String.raw`(?:ufikiaji|upatikanaji)\s+(?:\p{L}+\s+)?(?:mdogo|hafifu|finyu)`,
      String.raw`(?:ofisi|duka|kampuni)\s+${W}{0,2}(?:imefungwa|itafungwa|zimefungwa|zitafungwa|itakuwa\s+imefungwa|haitafanya\s+kazi)`,
      String.raw`(?:imefungwa|itafungwa|hatutafanya\s+kazi|hatufanyi\s+kazi)\s+${W}{0,3}(?:sikukuu|likizo|idd|eid|krismasi|pasaka|mwaka\s+mpya|hadi|kuanzia|tarehe)`,
    ),
    notNow: words(
      String.raw`(?:nilikuwa|tulikuwa)\s+${W}{0,2}(?:likizo|safari|nje|mgonjwa|kwenye)`,
      String.raw`nimerudi|nimerejea|tumerudi|tumerejea|(?:nitarudi|nitarejea)\s+kwa(?:ko|kwenu|ke|o)`,
      String.raw`(?:siko|sipo)\s+(?:\p{L}+\s+)?(?:likizo|safari)`,
      // "nitakuwa likizo wiki ijayo" (not begun), not "hadi wiki ijayo" (until next week).
      String.raw`(?:wiki|mwezi)\s+(?:ijayo|ujao)\s+${W}{0,3}(?:nitakuwa|nitaenda|naenda|nitakwenda)|nitakuwa\s+(?:(?!hadi|mpaka)\p{L}+\s+){0,3}(?:wiki|mwezi)\s+(?:ijayo|ujao)|(?:nitaenda|naenda|nitakwenda|ninaenda)\s+(?:\p{L}+\s+)?likizo|kabla\s+(?:ya\s+)?(?:likizo|sijaenda|kuondoka)`,
    ),
  },
  {
    code: 'ja',
    // Subjects are mostly left out; a colleague is named with さん/様 or a title.
    away: anywhere(
      '休暇(?:中|を(?:取|いただ|頂)|のため|に入って|をもらって|で不在)',
      '(?:夏季|冬季|年末年始|お盆|年次|有給|長期|特別)休暇',
      '(?:お盆|夏|年末年始|ゴールデンウィーク|gw|連休)(?:休み)?(?:中|期間中)',
      '産休|育休|産前産後休暇|育児休(?:業|暇)|介護休(?:業|暇)|病気療養|療養中|体調不良(?:のため|により)(?:お?休み|欠勤)',
      '出張(?:中|のため|に出て|しており|で不在)',
      '不在(?:に|と)?(?:して|しており|です|となり|のため|中)|不在のお知らせ|不在通知',
      '(?:外出|離席)中|席を外して',
      'まで(?:お?休み|不在|休暇|出張|休業|帰省)',
      // Back on a date: "18日より出社いたします", "8月18日(月)より順次対応".
      '(?:\\p{N}+日|曜日|週明け)(?:[(（]\\p{L}[)）])?(?:より|から|以降|に)?(?:順次)?(?:出社|出勤|復帰|帰社|戻り|業務を再開|営業を再開|対応いた)',
      '戻り(?:次第|しだい)|帰国後|帰社後|出社後|復帰後|戻ってから|戻りましたら|帰国(?:次第|しだい)',
      '(?:休暇|休み|連休)明け(?:に|より|から)?(?:順次)?(?:ご?返信|ご?対応|ご?連絡)',
      '(?:メール|メッセージ)(?:の)?(?:確認|返信|チェック)(?:が|は)?(?:できません|できかねます|難し|遅れ|出来ません|限られ)|返信(?:が|は)?(?:遅れ|遅く)',
      '休業',
      'お休み(?:を)?(?:いただ|頂|と|させて|して|中)|休み(?:中|です|を(?:取|もら|いただ|頂))',
    ),
    notNow: anywhere(
      '(?:さん|様|さま|氏|部長|課長|社長|彼|彼女)(?:は|が|も)[^。]{0,12}(?:休暇|出張|不在|休み|産休|育休|外出)',
      '(?:さん|様|氏|部長|課長)の代わり',
      '(?:休暇|出張|休み|連休|産休|育休|帰省|旅行)(?:から|より)(?:戻|帰|復帰)',
      '戻りました|戻って(?:まいり|参り)?ました|復帰しました|帰国しました|出社しました|でした|していました|しておりました|だった',
      '遅くなり(?:まして|、)?(?:申し訳|すみません|失礼)|遅れて(?:しまい|申し訳|すみません)',
      '(?:休暇|休み)(?:中)?(?:では|じゃ)(?:なく|ない|ありません)',
      '(?:ですか|でしょうか|ますか)(?:\\s|$|[。？?])',
      '(?:来週|来月|明日|明後日|週明け|再来週)\\p{L}{0,4}?(?:から|より|は)[^。]{0,8}?(?:休暇|出張|不在|休み|産休|育休)',
      '(?:休暇|出張|休み|休業)(?:に入る)?(?:前に|までに)|(?:休暇|出張|休み)(?:を取る|に行く|に出る|に入る)?予定',
      '退職|異動',
    ),
  },
  {
    code: 'zh',
    // Simplified and traditional.
    away: anywhere(
      '(?:我|本人|我们|我們)[^，。,；]{0,6}?(?:休假|年假|产假|產假|婚假|病假|陪产假|陪產假|育儿假|育兒假|探亲假|探親假|放假|度假|请假|請假|出差|外出|公干|公幹|旅行|旅游|旅遊|出国|出國|在国外|在國外|参展|參展|不在(?:办公室|辦公室|公司|座位|单位|單位))',
      '休假中|出差中|度假中|休假期间|休假期間|假期中|放假期间|放假期間|休假至|休假到|出差至|出差到|请假至|請假至',
      '(?:春节|春節|国庆|國慶|中秋|元旦|端午|清明|五一|劳动节|勞動節|新年|农历新年|農曆新年|假期)(?:期间|期間|假期|长假|長假)?[^，。,]{0,6}?(?:放假|休息|停工|暂停|暫停|关闭|關閉|休业|休業|不上班|不办公|不辦公)',
      '放假(?:至|到|期间|期間|中)|停止营业|停止營業',
      '(?:\\p{N}+(?:月|日|号|號)|周[一二三四五日]|週[一二三四五日]|星期[一二三四五日天]|下周|下週|节后|節後|假期后|假期後|年后|年後)[^，。,]{0,4}?(?:回来|回來|返回|回到|回公司|回办公室|回辦公室|返岗|返崗|上班|复工|復工|恢复办公|恢復辦公)',
      '(?:回来|回來|返回|回国|回國|回到办公室|回到辦公室|返岗|返崗)(?:后|後|之后|之後)[^，。]{0,4}(?:回复|回覆|答复|答覆|联系|聯繫|聯絡|处理|處理|跟进|跟進)',
      '(?:无法|無法|不便|不能)(?:及时|及時)?(?:查看|回复|回覆)(?:邮件|郵件)|(?:邮件|郵件)[^，。]{0,4}(?:回复|回覆)(?:会|會)?(?:较慢|較慢|延迟|延遲|不及时|不及時)',
      '目前不在(?:办公室|辦公室|公司)',
    ),
    notNow: anywhere(
      '(?:他|她|他们|他們|同事|经理|經理|老板|老闆|总监|總監|主管|先生|女士|小姐|さん|様)[^，。,]{0,4}(?:在|正在)?(?:休假|出差|请假|請假|放假|度假|不在)',
      '(?:刚|剛|已经|已經|已)(?:从|從)?[^，。]{0,4}(?:回来|回來|返回|回到|上班|复工|復工)|(?:休假|出差|度假|放假)(?:回来|回來|结束|結束)',
      '(?:上周|上週|上个月|上個月|之前|前几天|前幾天|昨天)[^，。]{0,4}(?:在)?(?:休假|出差|度假|请假|請假)',
      '(?:没有|沒有|没|沒|不是)(?:在)?(?:休假|出差|度假|请假|請假)',
      '(?:下周|下週|下个月|下個月|明天|下星期|月底)(?:开始|開始|起|要|会|會|将|將)?[^，。]{0,4}(?:休假|出差|度假|请假|請假|放假)|(?:休假|出差|放假|度假)(?:之前|前)|(?:准备|準備|打算|计划|計劃|即将|即將|将要|將要)(?:去)?(?:休假|出差|度假|请假|請假)',
      '离职|離職|已(?:经|經)?不在|不再在',
    ),
  },
  {
    code: 'ko',
    // 님 (honorific) marks someone else: nobody writes it of themselves.
    away: anywhere(
      '(?:휴가|연차|출산\\s*휴가|육아\\s*휴직|휴직|병가|출장|외근|교육|세미나|학회|전시회|부재|휴무)\\s*(?:중|로\\s*인해|으로\\s*인해|관계로)',
      '(?:휴가|연차|병가|출장)(?:\\s*기간)?\\s*(?:입니다|이에요|예요|이라|라서|이어서|여서)',
      '자리를\\s*비(?:웠|우|워)',
      '사무실에\\s*(?:없|있지\\s*않)',
      '(?:\\p{N}+\\s*(?:월|일)|월요일|화요일|수요일|목요일|금요일|다음\\s*주)(?:\\s*\\p{N}+\\s*일)?\\s*(?:부터|에|이후|후에)?\\s*(?:정상\\s*)?(?:복귀|출근|업무\\s*복귀|돌아옵|돌아올|업무\\s*재개)',
      '(?:복귀|귀국|귀사|출근|돌아(?:온|와|오는))\\s*(?:후|하는\\s*대로|하면|해서|서)[^.]{0,16}?(?:회신|답변|답장|연락|확인|처리)',
      '(?:메일|이메일|연락)\\s*(?:확인|회신|답변|답장)(?:이|은|가)?\\s*(?:어렵|늦어|지연|제한|불가)',
      '(?:설|추석|명절|연휴|여름\\s*휴가|하계\\s*휴가|동계\\s*휴가|연말|신정|구정)\\s*(?:연휴)?\\s*(?:기간|동안|으로|로)?[^.]{0,20}?(?:휴무|휴업|쉽니다|운영하지\\s*않|문을\\s*닫)',
      '휴무(?:입니다|일|합니다|이오니|로)',
    ),
    notNow: anywhere(
      '님(?:은|는|이|께서|도)?\\s*(?:현재\\s*)?[^.]{0,20}?(?:휴가|출장|부재|휴직|병가|외근)',
      '(?:그는|그녀는|동료)[^.]{0,20}?(?:휴가|출장|부재|휴직|병가)',
      '부재\\s*중\\s*전화',
      '(?:휴가|출장|휴직|연휴)(?:에서|를|을)?\\s*(?:마치고|끝나고|다녀와서|다녀왔|복귀했|돌아왔)|복귀했|돌아왔',
      '중이었|였었|이었습니다|었습니다',
      '늦어(?:서|져서)?\\s*죄송|늦었',
      '(?:휴가|출장)\\s*중이\\s*아니|휴가가\\s*아니',
      '(?:다음\\s*주|다음\\s*달|내일|모레)\\s*(?:부터|에는|는|에)?[^.]{0,12}?(?:휴가|출장|휴직|출산\\s*휴가)\\s*(?:예정|를\\s*가|을\\s*가|가게|이라|라서|갑니다|입니다|떠납)|(?:휴가|출장)\\s*(?:가기\\s*)?전에',
      '(?:세요|신가요|인가요|나요)\\s*$',
      '퇴사',
    ),
  },
  {
    code: 'ar',
    // Hamza and vowel marks fold away (fold.ts): "إجازة" and "اجازة" read alike.
    away: words(
      String.raw`(?:أنا|نحن)\s+(?:حاليا\s+|الآن\s+|اليوم\s+)?في\s+(?:مؤتمر|معرض)`,
      String.raw`(?:أنا|نحن|إنني|إني)\s+${W}{0,2}(?:في\s+(?:\p{L}+\s+)?(?:إجازة|عطلة|رحلة|سفر|مهمة)|خارج\s+(?:المكتب|البلاد|البلد|الدولة)|مسافر\p{L}*|غير\s+(?:متواجد|موجود|متاح)\p{L}*|متغيب\p{L}*|مريض\p{L}*|بإجازة)`,
      String.raw`(?:سأكون|سنكون|سوف\s+أكون)\s+${W}{0,1}(?:في\s+(?:إجازة|عطلة|رحلة)|خارج\s+(?:المكتب|البلاد)|مسافر\p{L}*)`,
      String.raw`${START}(?:حاليا\s+|حاليًا\s+)?(?:في\s+(?:إجازة|عطلة|رحلة\s+عمل)|خارج\s+المكتب)`,
      String.raw`(?:سأعود|سوف\s+أعود|سأرجع)\s+(?:إلى\s+(?:المكتب|العمل)\s+|للمكتب\s+|للعمل\s+)?(?:في\s+(?:\p{N}|تاريخ|يوم|الأسبوع|بداية|نهاية|\p{L}+\s+\p{N})|يوم|بتاريخ|\p{N}|الأسبوع|غدا|بعد\s+(?:العيد|الإجازة|العطلة))|سأعود\s+إلى\s+المكتب`,
      String.raw`عودتي|رجوعي|عودتنا`,
      String.raw`(?:وصول|اطلاع)\s+محدود\p{L}*|محدود\p{L}*\s+(?:الوصول|الاطلاع)`,
      String.raw`(?:المكتب|الشركة|مكاتبنا|المحل|مكتبنا)\s+${W}{0,2}(?:مغلق\p{L}*|سيغلق|ستغلق|في\s+عطلة|في\s+إجازة)`,
      String.raw`(?:مغلق\p{L}*|عطلة|إجازة)\s+${W}{0,2}(?:بمناسبة|لمناسبة|خلال|طوال)\s+(?:\p{L}+\s+)?(?:عيد|العيد|الأعياد|رأس\s+السنة|رمضان|العطلة|عطلة)`,
    ),
    notNow: words(
      String.raw`(?:هو|هي|هم|زميلي|زميلتي|المدير|الأستاذ|السيد|السيدة)\s+${W}{0,2}(?:في\s+(?:\p{L}+\s+)?(?:إجازة|عطلة|رحلة)|خارج\s+المكتب|مسافر)`,
      String.raw`أنوب\s+عن`,
      String.raw`(?:كنت|كنا)\s+${W}{0,2}(?:في|خارج|مسافر)`,
      String.raw`(?:عدت|رجعت|عدنا|رجعنا)\s+${W}{0,2}(?:من|إلى|للتو|اليوم|أمس)|للتو\s+من`,
      String.raw`(?:لست|لسنا)\s+(?:في\s+)?(?:إجازة|عطلة)`,
      // Not begun: "الأسبوع القادم سأكون في إجازة", not "حتى الأسبوع القادم" (until next week).
      String.raw`(?<!حتى\s)(?:الأسبوع|الشهر)\s+(?:القادم|المقبل)\s+${W}{0,3}(?:سأكون|سأسافر|إجازة|عطلة)|(?:سأكون|سأسافر|سأبدأ)\s+(?:(?!حتى|لغاية)\p{L}+\s+){0,3}(?:الأسبوع|الشهر)\s+(?:القادم|المقبل)|قبل\s+(?:إجازتي|سفري|عطلتي)`,
    ),
  },
  {
    code: 'he',
    away: words(
      String.raw`(?:אני|אנחנו|אנו)\s+(?:כרגע\s+|עכשיו\s+|היום\s+)?ב(?:כנס|תערוכה|טיול)`,
      String.raw`(?:אני|אנחנו|אנו)\s+${W}{0,2}(?:ב(?:חופש|חופשה|חופשת|חו[״"]ל|חול|מילואים|נסיעה|נסיעת)\p{L}*|מחוץ\s+ל(?:משרד|עיר|ארץ)|לא\s+(?:נמצא|נמצאת|זמין|זמינה)\s+ב?משרד|לא\s+במשרד|חולה|נעדר\p{L}*)`,
      String.raw`(?:נמצא|נמצאת|נמצאים|אהיה|נהיה)\s+(?:\p{L}+\s+)?(?:בחופש\p{L}*|במילואים|בחו[״"]ל|מחוץ\s+למשרד|בנסיע\p{L}*|בכנס)`,
      String.raw`${START}(?:בחופש\p{L}*|מחוץ\s+למשרד|במילואים|בחו[״"]ל)\s+(?:עד|מ|\p{N}|ב-?\p{N})`,
      // Back on a date, not "אחזור אליך" (I'll get back to you).
      String.raw`(?:אחזור|אשוב|נחזור|נשוב)\s+(?:ל(?:משרד|עבודה)\s+)?(?:ב-?\p{N}|\p{N}|ביום|בשבוע|אחרי\s+(?:החג|החופש)|ב(?:ראשון|שני|שלישי|רביעי|חמישי))|(?:אחזור|אשוב)\s+ל(?:משרד|עבודה)`,
      String.raw`(?:עם|לאחר|אחרי|בעת|עד)\s+(?:חזרתי|שובי)`,
      String.raw`גישה\s+מוגבלת`,
      String.raw`(?:המשרד|המשרדים|החברה|העסק|החנות|משרדנו|משרדינו)\s+${W}{0,2}(?:סגור|סגורה|סגורים|יהיה\s+סגור|יהיו\s+סגורים|לא\s+(?:פעיל|פעילים|עובדים))`,
      String.raw`סגור\p{L}*\s+${W}{0,2}(?:בחג|בחגים|לרגל|בשל|עקב|במהלך)`,
    ),
    notNow: words(
      String.raw`(?:הוא|היא|הם|הן|עמית\p{L}*|המנהל\p{L}*)\s+${W}{0,2}(?:ב(?:חופש|מילואים|חו[״"]ל|נסיע|כנס)\p{L}*|מחוץ\s+למשרד|נמצא\p{L}*)`,
      String.raw`(?:מחליף|מחליפה|ממלא|ממלאת)\s+(?:את\s+)?מקומ(?:ו|ה)`,
      String.raw`הייתי|היינו`,
      String.raw`(?:חזרתי|חזרנו)\s+(?:\p{L}+\s+)?(?:מ|היום|אתמול|עכשיו|לעבודה|למשרד)|(?:רק|זה\s+עתה)\s+(?:חזרתי|חזרנו)`,
      String.raw`(?:אני|אנחנו)\s+לא\s+ב(?:חופש|מילואים|חו[״"]ל)\p{L}*`,
      String.raw`(?:בשבוע|בחודש)\s+הבא\s+${W}{0,3}(?:אני|אהיה|אצא|אטוס|נהיה)|(?:אהיה|אצא|אטוס|יוצא|יוצאת)\s+${W}{0,3}(?:בשבוע|בחודש)\s+הבא|(?:יוצא|יוצאת|אצא)\s+ל(?:חופש|מילואים)\p{L}*|לפני\s+(?:החופשה|החופש|שאני\s+יוצא|שאצא|הנסיעה)`,
    ),
  },
  {
    code: 'fa',
    // Both the Persian and the Arabic forms of ی and ک; ZWNJ in "می‌باشم".
    away: words(
      String.raw`(?:در|توی|تو)\s+(?:\p{L}+\s+)?(?:مرخصی|تعطیلات|سفر|ماموریت|مأموریت|کنفرانس|همایش|نمایشگاه|بیمارستان)\p{L}*\s+${W}{0,2}(?:هستم|هستیم|می[\s\u200c]?باشم|بسر\s+می[\s\u200c]?برم|به\s+سر\s+می[\s\u200c]?برم)`,
      String.raw`(?:مرخصی|سفر|تعطیلات|مسافرت)[\u200c]?(?:ام|ایم)(?!\p{L})|مسافرتم(?!\p{L})|(?:بیمار|مریض)\s+(?:هستم|هستیم)|(?:مرخصی|سفر|مسافرت)\s+(?:\p{L}+\s+)?(?:هستم|هستیم)`,
      String.raw`خارج\s+از\s+(?:دفتر|شرکت|کشور|شهر)\s+(?:هستم|هستیم|می[\s\u200c]?باشم)|(?:در\s+دسترس|حاضر)\s+نیست(?:م|یم)`,
      String.raw`${START}(?:در\s+)?(?:مرخصی|تعطیلات|سفر|خارج\s+از\s+دفتر)\s+(?:\p{L}+\s+)?(?:تا|از|\p{N})`,
      String.raw`برمی[\s\u200c]?گردم|باز\s*می[\s\u200c]?گردم|(?:بر|باز)\s*خواهم\s+گشت`,
      String.raw`(?:پس|بعد)\s+از\s+(?:بازگشت|برگشت)(?:م|ن)?(?!\p{L})|(?:هنگام|به\s+محض)\s+بازگشت`,
      String.raw`دسترسی\s+(?:\p{L}+\s+)?محدود`,
      String.raw`(?:دفتر|شرکت|فروشگاه)\s+${W}{0,4}تعطیل\s+(?:است|می[\s\u200c]?باشد|خواهد\s+بود|هست)|(?:به\s+مناسبت|به\s+دلیل|به\s+علت|در\s+ایام)\s+(?:\p{L}+\s+){0,2}(?:تعطیلات|نوروز|عید)`,
    ),
    notNow: words(
      String.raw`(?:ایشان|او|همکارم|آقای|خانم)\s+${W}{0,3}(?:در\s+(?:مرخصی|سفر|تعطیلات)|مرخصی|خارج\s+از)`,
      String.raw`بودم|بودیم`,
      String.raw`برگشتم|بازگشتم|برگشتیم|بازگشتیم`,
      String.raw`(?:مرخصی|سفر|تعطیلات)\p{L}*\s+نیستم`,
      String.raw`(?<!تا\s)(?:هفته|ماه)\s+(?:آینده|بعد|دیگه|دیگر)\s+${W}{0,3}(?:مرخصی|سفر|تعطیل|می[\s\u200c]?روم|میرم)|(?:می[\s\u200c]?روم|میرم|خواهم\s+رفت)\s+(?:\p{L}+\s+)?(?:مرخصی|سفر|مسافرت)|قبل\s+از\s+(?:مرخصی|سفر|تعطیلات)`,
    ),
  },
  {
    code: 'hi',
    // Devanagari (its vowel signs are marks: fillers take \p{M}), then romanised Hindi and Indian English.
    away: words(
      String.raw`(?:छुट्टी|छुट्टियों|अवकाश|लीव|यात्रा|दौरे|टूर)\s+(?:पर|में)\s+(?:ह(?:ूँ|ूं|ू)|रहूँगा|रहूंगा|रहूँगी|रहूंगी)`,
      String.raw`(?:मैं|मै|हम)\s+${W}{0,3}(?:छुट्टी|छुट्टियों|अवकाश|यात्रा|बाहर|बीमार|अस्पताल)\s*(?:पर|में)?\s*(?:ह(?:ूँ|ूं|ू)|हैं|रहूँगा|रहूंगा|रहूँगी|रहूंगी|रहेंगे)`,
      String.raw`(?:ऑफिस|ऑफ़िस|दफ्तर|दफ़्तर|कार्यालय)\s+से\s+बाहर\s+(?:ह(?:ूँ|ूं|ू)|रहूँगा|रहूंगा|रहूँगी|रहूंगी)`,
      String.raw`(?:वापस|लौट)\s*(?:आऊँगा|आऊंगा|आऊँगी|आऊंगी|आ\s+जाऊँगा|आ\s+जाऊंगा|आ\s+जाऊँगी|आ\s+जाऊंगी)|लौटूँगा|लौटूंगा|लौटूँगी|लौटूंगी`,
      String.raw`(?:वापस\s+आने|लौटने)\s+(?:पर|के\s+बाद)|वापस\s+आकर|लौटकर`,
      String.raw`सीमित\s+${W}{0,2}(?:पहुँच|पहुंच|एक्सेस)|(?:ईमेल|मेल)\s+${W}{0,2}सीमित`,
      String.raw`(?:कार्यालय|ऑफिस|ऑफ़िस|दफ्तर|दफ़्तर|दुकान|कंपनी)\s+${W}{0,4}बंद\s+(?:रहेगा|रहेगी|है|रहेंगे|हैं)`,
      String.raw`(?:chutti|chhutti|leave|vacation|holiday|holidays|tour|trip|yatra)\s+(?:pe|par|per|mein|me)\s+(?:hoon|hu|hun|hain|rahunga|rahungi)`,
      String.raw`(?:(?:i\s+am|i'm|im|main|mai)\s+)?out\s+of\s+station|(?:office|daftar)\s+se\s+(?:bahar|baahar)\s+(?:hoon|hu|hun|hain|rahunga|rahungi)`,
      String.raw`(?:wapas|vapas|waapas)\s+(?:aake|aakar|aa\s+ke|aane\s+par|aane\s+ke\s+baad|aaunga|aunga|aaungi|aungi|aa\s+jaunga|aa\s+jaungi)`,
      String.raw`(?:office|dukaan|dukan|shop)\s+${W}{0,4}band\s+(?:rahega|rahegi|hai|rahenge)`,
      String.raw`(?:bimar|beemar)\s+(?:hoon|hu|hun)`,
    ),
    notNow: words(
      String.raw`(?:वह|वो|वे|उनका|उनकी|उनके|उसके|उसका|जी|सर|मैडम)\s+${W}{0,3}(?:छुट्टी|अवकाश|बाहर|यात्रा|लौट|वापस)`,
      String.raw`(?:woh|wo|vo|voh|unka|unki|unke|uska|sir|ji|madam)\s+${W}{0,3}(?:chutti|leave|bahar|wapas|vacation)`,
      String.raw`(?:वापस|लौट)\s+(?:आ\s+)?(?:गया|गई|गयी|गए|आया|आई|आए)|(?:wapas|vapas)\s+(?:aa\s+)?(?:gaya|gayi|gaye|aaya|aayi)`,
      String.raw`(?:अगले|अगली)\s+(?:हफ्ते|हफ़्ते|सप्ताह|महीने)\s+(?!तक)${W}{0,3}(?:छुट्टी|अवकाश|यात्रा|जा\s+रहा|जा\s+रही|रहूँगा|रहूंगा|रहूँगी|रहूंगी)|(?:agle|next)\s+(?:hafte|week|mahine|month)\s+(?!tak)${W}{0,3}(?:chutti|leave|vacation|ja\s+raha|ja\s+rahi|rahunga|rahungi)`,
      String.raw`(?:छुट्टी|अवकाश|यात्रा)\s+(?:पर\s+)?(?:जाने\s+से\s+पहले|जा\s+रहा|जा\s+रही|जाऊँगा|जाऊंगा)|(?:chutti|leave)\s+(?:pe|par)\s+(?:ja\s+raha|ja\s+rahi|jaane\s+se\s+pehle|jaunga)`,
    ),
  },
  {
    code: 'ur',
    away: words(
      String.raw`(?:چھٹی|چھٹیوں|رخصت|سفر|دورے|تعطیلات)\s+(?:پر|میں)\s+(?:ہوں|ہیں|رہوں\s+گا|رہوں\s+گی)`,
      String.raw`(?:دفتر|آفس|ملک|شہر)\s+سے\s+باہر\s+(?:ہوں|ہیں|رہوں\s+گا|رہوں\s+گی)|(?:بیمار|علیل)\s+ہوں`,
      String.raw`واپس\s+(?:آؤں\s+گا|آؤں\s+گی|آ\s+جاؤں\s+گا|آ\s+جاؤں\s+گی|آئیں\s+گے)|لوٹوں\s+گا|(?:واپسی|واپس\s+آنے)\s+(?:پر|کے\s+بعد)|واپس\s+آ\s*کر`,
      String.raw`محدود\s+رسائی|رسائی\s+محدود`,
      String.raw`(?:دفتر|آفس|دکان|کمپنی)\s+${W}{0,4}بند\s+(?:رہے\s+گا|رہے\s+گی|ہے|رہیں\s+گے)`,
    ),
    notNow: words(
      String.raw`(?:وہ|ان\s+کا|ان\s+کی|ان\s+کے|صاحب|صاحبہ)\s+${W}{0,3}(?:چھٹی|سفر|باہر|واپس)`,
      String.raw`واپس\s+آ\s+(?:گیا|گئی|گئے)`,
      String.raw`(?:اگلے|اگلی)\s+(?:ہفتے|مہینے|ہفتہ)\s+(?!تک)${W}{0,3}(?:چھٹی|سفر|جا\s+رہا|جا\s+رہی|رہوں\s+گا)|(?:چھٹی|سفر)\s+(?:پر\s+)?(?:جانے\s+سے\s+پہلے|جا\s+رہا|جا\s+رہی)`,
    ),
  },
  {
    code: 'id',
    // Indonesian and Malay.
    away: words(
      String.raw`(?:saya|aku|kami|sy|gue|gw)\s+(?:\p{L}+\s+){0,2}(?:cuti|bercuti|berlibur|liburan|dinas|perjalanan\s+dinas|di\s+luar\s+(?:kantor|kota|negeri|pejabat|negara)|sakit|dirawat|outstation|mudik|pulang\s+kampung|tidak\s+(?:berada\s+)?di\s+(?:kantor|pejabat))`,
      String.raw`sedang\s+(?:cuti|bercuti|berlibur|liburan|dinas|sakit|di\s+luar\s+(?:kantor|kota|pejabat)|dalam\s+perjalanan|mengikuti\s+(?:konferensi|pelatihan|acara))`,
      String.raw`${START}(?:cuti|berlibur|bercuti|dinas\s+luar|di\s+luar\s+(?:kantor|pejabat))\s+(?:\p{L}+\s+){0,2}(?:hingga|sampai|s\.?d\.?|sehingga|\p{N}|dari)`,
      String.raw`(?:akan|baru\s+akan|saya|kami)\s+(?:\p{L}+\s+)?(?:kembali|masuk)\s+(?:ke\s+kantor\s+|bertugas\s+|bekerja\s+|kerja\s+|ke\s+pejabat\s+)?(?:pada|tanggal|tgl|hari|\p{N}|senin|selasa|rabu|kamis|jumat|minggu\s+depan|besok|setelah\s+(?:libur|lebaran|cuti))`,
      String.raw`setelah\s+(?:saya\s+)?kembali|sekembalinya|sepulang(?:nya)?\s+(?:saya|dari)|saat\s+(?:saya\s+)?kembali`,
      String.raw`akses\s+${W}{0,2}terbatas`,
      String.raw`(?:tutup|libur|ditutup|tidak\s+beroperasi|cuti\s+bersama)\s+${W}{0,4}(?:selama|sempena|untuk|karena|dalam\s+rangka|pada|mulai|hingga|sampai)\s+${W}{0,2}(?:libur|lebaran|idul|natal|tahun\s+baru|imlek|nyepi|hari\s+raya|cuti\s+bersama|\p{N})`,
      String.raw`(?:selama|sedang|masa)\s+(?:cuti\s+bersama|libur\s+(?:lebaran|nasional|natal|tahun\s+baru))`,
    ),
    notNow: words(
      String.raw`(?:dia|beliau|pak|bu|bapak|ibu|rekan|mas|mbak|encik|puan)\s+${W}{0,2}(?:sedang\s+)?(?:cuti|berlibur|bercuti|dinas|di\s+luar)`,
      String.raw`(?:sudah|baru|telah)\s+(?:saja\s+)?(?:kembali|pulang|balik|masuk)|(?:kemarin|minggu\s+lalu|bulan\s+lalu)\s+(?:saya\s+)?(?:cuti|libur)|sempat\s+(?:cuti|libur)`,
      String.raw`(?:tidak|tak|gak|nggak|ga|bukan|belum)\s+(?:sedang\s+)?(?:cuti|libur|berlibur)`,
      String.raw`(?:minggu|bulan)\s+depan\s+${W}{0,2}(?:cuti|libur|berlibur|dinas|bercuti)|(?:mulai|dari)\s+(?:minggu|bulan)\s+depan|(?:akan|mau|nak)\s+(?:cuti|berlibur|bercuti)\s+(?:mulai|minggu|bulan)|sebelum\s+(?:saya\s+)?(?:cuti|berlibur|libur|berangkat)`,
    ),
  },
  {
    code: 'vi',
    // Tones fold away; đ is a letter of its own, typed as d without a Vietnamese keyboard.
    away: words(
      String.raw`(?:tôi|em|mình|chúng\s+tôi|bên\s+em|công\s+ty|văn\s+phòng)\s+(?:\p{L}+\s+){0,2}(?:nghỉ\s+(?:phép|lễ|tết|ốm|bệnh|thai\s+sản|mát|hè|việc\s+riêng)|[đd]i\s+(?:công\s+tác|du\s+lịch|vắng|hội\s+thảo)|vắng\s+mặt|không\s+(?:có\s+mặt|ở)\s+(?:tại\s+|ở\s+)?(?:văn\s+phòng|công\s+ty)|ở\s+nước\s+ngoài)`,
      String.raw`${START}(?:nghỉ\s+(?:phép|lễ|tết|ốm)|[đd]i\s+công\s+tác)\s+(?:[đd]ến|tới|từ|\p{N})`,
      String.raw`[đd]ang\s+(?:nghỉ\s+(?:phép|lễ|tết|ốm|bệnh|thai\s+sản|hè|mát)|[đd]i\s+(?:công\s+tác|du\s+lịch|vắng)|công\s+tác|vắng)`,
      // Back on a date, not "quay lại với anh vào tuần sau" (I'll get back to you next week).
      String.raw`(?:quay\s+(?:lại|về|trở\s+lại)|trở\s+(?:lại|về)|[đd]i\s+làm\s+(?:lại|trở\s+lại))\s+(?:(?!với)\p{L}+\s+){0,3}(?:vào\s+(?:ngày|thứ|tuần)|ngày\s+\p{N}|\p{N}|thứ\s+(?:hai|ba|tư|năm|sáu)|sau\s+(?:tết|kỳ\s+nghỉ|lễ))`,
      String.raw`(?:khi|sau\s+khi)\s+(?:tôi\s+|em\s+|mình\s+)?(?:quay\s+(?:lại|về)|trở\s+(?:lại|về)|về\s+(?:lại\s+)?văn\s+phòng|[đd]i\s+làm\s+lại)`,
      String.raw`(?:hạn\s+chế|giới\s+hạn)\s+${W}{0,2}(?:truy\s+cập|kiểm\s+tra|email|thư)|truy\s+cập\s+(?:email|thư)\s+(?:\p{L}+\s+)?hạn\s+chế`,
      String.raw`(?:nghỉ\s+(?:tết|lễ)|[đd]óng\s+cửa)\s+${W}{0,4}(?:từ|[đd]ến|tới|hết|nguyên\s+[đd]án|quốc\s+khánh|\p{N})|(?:lịch|thông\s+báo)\s+nghỉ\s+(?:tết|lễ)`,
    ),
    notNow: words(
      String.raw`(?:anh|chị|cô|ông|bà|bạn|cậu)\s+ấy|họ\s+(?:\p{L}+\s+)?(?:[đd]ang|[đd]i|nghỉ)|(?:anh|chị|ông|bà|cô|chú|sếp|bạn)\s+(?!(?:[đd]ang|hiện|sẽ|vẫn|[đd]ã|ấy|nghỉ|[đd]i|không|vắng|vừa|mới)(?!\p{L}))\p{L}+\s+(?:hiện\s+)?(?:[đd]ang|sẽ|[đd]ã)\s+(?:nghỉ|[đd]i|vắng)`,
      String.raw`(?:[đd]ã|vừa|mới)\s+(?:\p{L}+\s+)?(?:quay\s+(?:lại|về)|trở\s+(?:lại|về)|về|[đd]i\s+làm\s+lại|nghỉ\s+xong)|vừa\s+(?:nghỉ|[đd]i)|(?:tuần|tháng)\s+trước\s+${W}{0,2}(?:nghỉ|[đd]i)`,
      String.raw`không\s+(?:phải\s+)?(?:[đd]ang\s+)?(?:nghỉ|[đd]i\s+công\s+tác)`,
      String.raw`(?:tuần|tháng)\s+(?:sau|tới)\s+${W}{0,2}(?:nghỉ|[đd]i(?!\s+làm))|sắp\s+(?:nghỉ|[đd]i)|trước\s+khi\s+(?:tôi\s+|em\s+)?(?:nghỉ|[đd]i)|từ\s+(?:tuần|tháng)\s+(?:sau|tới)`,
    ),
  },
  {
    code: 'th',
    // Written without spaces; tone and vowel marks fold away like accents.
    away: anywhere(
      '(?:ผม|ดิฉัน|ฉัน|เรา|หนู|ขณะนี้|ตอนนี้|ช่วงนี้)\\p{L}{0,6}?(?:ลาพักร้อน|ลาพักผ่อน|ลาคลอด|ลาป่วย|ลาบวช|ลากิจ|ลาพัก|พักร้อน|ไปต่างประเทศ|ไปต่างจังหวัด|อยู่ต่างประเทศ|ไม่อยู่|ติดภารกิจ|เดินทาง|ไปสัมมนา|ป่วย|ไม่สบาย)',
      'อยู่ระหว่าง(?:การ)?(?:ลา|วันหยุด|เดินทาง|พักร้อน|ปฏิบัติงานนอก)|^\\s*(?:ลาพักร้อน|ลาคลอด|ลาป่วย|ลาบวช)',
      '(?:จะ)?กลับ(?:มา)?(?:ทำงาน|เข้า(?:ทำงาน|ออฟฟิศ|สำนักงาน|บริษัท))\\p{L}{0,4}?(?:วัน|\\p{N})',
      '(?:เมื่อ|หลังจาก)(?:ผม|ดิฉัน|ฉัน)?กลับ(?:มา|เข้า)',
      'เข้าถึงอีเมล\\p{L}{0,6}?จำกัด|ตรวจสอบอีเมลไม่ได้|ไม่สามารถ(?:ตอบ|ตรวจสอบ|เช็ค)อีเมล',
      'หยุดทำการ|ปิดทำการ|หยุดยาว|ปิดสำนักงาน|(?:สงกรานต์|ปีใหม่|ตรุษจีน|วันหยุดยาว)\\p{L}{0,10}?หยุด',
    ),
    notNow: anywhere(
      '(?:คุณ|เขา|เธอ|หัวหน้า|ผู้จัดการ)\\p{L}{0,12}?(?:ลา|ไม่อยู่|เดินทาง|ติดภารกิจ|พักร้อน)',
      'กลับมา(?:แล้ว|ทำงานแล้ว)|เพิ่ง(?:กลับ|ลา|ไป)|(?:สัปดาห์|อาทิตย์|เดือน)(?:ที่แล้ว|ก่อน)',
      'ไม่ได้(?:ลา|ไป|เดินทาง|พักร้อน)',
      '(?:สัปดาห์|อาทิตย์|เดือน)หน้า\\p{L}{0,8}?(?:ลา|เดินทาง|ไป|หยุด|พักร้อน)|ก่อน(?:ที่)?(?:ผม|ดิฉัน|ฉัน)?(?:จะ)?(?:ลา|เดินทาง|ไป|หยุด)|กำลังจะ(?:ลา|ไป|เดินทาง)',
      '(?:ไหม|มั้ย|หรือเปล่า|หรือยัง|เหรอ|หรอ)(?:ครับ|ค่ะ|คะ|นะ)?\\s*$',
    ),
  },
  {
    code: 'tl',
    // Filipino as texted: Taglish ("naka-leave ako"), "po" for politeness.
    away: words(
      String.raw`(?:naka-?(?:leave|bakasyon|sick\s+leave|vacation\s+leave|vl|sl|maternity\s+leave|off|day\s+off|travel|business\s+trip)|nasa\s+(?:\p{L}+\s+)?(?:bakasyon|leave|biyahe|byahe|business\s+trip|trip|probinsya|abroad|ibang\s+bansa|ospital|seminar|conference|training)|nagbabakasyon|nagbakasyon|out\s+of\s+(?:the\s+)?office)\s+(?:po\s+|muna\s+|pa\s+|ngayon\s+){0,2}(?:ako|kami)`,
      String.raw`(?:ako|kami)\s+(?:ay\s+)?(?:po\s+|muna\s+|ngayon\s+){0,2}(?:naka-?(?:leave|bakasyon|sick\s+leave|vacation\s+leave|off)|nasa\s+(?:\p{L}+\s+)?(?:bakasyon|leave|biyahe|business\s+trip|abroad|ibang\s+bansa|ospital))`,
      String.raw`wala\s+(?:po\s+)?(?:ako|kami)\s+sa\s+(?:opisina|office|trabaho)`,
      String.raw`(?:babalik|balik)\s+(?:po\s+)?(?:ako|kami)\s+${W}{0,4}(?:\p{N}|lunes|martes|miyerkules|huwebes|biyernes|monday|tuesday|wednesday|thursday|friday|next|sa\s+susunod|bukas|pagkatapos)`,
      String.raw`pag-?balik\s+(?:ko|namin)|pagbalik\s+sa\s+(?:opisina|office)`,
      String.raw`limitado\s+${W}{0,3}(?:access|pag-access)`,
      String.raw`sarado\s+${W}{0,4}(?:dahil|ngayong|para\s+sa|sa\s+(?:pasko|bagong\s+taon|holy\s+week|mahal\s+na\s+araw)|hanggang|mula|\p{N})|(?:sarado|closed)\s+(?:po\s+)?(?:kami|ang\s+(?:opisina|office|tindahan|shop))`,
      String.raw`(?:may\s+sakit|maysakit|nagkasakit)\s+(?:po\s+)?ako`,
    ),
    notNow: words(
      String.raw`(?:si|sina|siya|sila)\s+${W}{0,2}(?:naka|nasa|wala)|ako\s+(?:muna\s+)?(?:ang\s+)?(?:bahala|hahawak|sasagot|pumapalit|kapalit|humahawak)`,
      String.raw`(?:galing|kagagaling|kababalik|kakabalik|bumalik\s+na|nakabalik\s+na)|(?:nag-?leave|naka-?leave|nagbakasyon)\s+(?:po\s+)?ako\s+(?:noong|last|nung)`,
      String.raw`hindi\s+(?:po\s+)?(?:ako\s+)?(?:naka-?leave|nasa\s+bakasyon)`,
      String.raw`(?:next\s+week|sa\s+susunod\s+na\s+(?:linggo|buwan)|next\s+month)\s+${W}{0,3}(?:mag-?leave|magbabakasyon|magle-?leave|naka-?leave|aalis)|(?:mag-?leave|magbabakasyon|magli-?leave|magle-?leave|aalis)\s+${W}{0,2}(?:ako|kami)|bago\s+(?:ako\s+)?(?:mag-?leave|magbakasyon|umalis)`,
    ),
  },
];

const EVERY_WORLD_LANGUAGE: ReadonlyArray<WorldAbsence> = [...WORLD_ABSENCES, ...MORE_WORLD_ABSENCES];
/** One scan for every language's absence: most clauses state none, in any language. */
const ANY_AWAY = anyOf(EVERY_WORLD_LANGUAGE.map((language) => language.away));

/** Clauses with their end mark: scripts written without spaces end sentences without one too. */
const CLAUSE = /[^。！？!?؟？՞።]+[。！？!?؟？՞።]*/gu;
const ASKED = /[?？؟՞]\s*$/u;

/** The language code of a present absence of the writer's in this folded sentence, or null. */
export function worldAbsence(folded: string): string | null {
  for (const clause of folded.match(CLAUSE) ?? []) {
    if (ASKED.test(clause) || !ANY_AWAY.test(clause)) continue;
    for (const { code, away, notNow } of EVERY_WORLD_LANGUAGE) {
      if (away.test(clause) && !notNow?.test(clause)) return code;
    }
  }
  return null;
}
