/**
 * Sentiment lexicon for the offline engine, valences on VADER's -4..+4 scale, written for this
 * project (not copied from VADER or AFINN). Two parts:
 * - GENERAL: everyday affect words, so informal text (the VADER tweets benchmark) scores sensibly;
 * - SALES_PHRASES: what carries polarity in a reply to outbound sales ("all set", "remove me",
 *   "too expensive", "happy to chat"). Phrases are matched first and their words are not scored
 *   again, so "please remove me" is negative although "please" is polite (the trap the reference
 *   measured in off-the-shelf lexicons), and "not interested" is one negative phrase, not a negated
 *   positive word.
 */

function table(spec: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of spec.trim().split(/\s+/)) {
    const at = entry.lastIndexOf(':');
    map.set(entry.slice(0, at).replace(/_/g, ' '), Number(entry.slice(at + 1)));
  }
  return map;
}

export const GENERAL = table(`
  love:3.2 loved:3 loves:3 loving:2.8 lovely:2.8 adore:3 like:1.5 liked:1.5 likes:1.5 enjoy:2.2 enjoyed:2.2
  happy:2.7 happier:2.5 happiest:3 glad:2 pleased:2 delighted:3 thrilled:3.2 excited:2.6 exciting:2.5 excite:2
  great:3 good:1.9 better:1.8 best:3 nice:1.8 cool:1.3 awesome:3.1 amazing:3 amazingly:3 fantastic:3.3 excellent:3.2
  wonderful:3.1 brilliant:2.9 perfect:2.7 superb:3 outstanding:3 incredible:2.8 terrific:3 fabulous:3 gorgeous:3
  beautiful:2.9 pretty:1.5 fun:2.3 funny:1.9 hilarious:2.5 lol:1.8 lmao:2 lmfao:2 rofl:2.2 haha:2 hahaha:2.2 hehe:1.6
  yay:2.4 woohoo:2.5 wow:1.6 congrats:2.4 congratulations:2.9 thank:1.5 thanks:1.2 thx:1 ty:1 thankful:2.7 grateful:2.8
  appreciate:1.6 appreciated:1.8 blessed:2.9 lucky:2 luck:1.4 fortunate:2 win:2.8 winning:2.5 won:2.7 winner:2.8
  success:2.7 successful:2.8 proud:2.1 smile:1.8 smiling:2 laugh:2 laughing:2.2 joy:2.8 fab:2.4 sweet:2 cute:2
  kind:1.8 friendly:2.2 helpful:2 useful:1.9 valuable:2.1 impressive:2.4 impressed:2.4 promising:1.9 interesting:1.7
  interested:1.8 intrigued:1.6 keen:1.6 curious:0.8 eager:1.6 welcome:2 welcomed:2 hope:1.8 hopeful:2 hopefully:1.3
  relevant:1 fine:0.8 ok:0.5 okay:0.5 yes:1.2 yeah:0.8 yep:0.8 yup:0.8 sure:1 definitely:1.3 absolutely:1.4 agree:1.5
  easy:1.9 fast:1 safe:1.9 strong:2.3 smart:1.7 wise:1.8 clever:1.6 genius:2.5 legend:2 epic:2.2 dope:2
  fresh:1.3 peace:2.5 calm:1.3 relax:1.8 relaxed:2 relaxing:2.2 comfortable:1.9 healthy:1.7 heaven:2.8 paradise:3
  celebrate:2.7 celebrating:2.7 party:1.7 hug:2.1 hugs:2.1 kiss:1.8 xoxo:2.5 bff:2.4 bestie:2.2 miss:-0.6 missed:-1.1
  recommend:1.5 favorite:2 favourite:2 support:1.7 supportive:2.1 trust:2.3 honest:2.3 respect:2.1 inspired:2.2 inspiring:2.4
  worth:0.9 works:0.4 worked:0.8 improve:1.9 improved:2 improvement:2 benefit:2 benefits:2 save:1.6 saves:1.6 saved:1.6
  bad:-2.5 worse:-2.1 worst:-3.1 terrible:-3 horrible:-3 awful:-3.1 aweful:-3 dreadful:-3 poor:-2.1 sucks:-1.5 suck:-1.5
  hate:-2.7 hated:-3 hates:-2.7 hating:-2.6 dislike:-1.6 annoying:-2.2 annoyed:-2 annoy:-1.9 irritating:-2 irritated:-2
  angry:-2.3 mad:-2.2 furious:-3 rage:-2.6 upset:-1.6 sad:-2.1 sadly:-1.8 unhappy:-1.8 depressed:-2.3 depressing:-2.3
  miserable:-2.7 cry:-2.1 crying:-2.1 cried:-2 tears:-0.9 hurt:-2.4 hurts:-2.3 pain:-2.3 painful:-2.4 sick:-2.3 ill:-1.8
  tired:-1.9 exhausted:-1.8 bored:-1.5 boring:-1.3 lonely:-2 alone:-1 scared:-2.2 afraid:-2 fear:-2.2 worried:-1.2 worry:-1.9
  stress:-1.8 stressed:-1.4 stressful:-2.1 anxious:-1 nervous:-1.1 disappointed:-1.9 disappointing:-2.2 disappointment:-2.3
  fail:-2.5 failed:-2.3 failure:-2.3 fails:-2.2 wrong:-2.1 broken:-1.8 broke:-1.8 problem:-1.7 problems:-1.7 issue:-0.8
  issues:-0.8 mess:-1.5 messy:-1.5 ugly:-2.3 stupid:-2.4 dumb:-2.3 idiot:-2.3 idiots:-2.3 moron:-2.5 fool:-1.9 crap:-1.6
  shit:-2.6 shitty:-2.6 fuck:-2.5 fucking:-1.9 fucked:-3 wtf:-2.8 damn:-1.7 dammit:-1.8 hell:-2.2 bullshit:-2.8 bs:-1.7
  ugh:-1.8 argh:-1.4 meh:-0.5 lame:-1.8 pathetic:-2.5 ridiculous:-1.9 disgusting:-2.9 gross:-2.1 nasty:-2.6 evil:-3.2
  kill:-3.7 killed:-3.5 killing:-3.4 die:-2.9 dead:-3.3 death:-2.9 dying:-2.9 murder:-3.7 war:-2.9 attack:-2.1 violence:-3.1
  destroy:-2.7 destroyed:-3 ruin:-2.7 ruined:-2.4 disaster:-3.1 tragic:-3.4 tragedy:-3.4 crisis:-3.1 lost:-1.3 lose:-1.7
  losing:-1.6 loser:-2.4 rejected:-2.1 reject:-1.7 cancel:-0.5 sorry:-0.3 unfortunately:-1.5 regret:-1.9 shame:-2.1
  ashamed:-2.1 embarrassed:-1.5 embarrassing:-1.6 guilty:-1.8 jealous:-2 liar:-2.7 lies:-1.8 lie:-1.4 cheat:-2 cheated:-2.4
  scam:-2.9 spam:-2.2 spammy:-2.2 spammer:-2.5 spammers:-2.5 spamming:-2.5 spammed:-2.4 junk:-1.6 useless:-2.3 worthless:-2.5
  waste:-1.8 wasted:-2.2 hopeless:-2 helpless:-2 weak:-1.9 slow:-0.8 expensive:-0.9 costly:-1 hard:-0.4 difficult:-1.5
  frustrated:-2.4 frustrating:-2.2 confused:-1.3 confusing:-1.3 complicated:-0.9 unfair:-2.1 harassment:-3 harass:-2.9
  threat:-2.4 threaten:-2.4 danger:-2.4 dangerous:-2.1 risk:-1.1 risky:-0.8 suffering:-2.1 suffer:-2.5 hungry:-0.9
  sleepy:-0.3 lazy:-1.3 busy:-0.4 swamped:-1.4 slammed:-1.4 overwhelmed:-1.5 burned:-1.6 burnt:-1.6 nope:-1.2 nah:-1
  no:-1.2 never:-0.8 blocked:-1.5 block:-1 annoyance:-1.8 rude:-2 hostile:-2.3 creepy:-2.1 weird:-0.7
  :):2 :-):2 :D:2.3 :-D:2.3 ;):1.6 ;-):1.6 :P:1.2 xD:2 <3:2.5 :(:-1.9 :-(:-1.9 :/:-1 :-/:-1 :'(:-2.3 >:(:-2.5 D::-1.5
  🙂:1.5 😊:2 😀:2.2 😃:2.2 😄:2.2 😁:2.2 😆:2 😂:1.6 🤣:1.8 😍:3 🥰:3 😘:2.4 ❤️:2.7 ❤:2.7 💕:2.6 👍:1.8 🙌:2.2 🎉:2.4
  👏:2 🙏:1.5 💪:1.7 🔥:1.4 ✨:1.2 😉:1.4 😅:0.4 🤔:-0.2 😐:-0.3 😕:-1 🙁:-1.5 ☹️:-1.7 😞:-2 😢:-2.2 😭:-2.1 😡:-2.8
  😠:-2.5 🤬:-3 👎:-1.8 🙄:-1.5 😒:-1.6 😤:-1.8 💩:-1.5 😩:-1.8 😫:-1.8
`);

