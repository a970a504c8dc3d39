// The opt-out rules that stay on top of the model (issue 13, compliance first): misspelled and
// non-English opt-outs are caught, while removing someone else, asking how unsubscribing works,
// taking an opt-out back or pausing contact for a while are not the writer's own opt-out.
import { describe, expect, it } from 'vitest';
import { foreignOptOut } from '../../../shared/replies/opt-out-languages.ts';
import { clauses, isOptOut, optOutEvidence } from '../../../shared/replies/opt-out.ts';
import type { ReplyChannel } from '../../../shared/replies/schema.ts';

const optOut = (text: string, channel: ReplyChannel = 'email') => isOptOut(text, channel);

describe('misspelled opt-outs', () => {
  it.each([
    ['unsubcribe', 'sms'],
    ['Unsusbcribe me', 'email'],
    ['pls remvoe me from ur list', 'sms'],
    ['stpo emailing me', 'email'],
    ['STPO PLS', 'sms'],
    ['take me of this lsit', 'linkedin'],
    ['dont contcat me agian', 'linkedin'],
  ] as const)('reads "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(true);
  });
});

describe('opt-outs without the usual keywords', () => {
  it.each([
    'Anyway - please take my name out of your sequence. Thanks.',
    'Could you leave me out of future campaigns?',
    "Where's the unsubscribe link on these?",
    'how do i get off this list',
    'already sorted. no more dms pls',
    'Leave my inbox alone.',
    "I'd appreciate not being contacted about this again.",
    'We would prefer not to be emailed going forward.',
    "I'm on the national do not call list. Next one gets reported",
    'This number is registered with the TPS.',
    "Thx for the offer! I'll pass and would rather not get more texts.",
    'I left last month; in the meantime please stop the sequence to this inbox.',
    "I manage Mr. Halvorsen's correspondence. He has asked that you not contact him further.",
    "I'd ask politely that we keep this connection pitch-free going forward.",
    'What part of "no" did your automation not understand?',
    'Marking this as junk.',
    'I no longer wish to hear from your company.',
    "Frankly I'd rather not be approached about software here. Our IT lead is Dana.",
    "Not my area, that's Priya in RevOps. And I'd like to not be on your lists anymore.",
    "Thanks, but I'll pass on being contacted. Procurement runs vendor intake.",
    'Please tell your bot to forget I exist.',
    'This is a shared orders inbox and we do not accept sales emails to this address.',
    'Our COO has requested that his details be removed from your outreach.',
    'Writing for Dr. Okafor: she has asked that sales approaches not be sent to her.',
    "Sam on my team might bite, but leave me out, please.",
    "I'd like to be left alone on this, now and later.",
    'Policy here is no cold outreach. Delete all addresses at our domain.',
    'This is the payroll mailbox; we ask that you not send sales emails to this address.',
    'Please make sure we are excluded from your future campaigns.',
    'Kindly let this be the final email.',
    'These follow-ups have to stop.',
    'Consider the thread closed.',
    "I've flagged the last few of these as spam.",
    'Leave our inbox alone, please.',
    "We're asking for no further correspondence.",
    'Please take us out of your targeting.',
    'Honestly not something I want in my inbox.',
    "I'm writing for Mr. Lund, who has asked that you no longer contact him.",
    'Honestly, this looks like spam to me.',
    'The next one goes straight to junk.',
    'You were already told not to email this address.',
    "We're not interested in further correspondence.",
    'Call the front desk if you must, but leave my personal email out of it.',
    "I'd ask that my address be removed from your CRM.",
    'Do not send sales emails here.',
    "I don't want these messages.",
    'Enough already.',
    'Blocking.',
    "Please don't circle back.",
    "Please don't send us anything further.",
    "Honestly I'd rather you didn't email me again.",
    'Keep your sales pitches out of my inbox, thanks.',
    'Enough with the follow-ups.',
    "Not a chance, and I won't see the next one: your address is now filtered.",
    "I've blocked your domain.",
    'I have set up a rule that sends you straight to trash.',
    'Replying for my father: he would like to be taken off your mailing list.',
    'Our director asked me to pass this on: he wants to be unsubscribed. Procurement handles vendors.',
    'Ms. Varga has requested no further sales calls.',
    'They have asked for no more marketing emails; write to ops@ instead.',
    'Sarah runs procurement now. I would appreciate being left out of your mailings from here on.',
    'I answer for my mother on here. She does not want your messages; my cousin Piotr runs the shop.',
    "Wrong person, you want our buyer Ana. And don't text me again.",
    'Writing for Dr. Rao: she does not wish to receive further sales emails. Procurement is at buy@rao.in.',
  ])('reads "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(true);
  });

  it.each([
    "Where's the unsubscribe link in your SMS templates for our customers?",
    'How do we stop them from replying STOP to every message?',
    'Many of our customers are registered on the do-not-call list; how do you handle that?',
    "I'd rather not be contacted again until after the holidays.",
    'Can you stop the sequence until I am back in May?',
    'How do I stop a campaign in your tool once a lead replies?',
    'She asked that you send the deck to her assistant instead.',
    "He asked me to tell you he's not interested right now.",
    "I don't want to be contacted about this until the new year.",
    "We'd rather not hear from you before the budget is set in March.",
    'She asked that her name be added to the webinar list.',
    'Our finance team felt left out of the last rollout, so loop them in this time.',
    'Unsubscribe. Sorry, I sent that to the wrong person.',
    "He does not wish to receive the invoice by post; email it to accounts@.",
    "She doesn't want any more meetings this month, but send her the proposal.",
    "Looping in Dev, who takes it from here, so you can leave me out of this thread.",
    'Can your tool remove every address that bounces twice?',
    'Can we exclude our customers from this campaign?',
    'Make this the last step before we sign: send the DPA.',
    'We had no further contact with that vendor after the pilot.',
    'No further contact until after the audit, please.',
    "I don't want to miss anything in my inbox while I'm away.",
    "Don't circle back before March.",
    'Our emails keep landing in spam. Does your tool check deliverability?',
    'We were told not to contact the vendor directly, so can you route this via procurement?',
    "I don't want these messages to go unanswered: what's the price?",
    'Enough with the vague claims: which logistics firms actually use this?',
    "Don't send me anything else until the budget is approved.",
    "I'd rather you didn't reach out again before Q3.",
    'Your emails are blocked by our firewall, can you resend from another address?',
    "She'd like to be removed from the project team, so please send the brief to Omar.",
    'He has asked for no further changes to the contract.',
  ])('reads "%s" as no opt-out (a product question, a pause, a message passed on)', (text) => {
    expect(optOut(text)).toBe(false);
  });
});

