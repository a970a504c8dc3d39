/**
 * Opt-outs in the languages our leads most often answer in besides English: German, French,
 * Spanish, Dutch, Swedish, Norwegian, Danish, Finnish, Italian, Portuguese and Polish. Each
 * pattern is a request to stop contact or to be taken off a list, or the hostile "where did you
 * get my number", as a native speaker writes it in a short reply. They run on text folded to lower
 * case without accents (fold.ts), so "désabonner" and "desabonner" are one pattern.
 */
import { foldAccents } from './fold.ts';

/** Whole replies that are a one-word opt-out keyword in another language ("BAJA", "Stopp"). */
export const KEYWORD_OPT_OUTS = /^\W*(?:stopp|baja|arret|afmelden|abmelden|avregistrera|avsluta|afmeld|avmeld|uitschrijven|descadastrar|desabonner|desinscrire|disiscrivimi|austragen)(?:\s+(?:bitte|svp|por\s+favor|aub|tack|takk|tak|kiitos|grazie|obrigad[oa]|danke|merci|gracias|please))?\W*$/;

export const OPT_OUT_BY_LANGUAGE: ReadonlyArray<readonly [string, RegExp]> = [
  ['de', /\babmeld(?:en|ung)\b|\baustragen\b|\baus\s+(?:dem|ihrem|eurem|deinem|diesem)\s+(?:\w+-)?verteiler\b|(?<!\b(?:lese|lesen|checke|checken|beantworte|beantworten|bearbeite|bearbeiten|empfange|abrufen|rufe)\s+)\bkeine\s+(?:weiteren\s+|weitere\s+)?(?:e-?mails?|mails|nachrichten|sms|werbung|anrufe|kontaktaufnahmen?)\b|\bnicht\s+mehr\s+(?:an)?(?:schreiben|kontaktieren|anrufen|mailen)\b|\bhor(?:en\s+sie|t)?\s+auf\b|\bloschen\s+sie\s+(?:bitte\s+)?(?:meine|alle\s+meine)\b|\bwiderspreche\b|\bwoher\s+haben\s+sie\s+meine\b|\b(?:entfernen|streichen|nehmen)\s+sie\s+mich\b|\blassen\s+sie\s+mich\s+in\s+ruhe\b|\bvon\s+weiteren\s+kontakt|\b(?:e-?mails?|mails|nachrichten|zusendungen?|kontakt\w*)\b.{0,40}\beinstellen\b/],
  ['fr', /\bdesabonn|\bdesinscri|\bne\s+(?:plus\s+me|me\s+plus|plus)\s+(?:contacter|ecrire|envoyer|solliciter|appeler|relancer)\b|\bne\s+plus\s+m'(?:envoyer|ecrire|contacter|appeler|solliciter)\b|\bne\s+m'(?:envoyez|ecrivez|contactez)\s+plus\b|\bne\s+souhaite\s+plus\s+recevoir\b|\bretirez[\s-]moi\b|\bme\s+retirer\s+de\b|\bretire[rz]\s+(?:mon|mes|ma)\s+(?:adresse|coordonnees|nom|e-?mail|numero|donnees)\b|\bsupprime[rz]\s+(?:mes|moi|mon)\b|\barretez\s+de\s+m'|\blaissez[\s-]moi\s+tranquille\b/],
  ['es', /\b(?:dar|darme|dame|denme|darse|de|den)\s+de\s+baja\b|\bno\s+me\s+(?:escriban|escribas|escriba|contacten|contactes|contacte|envien|envies|manden|mandes|llamen|llames)\s+mas\b|\bno\s+quiero\s+recibir\s+mas\b|\belimin(?:en|ar|e)(?:me)?\s+de\s+(?:su|la|vuestra|esta)\b|\bquit(?:en|ar|e)me\b|\b(?:borr|elimin)(?:ar|en|e|ad)\s+(?:mi|mis)\s+(?:correo|e-?mail|email|numero|datos|contacto|direccion)\b|\bdejen?\s+de\s+(?:escribirme|enviarme|contactarme|mandarme|llamarme)\b|\bde\s+donde\s+(?:sacaron|saco|obtuvieron|tienen)\s+mi\b/],
  ['nl', /\bafmelden\b|\buitschrijven\b|\b(?:haal|verwijder)\s+(?:me|mij)\s+(?:van|uit)\b|\bmij\s+uit\s+uw\s+(?:bestand|lijst|database)\b|\bgeen\s+(?:berichten|mails|e-?mails|sms(?:'jes)?)\s+meer\b|\bniet\s+meer\s+(?:sturen|mailen|contacteren|benaderen|bellen)\b|\bniet\s+meer\s+(?:benaderd|gecontacteerd|gemaild|gebeld)\s+(?:te\s+)?worden\b|\bverwijder\s+(?:mijn|onze)\s+(?:gegevens|e-?mailadres|adres|nummer)\b|\bhoud?\s+op\s+met\b/],
  ['sv', /\bvill\s+inte\s+(?:ha|fa)\s+(?:fler|mer|nagra\s+fler)\b|\bslippa\s+(?:fler|mer)\b|\bavregistrera\b|\bavsluta\s+prenumeration|\bsluta\s+(?:skicka|maila|mejla|kontakta|ringa|hora\s+av)\b|\bta\s+bort\s+mig\b|\bkontakta\s+mig\s+inte\b|\binga\s+fler\s+(?:mejl|mail|sms|meddelanden)\b/],
  ['no', /\bslippe\s+(?:a\s+fa\s+)?(?:flere|mer)\b|\bonsker\s+ikke\s+(?:flere|mer|a\s+bli\s+kontaktet)\b|\bmeld\s+meg\s+av\b|\bavmeld\b|\bikke\s+(?:kontakt|skriv\s+til|ring)\s+meg\b|\bslutt\s+a\s+(?:sende|skrive|kontakte|ringe)\b|\bfjern\s+meg\b/],
  ['da', /\bfri\s+for\s+(?:flere\s+|mere\s+)?(?:\w+)?(?:beskeder|mails|e-?mails|henvendelser|opkald|reklame)\b|\bonsker\s+ikke\s+(?:flere|mere|at\s+blive\s+kontaktet)\b|\bafmeld\b|\bframeld\b|\bfjern\s+mig\b|\bonsker\s+ikke\s+at\s+modtage\b|\bkontakt\s+mig\s+ikke\b|\bstop\s+med\s+at\s+(?:skrive|sende|kontakte|ringe)\b/],
  ['fi', /\bperu(?:n|a)?\s+tilau|\bpoista(?:kaa)?\s+minut\b|\blopeta(?:kaa)?\s+(?:viestit|viestien|lahettaminen|soittaminen|viestittely)\b|\balkaa\s+(?:lahettako|ottako|soittako)\b|\b(?:tekstiviestit|viestit|sahkopostit)\s+pois\b/],
  ['it', /\bdisiscriv|\b(?:cancellatemi|cancellami|rimuovetemi|rimuovimi)\b|\bnon\s+(?:scrivetemi|scrivermi|contattatemi|contattarmi|mandatemi|mandarmi)\s+piu\b|\bsmettete(?:la)?\s+di\b|\bsmettetela\b|\bnon\s+voglio\s+piu\s+ricevere\b|\brimuover[ei]\s+(?:i\s+miei|il\s+mio|la\s+mia)\s+(?:dati|indirizzo|contatti|numero|nominativo)\b|\bnon\s+ho\s+mai\s+dato\s+(?:il\s+)?(?:mio\s+)?consenso\b/],
  ['pt', /\bdescadastr|\bremov(?:a|am|er|am-me|a-me)\s+(?:-?me\s+|o\s+meu|a\s+minha)|\bnao\s+me\s+(?:mande|mandem|envie|enviem|contacte|contactem|contate|contatem|liguem)\s+mais\b|\b(?:parem|pare|deixe|deixem)\s+de\s+(?:me\s+)?(?:mandar|enviar|contactar|contatar|ligar)\b|\bcancelar\s+(?:a\s+)?inscricao\b/],
  ['pl', /\bwypisz(?:cie)?\s+mnie\b|\busun(?:ac|cie)?\s+(?:mnie|moj)|\bo\s+usuniecie\s+(?:mnie|mojego)|\bnie\s+pisz(?:cie)?\s+do\s+mnie\b|\bdo\s+mnie\s+nie\s+pisac\b|\bnie\s+(?:wysylac|wysylajcie)\b/],
];

/** The writer themselves (folded): a question without one is about other people or the product. */
const FIRST_PERSON = /\b(?:mich|mir|meine?[nrs]?|ich|me|moi|mes|mon|m'|mij|mijn|ik|mig|meg|minut|minun|mi|mio|mia|mnie|moj|eu)\b/;
/** "Streichen Sie ihn", "retirez-le", "verwijder hem": someone else is to be removed. */
const SOMEONE_ELSE = /\b(?:streichen|loschen|entfernen|nehmen|tragen)\s+sie\s+(?:bitte\s+)?(?:ihn|sie|frau|herrn?|den|die)\b|\b(?:retirez|supprimez|desabonnez|desinscrivez)[\s-](?:le|la|les|lui)\b|\bdarl[oa]\s+de\s+baja\b|\bde\s+baja\s+a\b|\b(?:haal|verwijder)\s+(?:hem|haar)\b|\bta\s+bort\s+(?:honom|henne)\b|\bfjern\s+(?:ham|henne|hende)\b/;

/** The language code of a non-English opt-out in this sentence, or null. */
export function foreignOptOut(sentence: string): string | null {
  const folded = foldAccents(sentence);
  if (KEYWORD_OPT_OUTS.test(folded.trim())) return 'keyword';
  if (SOMEONE_ELSE.test(folded)) return null;
  if (folded.includes('?') && !FIRST_PERSON.test(folded)) return null;
  for (const [language, re] of OPT_OUT_BY_LANGUAGE) if (re.test(folded)) return language;
  return null;
}