/** Multi-word sales expressions; matched before single words and not negated again. */
export const SALES_PHRASES = table(`
  not_interested:-2.6 no_longer_interested:-2.6 no_thanks:-2 no_thank_you:-2 hard_pass:-3 we'll_pass:-1.8 i'll_pass:-1.8
  gonna_pass:-1.8 going_to_pass:-1.8 pass_on_this:-1.8 all_set:-1.4 we're_good:-1.1 we_are_good:-1.1 not_for_us:-1.8
  isn't_for_us:-1.8 not_a_fit:-1.6 not_a_good_fit:-1.6 no_need:-1.5 not_relevant:-1.5 not_a_priority:-1.4 low_priority:-1.2
  too_expensive:-2 too_pricey:-2 too_costly:-2 no_budget:-1.8 budget_is_frozen:-1.8 budgets_are_frozen:-1.8 can't_afford:-2
  cant_afford:-2 cannot_afford:-2 out_of_our_price_range:-2 price_range:-0.5 can't_justify:-1.5 too_busy:-1.5 no_bandwidth:-1.5
  stretched_thin:-1.4 locked_into:-1.2 locked_in:-1.2 already_use:-1 already_using:-1 already_have:-0.9 happy_with_it:-1
  happy_with_our:-0.9 happy_with_how:-0.9 no_plans_to_change:-1.3 not_looking_to_switch:-1.3 not_looking_to_change:-1.3
  not_going_back:-2.2 not_doing_it_again:-2 waste_of_time:-2.8 not_going_down_that_road:-2 was_a_mess:-2.4
  remove_me:-2.8 take_me_off:-2.8 unsubscribe:-2.8 unsubscribe_me:-2.8 opt_out:-2.5 stop_emailing:-3 stop_contacting:-3
  stop_messaging:-3 stop_texting:-3 stop_sending:-2.8 do_not_contact:-3 don't_contact:-3 don't_email:-2.8 don't_message:-2.8
  leave_me_alone:-3 never_signed_up:-2.6 this_is_spam:-3 how_did_you_get:-1.8 where_did_you_get:-1.8 f***_off:-3.5
  sounds_good:2.3 sounds_great:2.8 sounds_interesting:2 sounds_promising:2.3 looks_good:2 looks_great:2.6 looks_interesting:1.9
  looks_cool:1.6 happy_to:1.9 glad_to:1.9 would_love:2.5 i'd_love:2.5 love_to:2.4 open_to:1.3 keen_to:1.8 let's_talk:1.5
  let's_chat:1.5 let's_meet:1.5 let's_connect:1.5 let's_do:1.3 let's_set:1.2 let's_find:1.2 let's_grab:1.4 lets_talk:1.5
  works_for_me:1.8 tell_me_more:1.9 learn_more:1.5 hear_more:1.5 count_me_in:2.4 on_our_radar:1.3 good_timing:2
  great_timing:2.5 makes_sense:1 keep_me_posted:1.2 keep_me_in_the_loop:1.2 you've_got_my_attention:2 sign_me_up:2.2
  please:0 pls:0 plz:0 kindly:0 thanks_anyway:-0.5 good_luck:0.3 best_of_luck:0.3 not_bad:1.5 no_problem:1.2 no_worries:1.2
  no_doubt:1 not_sure:-0.5 kick_the_tires:1.2 can't_wait:2.3 cant_wait:2.3 can't_stop_thinking:1.8
`);

export const NEGATORS = new Set(
  `not no never none nobody nothing neither nor without hardly barely cannot can't cant don't dont doesn't doesnt didn't didnt
   isn't isnt aren't arent wasn't wasnt weren't won't wont wouldn't wouldnt shouldn't couldn't haven't havent hasn't hadn't ain't`
    .trim()
    .split(/\s+/),
);

export const BOOSTERS = table(`
  very:0.293 really:0.293 so:0.293 super:0.293 totally:0.293 extremely:0.293 absolutely:0.293 completely:0.293
  incredibly:0.293 highly:0.293 truly:0.293 especially:0.293 such:0.293 too:0.2 way:0.2 utterly:0.293 most:0.293
  somewhat:-0.293 slightly:-0.293 barely:-0.293 marginally:-0.293 kinda:-0.293 sorta:-0.293 little:-0.2 fairly:-0.1
`);