describe('opt-outs in other languages', () => {
  it.each([
    ['Bitte keine weiteren E-Mails.', 'de'],
    ['Ya basta.', 'es'],
    ['Si vuelven a escribirme, los denuncio ante la AEPD.', 'es'],
    ['Ya le dije que no. No vuelva a escribirme.', 'es'],
    ['Ne me recontactez plus jamais.', 'fr'],
    ['Schreiben Sie mir nicht mehr.', 'de'],
    ['Kontaktieren Sie mich nicht wieder.', 'de'],
    ['Não volte a me escrever.', 'pt'],
    ['Não me escreva mais.', 'pt'],
    ['Schrijf me niet meer.', 'nl'],
    ['Neem geen contact meer met mij op.', 'nl'],
    ['Skriv inte till mig igen.', 'sv'],
    ['Skriv ikke til mig igen.', 'da'],
    ['Non mi scriva più.', 'it'],
    ['Nie kontaktujcie się ze mną więcej.', 'pl'],
    ['Bitte tragen Sie mich aus Ihrem Verteiler aus.', 'de'],
    ['Merci de me désabonner de vos envois.', 'fr'],
    ["Merci de ne plus m'écrire.", 'fr'],
    ['Por favor, darme de baja de esta lista.', 'es'],
    ['No me escriban más, gracias.', 'es'],
    ['¿Pueden borrar mi correo de su base de datos? Gracias.', 'es'],
    ['Graag afmelden voor deze mails.', 'nl'],
    ['Haal me van de lijst aub', 'nl'],
    ['Ik wil niet meer benaderd worden door jullie bedrijf.', 'nl'],
    ['Verwijder mijn gegevens a.u.b.', 'nl'],
    ['Vänligen avregistrera mig från era utskick.', 'sv'],
    ['Ikke kontakt meg igjen, takk.', 'no'],
    ['Jeg ønsker ikke at modtage flere mails. Afmeld mig venligst.', 'da'],
    ['Jeg vil gerne være fri for flere salgsbeskeder.', 'da'],
    ['Jeg ønsker ikke flere henvendelser.', 'no'],
    ['Tack, men jag vill inte få fler meddelanden.', 'sv'],
    ['Veuillez retirer mes coordonnées de votre fichier.', 'fr'],
    ['Älkää soittako minulle.', 'fi'],
    ['Vi chiedo di rimuovere il mio indirizzo dalla lista.', 'it'],
    ['Non ho mai dato il consenso a queste email.', 'it'],
    ['Poistakaa minut postituslistaltanne.', 'fi'],
    ['Per favore cancellatemi dalla lista.', 'it'],
    ['Por favor não me mande mais mensagens.', 'pt'],
    ['Proszę usunąć mój adres z Państwa bazy.', 'pl'],
    ['Schreiben Sie mich bitte künftig nicht mehr an, zuständig ist Herr Berg.', 'de'],
    ['Ich möchte nicht mehr kontaktiert werden.', 'de'],
    ['Je ne souhaite plus être sollicitée par votre société.', 'fr'],
    ['Prefiero no recibir más mensajes de este tipo; hable con nuestra directora.', 'es'],
    ['Mail me voortaan niet meer, dit loopt via inkoop.', 'nl'],
    ['Jag vill inte bli kontaktad om det här igen.', 'sv'],
    ['Jeg vil helst ikke kontaktes mere.', 'no'],
    ['Prata med Eva på ekonomi. Personligen vill jag inte ha fler utskick.', 'sv'],
    ['Snakk med Ola. Selv ønsker jeg ikke flere henvendelser.', 'no'],
    ['Tal med Mette. Selv ønsker jeg ikke at modtage flere mails.', 'da'],
    ['Prata med Lena. Jag vill gärna bli borttagen ur era listor.', 'sv'],
    ['Jeg vil gjerne bli fjernet fra listen deres.', 'no'],
    ['Jeg vil gerne fjernes fra jeres liste.', 'da'],
    ['Pište na obchod@firma.cz, na tohle číslo už ne.', 'cs'],
    ['Piszę w imieniu szefa: prosi, żeby do niego nie pisać w tej sprawie.', 'pl'],
    ['Fakturami zajmuje się Ola. Mnie proszę już nie niepokoić.', 'pl'],
    ['Wenden Sie sich an einkauf@firma.de und schreiben Sie mir hier nicht mehr.', 'de'],
    ['En halua enää markkinointiviestejä.', 'fi'],
    ['Non desidero essere ricontattato.', 'it'],
    ['Não quero ser contatada novamente.', 'pt'],
    ['Nie chcę być więcej kontaktowany.', 'pl'],
    ['Ich bitte Sie, mich künftig nicht mehr zu kontaktieren.', 'de'],
    ['Je ne souhaite pas être recontacté à ce sujet.', 'fr'],
    ['Prefiero no recibir propuestas por este canal.', 'es'],
    ['Graag niet meer appen op dit nummer.', 'nl'],
    ['En halua jatkossa myyntiviestejä.', 'fi'],
    ['Preferisco non ricevere offerte qui.', 'it'],
    ['Ela pediu para não ser mais contatada.', 'pt'],
    ['Nie życzę sobie kontaktu handlowego.', 'pl'],
    ['Mevrouw Jansen wil niet langer door uw bureau gebeld worden.', 'nl'],
    ['Pani Dyrektor prosi, aby nie kontaktować się z nią w sprawach sprzedaży.', 'pl'],
    ['Nepište mi už, prosím.', 'cs'],
    ['Odhlaste mě z vašeho seznamu.', 'cs'],
    ['Nechci, abyste mě dál kontaktovali.', 'cs'],
    ['Herr Weber wünscht keine weitere Korrespondenz.', 'de'],
    ['Hou er nu mee op.', 'nl'],
    ['Nästa mejl hamnar direkt i skräpposten.', 'sv'],
    ['Basta, grazie.', 'it'],
    ['Naprawdę wystarczy.', 'pl'],
  ])('reads "%s" as an opt-out (%s)', (text, language) => {
    expect(optOut(text)).toBe(true);
    expect(foreignOptOut(text)).toBe(language);
  });

  it.each(['No me vuelva a escribir hasta marzo.', 'Ne me contactez plus avant septembre.'])(
    'reads "%s" (only until a date) as a pause, not an opt-out',
    (text) => {
      expect(foreignOptOut(text)).toBeNull();
    },
  );

  it('does not read "basta che" (as long as) as an opt-out', () => {
    expect(optOut('Va bene, basta che mi mandiate il listino.')).toBe(false);
  });

  it.each(['BAJA', 'Stopp', 'afmelden'])('reads the one-word keyword "%s" as an opt-out', (text) => {
    expect(foreignOptOut(text)).toBe('keyword');
  });

  it('does not read a question about whether customers can unsubscribe as an opt-out', () => {
    expect(optOut('Kann man sich bei euren SMS abmelden, also die Kunden?')).toBe(false);
    expect(optOut('¿Los destinatarios pueden darse de baja con un clic?')).toBe(false);
    // Cut at "z." by the sentence splitter, the question is read whole all the same.
    expect(optOut('Eine Frage vorab: Können sich die Empfänger selbst abmelden, z. B. per Link?')).toBe(false);
  });

  it('does not read asking to take someone else off the list as an opt-out', () => {
    expect(optOut('Thomas Schmidt ist nicht mehr bei uns. Bitte streichen Sie ihn aus Ihrem Verteiler.')).toBe(false);
    expect(optOut('El señor Gil ya no trabaja aquí, les pido que lo eliminen de su base de datos.')).toBe(false);
  });
});

