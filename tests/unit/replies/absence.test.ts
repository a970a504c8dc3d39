// The broad absence reading (absence.ts): the writer or their office is away for now, in the forms
// people and mail systems actually use, and not when absence is only talked about or is over.
import { describe, expect, it } from 'vitest';
import { absenceIn } from '../../../shared/replies/absence.ts';

describe('absenceIn: away now', () => {
  it.each([
    "I'm out of the office until 4 March.",
    'on holiday rn but def interested, hit me up next week',
    'out til tmrw',
    'Travelling to a client site all week, will reply when I land.',
    'AUTO: Hillside Bakery is closed for Easter Monday. We reopen Tuesday 7am.',
    'Our studio is closed for the summer break, back on 25 August.',
    'Just started my parental leave, back mid-April.',
    'Gone fishing 🎣 back Monday',
    'back after the bank holiday. x',
    'Back from holidays on the 8th, ping me then',
    'Automatische Antwort: Vielen Dank für Ihre Nachricht.',
    'Ich bin bis zum 12. Mai im Urlaub.',
    'Je suis en congés jusqu’au 3 janvier.',
    'Estoy de vacaciones hasta el lunes.',
    'Sono in ferie fino al 20 agosto.',
    'Ik ben met vakantie tot 14 juli.',
    'Jeg er på ferie til mandag.',
    'Olen lomalla ensi viikon.',
    'Jestem na urlopie do piątku.',
  ])('reads "%s" as an absence', (text) => {
    expect(absenceIn(text)).toBe('now');
  });

  it.each([
    'Does your tool pause follow-ups when a lead replies "I\'m out of the office until Monday"?',
    'We already use Gong, thanks.',
    'Not right now, budget is frozen until Q3.',
    'Come back in January.',
    "I'll get back to you next week.",
    'Sounds good, send me the deck.',
    "Back from holiday! Let's find a time this week.",
  ])('does not read "%s" as an absence', (text) => {
    expect(absenceIn(text)).not.toBe('now');
  });
});

describe('absenceIn', () => {
  it.each([
    ["I'll be out of the office next week, but could do a call on the 24th.", 'later'],
    ["I'm off on holiday from Friday for two weeks, so let's talk before.", 'later'],
    ['Ich bin ab Montag zwei Wochen im Urlaub.', 'later'],
    ["I'm out of the office from Monday 3 March until 14 March.", 'now'],
    ['Jeg har ferie til og med 11. august.', 'now'],
    ['Sounds good.', null],
    ["I'm not on holiday, I just haven't had a minute. No thanks.", null],
    ['Karin is on leave until the autumn; Erik covers and makes these calls.', 'someone_else'],
    ['Unser Geschäftsführer ist derzeit in Elternzeit.', 'someone_else'],
    ['Frau Brandt ist derzeit in Elternzeit, bitte wenden Sie sich an Herrn Vogel.', 'someone_else'],
    ['Auto-reply: Kim is on vacation until 7/8.', 'now'],
    ['Just back from parental leave this week, so send me the deck.', 'over'],
    ['Sorry for the slow reply, I was on holiday. Tuesday works.', 'over'],
    ['Only got back from a week off yesterday. Thursday at 2 works.', 'over'],
    ['Just landed back from Lisbon, free Monday at 4.', 'over'],
    ['Bin seit gestern aus der Elternzeit zurück, gerne ein Gespräch.', 'over'],
    ["We're closed for the holidays from the 22nd, so let's talk on the 18th.", 'later'],
    ['Our studio is closed for the holidays and reopens on January 3rd.', 'now'],
    ['Not at my desk till 3/9, will reply after that.', 'now'],
    ["We're dark for the summer; the box office reopens on 1 September.", 'now'],
    ['Sorry, war zwei Wochen im Urlaub. Klingt gut.', 'over'],
    ["I'm back in the office on the 14th and will reply then.", 'now'],
  ] as const)('reads "%s" as %s', (text, expected) => {
    expect(absenceIn(text)).toBe(expected);
  });
});