describe('someone else, not me', () => {
  it.each([
    'Please take Mark off this list, he retired last year.',
    'Please take our ex-colleague Rob off your list, he is no longer with us.',
    'Pls remove my husband\'s number, he doesn\'t run the shop anymore.',
    'Please stop emailing David Sullivan, he left the company.',
    'You have been emailing our CEO. Please stop emailing him.',
  ])('does not read "%s" as the writer\'s opt-out', (text) => {
    expect(optOut(text)).toBe(false);
  });

  it('still reads the writer\'s own opt-out next to a colleague\'s', () => {
    expect(optOut('Please remove my colleagues and me from your list.')).toBe(true);
    expect(optOut('Please remove everyone at Brightline from your lists.')).toBe(true);
  });
});

describe('unsubscribing as a topic', () => {
  it.each([
    'If I sign up, can my customers unsubscribe from your SMS?',
    'Is there a one-click unsubscribe header on the emails your tool sends?',
    'How do recipients opt out of your email sequences?',
    'Can my customers text STOP to opt out? Is that automatic?',
    'We need a tool that recognises opt-out keywords in English and French. Does yours?',
  ])('does not read the question "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(false);
    expect(optOut(text, 'sms')).toBe(false);
  });

  it('reads a question about the writer\'s own unsubscribing as an opt-out', () => {
    expect(optOut('How do I unsubscribe?')).toBe(true);
    expect(optOut('is there a way to make these texts stop', 'sms')).toBe(true);
  });

  it('ignores unsubscribe instructions in an auto-reply footer and confidentiality boilerplate', () => {
    expect(optOut('I am away until Monday. If you no longer wish to receive our emails, you can unsubscribe at example.com/prefs.')).toBe(false);
    expect(optOut('Thanks. If you have received this in error, please notify the sender and delete it from your system.')).toBe(false);
  });
});

describe('opt-outs taken back, or only for a while', () => {
  it.each([
    "Don't unsubscribe me, I do want the newsletter!",
    "Ignore my earlier 'unsubscribe', that was meant for a different vendor.",
    'STOP. Wait, sorry, meant that for another thread. What does it cost?',
    'I unsubscribed from your newsletter by mistake. Can you add me back?',
  ])('does not read "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(false);
  });

  it('reads "don\'t follow up before then" as a pause, not an opt-out', () => {
    expect(optOut('Currently on leave. Back after the 1st. Please don\'t follow up before then.')).toBe(false);
    expect(optOut('Please don\'t follow up, on LinkedIn or by email.')).toBe(true);
  });
});

describe('statements that sound like stop requests', () => {
  it.each([
    'Company policy: we do not engage with vendors who contact us through cold outreach.',
    'Do not reply to this message, this mailbox is not monitored.',
    'Do you have a SOC 2 Type II report you can share under NDA?',
  ])('does not read "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(false);
  });

  it.each([
    'I would appreciate it if you would not contact me again.',
    "I'd appreciate not getting further follow-ups on this.",
    'Kindly refrain from sending further correspondence to this address.',
    'no clue where u got this number but lose it',
    'Third message this week. I am going to block you.',
  ])('reads "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(true);
  });
});

describe('absence notices that hold an opt-out word', () => {
  it.each([
    ['Automatic reply: [SPAM?] Idea for your pipeline\n\nI am away from the office until 5 November.', 'email'],
    ['Ich bin ab heute drei Wochen im Sabbatical und lese keine Mails.', 'email'],
    ["No more calls this week please, I'm travelling and back on the 19th.", 'email'],
    ['Er på ferie til 15. august. Stopp innom standen vår på messen i september!', 'sms'],
  ] as const)('does not read "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(false);
  });

  it('still reads spam complaints and German stop requests', () => {
    expect(optOut('This is spam. [EXTERNAL]')).toBe(true);
    expect(optOut('Bitte keine Mails mehr.')).toBe(true);
    expect(optOut('No more calls, ever.')).toBe(true);
  });
});

describe('optOutEvidence', () => {
  it('names the rule and the sentence that decided', () => {
    expect(optOutEvidence('Thanks for the note. Please take me off your list.', 'email')).toEqual({ rule: 'me from or off a list', sentence: 'Please take me off your list.' });
    expect(optOutEvidence('Sounds good, send me the deck.', 'email')).toBeNull();
  });
});

describe('clauses', () => {
  it('splits at commas and "and", keeping "cease and desist" whole', () => {
    expect(clauses('Please take Mark off, he left and cease and desist all mail')).toEqual(['Please take Mark off', 'he left', 'cease all mail']);
  });
});

describe('opt-outs passed on, asked as "why", or said in passing (blind opt-out-check-5)', () => {
  it.each([
    "I'm Ms. Okafor's PA. She has requested that your company no longer contact her.",
    'He has asked that we not receive any more sales emails at this address.',
    "She'd like you to stop emailing her, thanks.",
    'Why do you have my mobile number?',
    'why would u even have my cell',
    'Forward it to the team if you must, just never to me again.',
    'Get lost.',
  ])('reads "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(true);
  });

  it.each([
    ['Stop the presses, this is exactly what we need.', 'email'],
    ["yes call me, I'll stop what I'm doing at 3", 'sms'],
    ['LinkedIn messages get lost on me, email me instead and we can set up a call.', 'linkedin'],
    ["He's left, so please don't email Tom here anymore. Write to Sasha instead.", 'email'],
  ] as const)('does not read "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(false);
  });
});

describe('a last conversation asked for, and stop or spam said of something else (blind opt-out-check-6)', () => {
  it.each([
    ["Let's make this our last exchange, shall we?", 'email'],
    ['Stop with the endless follow-up emails.', 'sms'],
    ['STOP with the texts', 'sms'],
  ] as const)('reads "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(true);
  });

  it.each([
    ['Stop with the jargon, what does it cost?', 'sms'],
    ["I almost marked this as spam, but it's actually useful. Pricing?", 'email'],
    ['How do you keep emails from being flagged as spam?', 'email'],
    ['Comment vos clients peuvent-ils se désinscrire de vos e-mails ?', 'email'],
    ['Driving now, will reply when I stop.', 'sms'],
  ] as const)('does not read "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(false);
  });
});

describe("opt-outs in the world's other languages (opt-out-world.ts)", () => {
  it.each([
    ['Пожалуйста, удалите меня из вашей рассылки.', 'ru'],
    ['Больше мне не пишите.', 'ru'],
    ['Откуда у вас мой номер?', 'ru'],
    ['Будь ласка, не пишіть мені більше.', 'uk'],
    ['Обратитесь к Игорю в отдел закупок. Прошу вас мне больше не писать.', 'ru'],
    ['Пишіть Олені з відділу закупівель. Прошу мені більше не писати.', 'uk'],
    ['担当は経理の鈴木です。私へのご連絡は今後ご遠慮ください。', 'ja'],
    ['Za to je pristojen Janez. Mene pa prosim odstranite iz baze.', 'sl'],
    ['To radi Ivana. Mene molim uklonite s popisa.', 'sh'],
    ['Прошу вилучити мене з вашого списку.', 'uk'],
    ['Меня прошу исключить из рассылки.', 'ru'],
    ['Anh liên hệ chị Hoa nhé, còn em thì anh xoá em ra khỏi danh sách giúp em.', 'vi'],
    ['找我们经理吧，以后不要给我发了。', 'zh'],
    ['请把我的电话从你们的客户名单里删除。', 'zh'],
    ['購買部にお問い合わせください。今後のご連絡はお控えください。', 'ja'],
    ['担当は総務です。今後は私宛にメールをお送りいただかないようお願いします。', 'ja'],
    ['Мене прошу надалі не турбувати, пишіть Андрію.', 'uk'],
    ['Меня прошу впредь не беспокоить, обращайтесь к Ивану.', 'ru'],
    ['Ayşe Hanım adına yazıyorum, mail almak istemediğini iletmemi istedi.', 'tr'],
    ['با آقای رضایی صحبت کنید. دیگه از این پیام‌ها برام نفرستید.', 'fa'],
    ['Saya tak nak terima promosi jualan macam ni lagi.', 'id'],
    ['Javite se Marku. Molim da mi više ne šaljete poruke.', 'sh'],
    ['我是李总的助理，李总让我转告您，他本人不再接收此类推广信息。', 'zh'],
    ['Моля, спрете да ми пишете.', 'bg'],
    ['Molim vas, nemojte mi više slati poruke.', 'sh'],
    ['Немојте ми више писати.', 'sh'],
    ['Prosim, ne pišite mi več.', 'sl'],
    ['Vymažte ma z databázy.', 'sk'],
    ['Kérem, ne írjanak nekem többet.', 'hu'],
    ['Vă rog să nu-mi mai scrieți.', 'ro'],
    ['Παρακαλώ διαγράψτε με από τη λίστα σας.', 'el'],
    ['Bundan sonra bana yazmayın.', 'tr'],
    ['Lutfen beni listenizden cikarin.', 'tr'],
    ['Palun eemaldage mind oma nimekirjast.', 'et'],
    ['Lūdzu, nerakstiet man vairs.', 'lv'],
    ['Prašau daugiau man nerašyti.', 'lt'],
    ["Si us plau, doneu-me de baixa.", 'ca'],
    ['Vinsamlegast hættið að senda mér póst.', 'is'],
    ['Asseblief moenie my weer e-pos nie.', 'af'],
    ['Tafadhali usinitumie ujumbe tena.', 'sw'],
    ['今後このようなメールは送らないでください。', 'ja'],
    ['请不要再给我发邮件了。', 'zh'],
    ['더 이상 연락하지 마세요.', 'ko'],
    ['لا تراسلني بعد الآن', 'ar'],
    ['נא להסיר אותי מהרשימה', 'he'],
    ['لطفا دیگر به من ایمیل نزنید', 'fa'],
    ['कृपया मुझे दोबारा ईमेल न करें', 'hi'],
    ['bhai mujhe message mat bhejo', 'hi'],
    ['कृपया मेरा नंबर अपनी सूची से हटा दीजिए', 'hi'],
    ['Tolong jangan hubungi saya lagi.', 'id'],
    ['Vui lòng không liên hệ với tôi nữa.', 'vi'],
    ['กรุณาอย่าส่งข้อความมาอีก', 'th'],
    ['Pakitanggal na ako sa listahan niyo.', 'tl'],
    // The fifteenth session's forms (the list word inflected, the mailbox as 信箱, "this is spam", a bare "stop it").
    ['Kérjük, töröljenek minket a levelezőlistájukról.', 'hu'],
    ['See on puhas rämpspost!', 'et'],
    ['Palun lõpetage!', 'et'],
    ['Tai yra šlamštas.', 'lt'],
    ['Ekki hafa samband við mig.', 'is'],
    ['Þetta er bara ruslpóstur.', 'is'],
    ['Hættið þessu strax.', 'is'],
    ['Hvar fékkst þú símanúmerið mitt?', 'is'],
    ['請將我的電子信箱從你們的名單移除。', 'zh'],
    ['הייתי שמח שלא תכתבו לי שוב.', 'he'],
    ['Peidiwch ag anfon rhagor o negeseuon.', 'cy'],
    ['Ez dut zuekin harremanik izan nahi.', 'eu'],
    ['Ná bac linn níos mó.', 'ga'],
    ['Bas qilinglar!', 'uz'],
  ])('reads "%s" as an opt-out (%s)', (text, language) => {
    expect(optOut(text)).toBe(true);
    expect(foreignOptOut(text)).toBe(language);
  });

  it.each(['СТОП', 'TD', '退订', 'הסר', 'İPTAL'])('reads the one-word keyword "%s" as an opt-out', (text) => {
    expect(foreignOptOut(text)).toBe('keyword');
  });

  it.each([
    'Не пишите мне до марта, сейчас бюджет заморожен.',
    "Lütfen Mart'a kadar bana yazmayın.",
    '3月まで連絡しないでください。',
    'الرجاء عدم مراسلتي قبل شهر رمضان',
    'Jangan hubungi saya sampai bulan depan.',
  ])('reads "%s" (only until a date) as a pause, not an opt-out', (text) => {
    expect(foreignOptOut(text)).toBeNull();
  });

  it.each([
    'See on rämpspostis, vaadake sealt.',
    'Lõpetage esitlus enne kella kolme.',
    'Tai ne šlamštas, tai svarbus laiškas.',
    'Peidiwch â anfon y contract tan ddydd Llun.',
    'Bas qiling deb aytdim ularga.',
    'עד שלא תשלחו לי הצעה מסודרת לא אחליט.',
  ])('does not read "%s" (spam as a place; a stop or a sending said of something else) as an opt-out', (text) => {
    expect(foreignOptOut(text)).toBeNull();
  });

  it.each([
    'Как ваши клиенты могут отписаться от рассылки?',
    'Удалите, пожалуйста, Ивана из рассылки, он уволился.',
    'Ahmet Bey artık burada çalışmıyor, onu listenizden çıkarın.',
    '田中は退職しましたので、リストから削除してください。',
    'Tolong jangan hubungi saya lagi sebelum Maret, sampai jumpa.',
  ])('does not read "%s" (someone else, a question or a pause) as an opt-out', (text) => {
    expect(foreignOptOut(text)).toBeNull();
  });

  it.each([
    'Как мои клиенты могут отписаться от ваших SMS?',
    'Müşterilerim SMS aboneliğinden nasıl çıkabilir?',
    'Làm sao khách hàng của tôi hủy đăng ký được?',
    '我的客户如何退订？',
    '顧客はどうやって配信停止できますか？',
    '我们的会员能自己退订吗？',
    '저희 회원이 직접 수신거부할 수 있나요?',
  ])('reads "%s" (the writer asking how their customers unsubscribe) as a question, not an opt-out', (text) => {
    expect(foreignOptOut(text)).toBeNull();
  });

  it.each([
    ['你们是谁？请不要再给我发邮件！', 'zh'],
    ['どこで私のアドレスを知ったのですか？配信停止してください。', 'ja'],
  ])('reads each clause of "%s" on its own, so a question beside an opt-out keeps it (%s)', (text, language) => {
    expect(foreignOptOut(text)).toBe(language);
  });
});

describe('where did you get my number, unsolicited advertising, a complaint to the authority (blind opt-out-check-10)', () => {
  it.each([
    ['Odkud máte moje číslo?', 'cs'],
    ['Où avez-vous eu mon numéro ?', 'fr'],
    ['Hoe komt u aan mijn nummer?', 'nl'],
    ['Var fick ni mitt nummer ifrån?', 'sv'],
    ['Hvor fikk dere nummeret mitt fra?', 'no'],
    ['Hvor har I fået mit nummer fra?', 'da'],
    ['Mistä saitte numeroni?', 'fi'],
    ['Dove avete preso il mio numero?', 'it'],
    ['Onde conseguiram o meu número?', 'pt'],
    ['Skąd macie mój numer?', 'pl'],
    ['¿Cómo consiguieron mi número?', 'es'],
  ])('reads "%s" as an opt-out (%s)', (text, language) => {
    expect(foreignOptOut(text)).toBe(language);
  });

  it.each([
    'Ez kéretlen reklám.',
    'Ha nem hagyják abba, a NAIH-hoz fordulok.',
    'Das ist unerwünschte Werbung.',
    'Toto je nevyžádaná reklama!',
    'Je vais saisir la CNIL.',
    "I'll complain to the ICO about this.",
  ])('reads "%s" as an opt-out (a complaint)', (text) => {
    expect(foreignOptOut(text)).toBe('complaint');
  });

  it.each(['This is unsolicited marketing.', "That's unsolicited and unwelcome."])('reads "%s" as an opt-out', (text) => {
    expect(optOut(text)).toBe(true);
  });

  it.each([
    'Odkud máte ten produkt?',
    'We are regulated by the ICO, so we cannot use your service.',
    'Wir versenden nie unerwünschte Werbung.',
    'We do not accept unsolicited proposals; please use the portal.',
    'Is this unsolicited?',
  ])('does not read "%s" (not the writer, a fact, a question) as an opt-out', (text) => {
    expect(optOut(text)).toBe(false);
  });
});

describe('"stop sending", "not to this address" and complaints to the authority in the world languages (blind opt-out-check-11)', () => {
  it.each([
    ['관심 없습니다. 메일 그만 보내주세요.', 'ko'],
    ['אל תשלחו יותר מיילים לכתובת הזו.', 'he'],
    ['На этот адрес больше не пишите.', 'ru'],
    ['لا ترسلوا رسائل إلى هذا العنوان', 'ar'],
    ['メールを送るのをやめてください。', 'ja'],
    ['请停止发送', 'zh'],
  ])('reads "%s" as an opt-out (%s)', (text, language) => {
    expect(foreignOptOut(text)).toBe(language);
  });

  it.each([
    'Αν συνεχίσετε, θα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων.',
    'これ以上続くなら個人情報保護委員会に通報します。',
    '如果再发，我就向工信部投诉。',
    'Jika masih dikirim, saya laporkan ke Kominfo.',
    'אם תמשיכו, אגיש תלונה לרשות להגנת הפרטיות.',
  ])('reads "%s" as an opt-out (a complaint)', (text) => {
    expect(foreignOptOut(text)).toBe('complaint');
  });

  it.each(['고민 그만하고 연락 주세요', 'この件は総務省の方針に沿っています。'])('does not read "%s" as an opt-out', (text) => {
    expect(foreignOptOut(text)).toBeNull();
  });
});

describe('exasperated questions about the contact itself (fourteenth session)', () => {
  it.each([
    ['Why do you keep messaging me?', 'linkedin'],
    ['why r u still texting me', 'sms'],
    ['Why does your team keep emailing us?', 'email'],
    ['Do you people ever give up?', 'email'],
    ["Can't you take a hint?", 'email'],
    ['What is wrong with you people?', 'email'],
    ["Didn't I already say no?", 'email'],
    ['How many times do I have to say no?', 'email'],
    ['Give it a rest.', 'sms'],
  ] as const)('reads "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(true);
  });

  it.each([
    ['Why do you keep the pricing hidden? What does it cost?', 'email'],
    ['Why do you keep calling us a startup? We have 400 staff.', 'email'],
    ['Why did your rep email Tom instead of me? I run ops.', 'email'],
    ['Do your reps ever stop by in person? We prefer that.', 'email'],
    ['Give it a rest until January, we are mid-audit.', 'email'],
    ['How many times does the sequence email someone before it stops?', 'email'],
  ] as const)('does not read "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(false);
  });
});

describe("the rules' own false opt-outs, and three forms they missed (sixteenth session)", () => {
  it.each([
    ["Not interested. Don't come back.", 'email'],
    ['no thanks and never come back', 'sms'],
    ['Your unsubscribe link does not work. Please do it manually.', 'email'],
    ['the opt-out page is broken, handle it on your end', 'email'],
    ['I tried to unsubscribe twice and the page never loads.', 'email'],
    ['Sendu mér ekki fleiri pósta.', 'email'],
    ['Skrifið okkur ekki aftur.', 'email'],
    // The writer's own opt-out still wins beside the new guards.
    ["Don't call me and don't email me either. Remove me.", 'email'],
    ['Stop texting me while I am on vacation.', 'sms'],
    ['Stop venligst med at skrive til mig.', 'sms'],
    ['I unsubscribed last month but I still get these. Remove me.', 'email'],
  ] as const)('reads "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(true);
  });

  it.each([
    // Unsubscribing as a topic: plural nouns, other people as the subject, the right described.
    ['What are typical opt-out rates for SMS in retail?', 'email'],
    ['Our members keep asking how to unsubscribe from the weekly digest.', 'email'],
    ['Your footer says readers can opt out at any time, which is good.', 'email'],
    ['We want a tool that syncs unsubscribes back into HubSpot.', 'email'],
    ['What happens when a lead replies "unsubscribe" to a sequence step?', 'email'],
    ['Does STOP work for Canadian numbers?', 'sms'],
    // A stop scoped to one channel with another offered, or a call declined for a busy reason.
    ['Please stop calling my desk line, email works better.', 'email'],
    ["Don't ring me, text only.", 'sms'],
    ["Please don't call, I'm in surgery until 4.", 'sms'],
    ['Glad to talk here, but please no calls to my cell.', 'linkedin'],
    // Nearly, not wanted, or long ago.
    ['Almost hit unsubscribe, then I saw the pricing. Tell me more.', 'email'],
    ["I don't want to unsubscribe, I just want fewer emails.", 'email'],
    ['I unsubscribed from your list years ago, but this one looks useful.', 'email'],
    ['Clicked unsubscribe by mistake this morning, sorry!', 'email'],
    // Boilerplate, someone who left, the opposite of a stop, a stop that is a joke or a topic.
    ['If you received it in error please delete it and notify the sender.', 'email'],
    ['Patel off your list please, she retired last spring.', 'email'],
    ['Marta no longer works here. remove pls', 'sms'],
    ["Please don't stop emailing, I'm just slow to reply.", 'email'],
    ['Non-stop travel this week, call me Friday.', 'sms'],
    ["Stop me if you've heard this: our CFO approved the budget.", 'email'],
    ['Spam filters are the reason I am writing back.', 'email'],
    ['Also fyi your unsubscribe link is broken. Thursday at 2 works for a call.', 'email'],
    // A Greek question (";") and the German dative plural about recipients.
    ['Πώς χειρίζεστε τα opt-out των πελατών;', 'email'],
    ['Wie dokumentieren Sie die Abmeldung von Empfängern?', 'email'],
    ['Our customers keep asking how to opt out (e.g. STOP)?', 'email'],
  ] as const)('does not read "%s" (%s) as an opt-out', (text, channel) => {
    expect(optOut(text, channel)).toBe(false);
  });
});
