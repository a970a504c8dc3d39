/**
 * Opt-outs in the languages our leads most often answer in besides English: German, French,
 * Spanish, Dutch, Swedish, Norwegian, Danish, Finnish, Italian, Portuguese, Polish and Czech. Each
 * pattern is a request to stop contact or to be taken off a list, or the hostile "where did you
 * get my number", as a native speaker writes it in a short reply. They run on text folded to lower
 * case without accents (fold.ts), so "désabonner" and "desabonner" are one pattern.
 */
import { foldAccents } from './fold.ts';
import { WORLD_FIRST_PERSON, WORLD_OTHERS_ASKED_ABOUT, worldOptOut } from './opt-out-world.ts';
import { remembering } from './remember.ts';

/** Whole replies that are a one-word opt-out keyword in another language ("BAJA", "Stopp"). */
export const KEYWORD_OPT_OUTS = /^\W*(?:stopp|baja|arret|afmelden|abmelden|avregistrera|avsluta|afmeld|avmeld|uitschrijven|descadastrar|desabonner|desinscrire|disiscrivimi|austragen)(?:\s+(?:bitte|svp|por\s+favor|aub|tack|takk|tak|kiitos|grazie|obrigad[oa]|danke|merci|gracias|please))?\W*$/;

export const OPT_OUT_BY_LANGUAGE: ReadonlyArray<readonly [string, RegExp]> = [
  ['de', /\babmeld(?:en|ung)\b|\baustragen\b|\baus\s+(?:dem|ihrem|eurem|deinem|diesem)\s+(?:\w+-)?verteiler\b|(?<!\b(?:lese|lesen|checke|checken|beantworte|beantworten|bearbeite|bearbeiten|empfange|abrufen|rufe)\s+)\bkeine\s+(?:weiteren\s+|weitere\s+)?(?:e-?mails?|mails|nachrichten|sms|werbung|anrufe|kontaktaufnahmen?|korrespondenz|zuschriften|zusendungen)\b|\bnicht\s+mehr\s+(?:zu\s+)?(?:an)?(?:schreiben|kontaktieren|anrufen|mailen)\b|\bhor(?:en\s+sie|t)?\s+auf\b|\bloschen\s+sie\s+(?:bitte\s+)?(?:meine|alle\s+meine)\b|\bwiderspreche\b|\bwoher\s+haben\s+sie\s+meine\b|\b(?:entfernen|streichen|nehmen)\s+sie\s+mich\b|\blassen\s+sie\s+mich\s+in\s+ruhe\b|\bvon\s+weiteren\s+kontakt|\b(?:e-?mails?|mails|nachrichten|zusendungen?|kontakt\w*)\b.{0,40}\beinstellen\b|\b(?:schreib|kontaktier|mail|ruf|kontakt|sprech|spamm)\w*\s+(?:sie\s+|du\s+|ihr\s+)?(?:mich|mir)\s+(?:bitte\s+)?(?:(?:zukunftig|kunftig|ab\s+sofort|einfach|hier|hierher|darauf)\s+)?(?:nicht\s+mehr|nicht\s+wieder|nie\s+wieder|nie\s+mehr)\b|\bnie\s+(?:wieder|mehr)\s+(?:an)?(?:schreiben|kontaktieren|anrufen|anmailen|mailen)\b|\bnicht\s+mehr\s+(?:\w+\s+){0,2}(?:kontaktiert|angeschrieben|angerufen|angemailt|belastigt|angesprochen)\s+(?:zu\s+)?werden\b/],
  ['fr', /\bne\s+(?:me\s+)?(?:re)?(?:contactez|sollicitez|relancez|appelez|ecrivez)\s+plus\b(?![^.!?]{0,30}\b(?:avant|jusqu))|\bdesabonn|\bdesinscri|\bne\s+(?:plus\s+me|me\s+plus|plus)\s+(?:contacter|ecrire|envoyer|solliciter|appeler|relancer)\b|\bne\s+plus\s+m'(?:envoyer|ecrire|contacter|appeler|solliciter)\b|\bne\s+m'(?:envoyez|ecrivez|contactez)\s+plus\b|\bne\s+(?:souhaite|veux|desire)\s+(?:plus|pas|plus\s+jamais)\s+(?:recevoir|etre\s+(?:re)?(?:contacte|sollicite|relance|demarche)e?s?)\b|\blaissez[\s-]moi\s+en\s+dehors\b|\bcesser\s+toute\s+(?:prospection|sollicitation|relance)\b|\bretirez[\s-]moi\b|\b(?:ou|comment)\s+avez[\s-]vous\s+(?:eu|trouve|obtenu|pris|recupere|eu\s+acces\s+a)\s+(?:mon|mes|ma)\b|\bme\s+retirer\s+de\b|\bretire[rz]\s+(?:mon|mes|ma)\s+(?:adresse|coordonnees|nom|e-?mail|numero|donnees)\b|\bsupprime[rz]\s+(?:mes|moi|mon)\b|\barretez\s+de\s+m'|\blaissez[\s-]moi\s+tranquille\b/],
  ['es', /\bno\s+(?:me\s+)?(?:vuelva|vuelvas|vuelvan|volvais)\s+a\s+(?:escrib|contact|llam|envi|mand|molest)\w*(?![^.!?]{0,30}\b(?:hasta|antes\s+de)\b)|\bno\s+me\s+(?:escrib|contact|llam|envi|mand)\w*\s+nunca\s+mas\b|^\W*ya\s+basta\W*$|\bdenunci(?:o|are|aremos|amos|ar)\b[^.!?]{0,40}\b(?:aepd|agencia\s+(?:espanola\s+)?de\s+proteccion\s+de\s+datos)\b|\b(?:dar|darme|dame|denme|darse|de|den)\s+de\s+baja\b|\bno\s+me\s+(?:escriban|escribas|escriba|contacten|contactes|contacte|envien|envies|manden|mandes|llamen|llames)\s+mas\b|\b(?:prefiero|preferimos|deseo|quiero|queremos)\s+no\s+(?:recibir\s+(?:mas|propuestas|ofertas|mensajes|correos)|ser\s+contactad[oa]s?)\b|\bno\s+(?:deseo|deseamos|quiero|queremos)\s+(?:seguir\s+)?(?:recibir\s+(?:mas|sus|vuestros)|ser\s+contactad[oa]s?|que\s+me\s+(?:contacten|escriban|llamen))\b|(?<!\b(?:lo|la|los|las|le|les)\s+)\belimin(?:en|ar|e)(?:me)?\s+de\s+(?:su|la|vuestra|esta)\b|\bquit(?:en|ar|e)me\b|\b(?:borr|elimin)(?:ar|en|e|ad)\s+(?:mi|mis)\s+(?:correo|e-?mail|email|numero|datos|contacto|direccion)\b|\bdejen?\s+de\s+(?:escribirme|enviarme|contactarme|mandarme|llamarme)\b|\bde\s+donde\s+(?:sacaron|saco|obtuvieron|tienen)\s+mi\b|\bcomo\s+(?:consiguieron|consiguio|obtuvieron|obtuvo|sacaron|saco)\s+mis?\b/],
  ['nl', /\bhou(?:d|dt)?\s+(?:er\s+)?(?:alsjeblieft\s+|aub\s+|nu\s+|toch\s+)*mee\s+op\b|\b(?:hierna|volgende)\b[^.!?]{0,40}\b(?:prullenbak|spam)\b|\bafmelden\b|\bhoe\s+(?:komt|kom|komen)\s+(?:u|je|jij|jullie)\s+aan\s+(?:mijn|m'n)\b|\bwaar\s+(?:heeft|hebt|heb|hebben)\s+(?:u|je|jij|jullie)\s+(?:mijn|m'n)\s+\w+\s+vandaan\b|\buitschrijven\b|\b(?:haal|verwijder)\s+(?:me|mij)\s+(?:van|uit)\b|\bmij\s+uit\s+uw\s+(?:bestand|lijst|database)\b|\bgeen\s+(?:berichten|mails|e-?mails|sms(?:'jes)?)\s+meer\b|\bniet\s+meer\s+(?:sturen|mailen|contacteren|benaderen|bellen|appen|berichten)\b|\bniet\s+(?:meer|langer)\s+(?:\S+\s+){0,4}(?:benaderd|gecontacteerd|gemaild|gebeld)\s+(?:(?:wenst|wensen|wil|willen)\s+)?(?:te\s+)?worden\b|\bverwijder\s+(?:mijn|onze)\s+(?:gegevens|e-?mailadres|adres|nummer)\b|\bhoud?\s+op\s+met\b|\b(?:mail|bel|contacteer|benader|stuur|app|schrijf)\w*\s+(?:mij|me)\s+(?:\w+\s+){0,2}niet\s+meer\b|\bneem\s+(?:\w+\s+)?geen\s+contact\s+(?:meer\s+)?met\s+(?:mij|me|ons)\s+(?:\w+\s+)?op\b/],
  ['sv', /\b(?:skriv|maila|mejla|ring|kontakta)\s+inte\s+(?:till\s+)?(?:mig|oss)\s+(?:igen|mer)\b|\bnasta\s+(?:\S+\s+){0,2}hamnar\s+(?:direkt\s+|rakt\s+)?i\s+(?:skrapposten|papperskorgen|spam)|\bvill\s+(?:jag\s+|vi\s+)?inte\s+(?:ha|fa)\s+(?:fler|mer|nagra\s+fler)\b|\bslippa\s+(?:fler|mer)\b|\bavregistrera\b|\b(?:var|hur)\s+(?:fick|har)\s+(?:ni|du)\s+(?:tag\s+pa\s+|fatt\s+)?(?:mitt|min|mina)\b|\bavsluta\s+prenumeration|\bsluta\s+(?:skicka|maila|mejla|kontakta|ringa|hora\s+av)\b|\bta\s+bort\s+mig\b|\bkontakta\s+mig\s+inte\b|\b(?:vill|onskar)\s+(?:jag\s+|vi\s+)?inte\s+(?:bli\s+)?(?:kontaktad|kontaktade|kontaktas)\b|\binga\s+fler\s+(?:mejl|mail|sms|meddelanden)\b|\b(?:vill|onskar)\s+(?:jag\s+|vi\s+)?(?:garna\s+)?bli\s+borttagn?(?:en|a)\b/],
  ['no', /\bslippe\s+(?:a\s+fa\s+)?(?:flere|mer)\b|\bonsker\s+(?:jeg\s+|vi\s+)?ikke\s+(?:flere|mer|a\s+bli\s+kontaktet)\b|\bmeld\s+meg\s+av\b|\bhvor\s+(?:fikk|har)\s+(?:dere|du)\s+(?:fatt\s+)?(?:tak\s+i\s+)?(?:nummeret|e-?posten|adressen|mailen|kontaktinfoen)\s+mi(?:tt|n)\b|\bavmeld\b|\bikke\s+(?:kontakt|skriv\s+til|ring)\s+meg\b|\bslutt\s+a\s+(?:sende|skrive|kontakte|ringe)\b|\bfjern\s+meg\b|\b(?:vil|onsker)\s+(?:jeg\s+|vi\s+)?(?:helst\s+)?ikke\s+(?:a\s+)?(?:bli\s+kontaktet|kontaktes|motta\s+(?:flere|mer))\b|\b(?:vil|onsker)\s+(?:jeg\s+|vi\s+)?(?:gjerne\s+)?(?:a\s+)?bli\s+(?:fjernet|slettet)\b/],
  ['da', /\b(?:skriv|ring|mail)\s+ikke\s+(?:til\s+)?(?:mig|os)\s+(?:igen|mere)\b|\bfri\s+for\s+(?:flere\s+|mere\s+)?(?:\w+)?(?:beskeder|mails|e-?mails|henvendelser|opkald|reklame)\b|\bonsker\s+(?:jeg\s+|vi\s+)?ikke\s+(?:flere|mere|at\s+blive\s+kontaktet)\b|\bafmeld\b|\bhvor\s+har\s+(?:i|du)\s+(?:faet|fundet)\s+(?:fat\s+i\s+)?(?:mit|min|mine)\b|\bframeld\b|\bfjern\s+mig\b|\bonsker\s+(?:jeg\s+|vi\s+)?ikke\s+at\s+modtage\b|\bkontakt\s+mig\s+ikke\b|\bstop\s+med\s+at\s+(?:skrive|sende|kontakte|ringe)\b|\b(?:vil|onsker)\s+(?:jeg\s+|vi\s+)?(?:helst\s+)?ikke\s+(?:at\s+)?(?:kontaktes|blive\s+kontaktet|modtage\s+(?:flere|mere))\b|\b(?:vil|onsker)\s+(?:jeg\s+|vi\s+)?(?:gerne\s+)?(?:at\s+)?(?:blive\s+(?:fjernet|slettet)|fjernes|slettes)\b/],
  ['fi', /\bperu(?:n|a)?\s+tilau|\bpoista(?:kaa)?\s+minut\b|\bmista\s+(?:saitte|sait|olette\s+saaneet|olet\s+saanut)\s+(?:\w+\s+)?(?:numeroni|sahkopostini|osoitteeni|yhteystietoni|tietoni)\b|\blopeta(?:kaa)?\s+(?:viestit|viestien|lahettaminen|soittaminen|viestittely)\b|\balkaa\s+(?:lahettako|ottako|soittako)\b|\b(?:tekstiviestit|viestit|sahkopostit)\s+pois\b|\ben\s+halua\s+(?:enaa\s+|jatkossa\s+)?(?:yhteydenott|viest|sahkopost|markkinointi|soitto|myyntiviest|myyntiyhteydenott)\w*|\b(?:ala|alkaa)\s+(?:tekstaa|laheta|soita|kirjoita)\s+(?:\w+\s+)?enaa\b/],
  ['it', /\bnon\s+mi\s+(?:scriva|scrivete|contatti|contattate|mandi|mandate|chiami|chiamate)\s+piu\b|^\W*basta\W*(?:(?:grazie|cosi|ora|adesso|per\s+favore)\W*)*$|\bdisiscriv|\b(?:dove|come)\s+(?:avete|ha|hai)\s+(?:preso|trovato|avuto|ottenuto|recuperato)\s+(?:il\s+mio|la\s+mia|i\s+miei|le\s+mie)\b|\b(?:cancellatemi|cancellami|rimuovetemi|rimuovimi)\b|\bnon\s+(?:scrivetemi|scrivermi|contattatemi|contattarmi|mandatemi|mandarmi)\s+piu\b|\bsmettete(?:la)?\s+di\b|\bsmettetela\b|\bnon\s+voglio\s+piu\s+ricevere\b|\brimuover[ei]\s+(?:i\s+miei|il\s+mio|la\s+mia)\s+(?:dati|indirizzo|contatti|numero|nominativo)\b|\bnon\s+ho\s+mai\s+dato\s+(?:il\s+)?(?:mio\s+)?consenso\b|\bnon\s+(?:desidero|voglio|vogliamo|desideriamo)\s+(?:piu\s+)?(?:essere\s+(?:ri)?contattat[oaie]|ricevere\s+(?:altre|altri|piu|ulteriori)|sentirvi|sentirti)\b|\bprefer(?:isco|irei|iamo)\s+non\s+ricevere\b|\b(?:essere|venire)\s+lasciat[oa]\s+fuori\b/],
  ['pt', /\bnao\s+(?:me\s+)?(?:volte|voltem|voltes)\s+a\s+(?:me\s+)?(?:escrever|contactar|contatar|ligar|enviar|mandar|incomodar)\b|\bnao\s+me\s+(?:escreva|escrevam|ligue)\s+mais\b|\bdescadastr|\b(?:onde|como)\s+(?:\w+\s+)?(?:conseguiram|conseguiu|obtiveram|obteve|arranjaram|arranjou|pegaram|pegou)\s+(?:o\s+|a\s+)?(?:meu|minha|meus|minhas)\b|\bremov(?:a|am|er|am-me|a-me)\s+(?:-?me\s+|o\s+meu|a\s+minha)|\bnao\s+me\s+(?:mande|mandem|envie|enviem|contacte|contactem|contate|contatem|liguem)\s+mais\b|\b(?:parem|pare|deixe|deixem)\s+de\s+(?:me\s+)?(?:mandar|enviar|contactar|contatar|ligar)\b|\bcancelar\s+(?:a\s+)?inscricao\b|\bnao\s+(?:quero|desejo|queremos|desejamos)\s+(?:mais\s+)?(?:ser\s+(?:contactad|contatad)[oa]s?|receber\s+mais)\b|\bnao\s+ser\s+mais\s+(?:contactad|contatad)[oa]\b/],
  ['pl', /\bnie\s+kontaktuj(?:cie)?\s+sie\s+(?:ze\s+)?(?:mna|nami)\b|^\W*(?:naprawde\s+|juz\s+)?wystarczy\W*$|\bwypisz(?:cie)?\s+mnie\b|\bskad\s+(?:macie|ma\s+pan|ma\s+pani|maja\s+panstwo|masz|wzieliscie|wziales|wziela\s+pani|wzial\s+pan)\s+(?:moj|moje|moja|moj)\b|\busun(?:ac|cie)?\s+(?:mnie|moj)|\bo\s+usuniecie\s+(?:mnie|mojego)|\bnie\s+pisz(?:cie)?\s+do\s+mnie\b|\bdo\s+mnie\s+nie\s+pisac\b|\bnie\s+(?:wysylac|wysylajcie)\b|\bnie\s+(?:chce|chcemy)\s+(?:byc\s+)?(?:wiecej\s+)?(?:kontaktowan[ya]|otrzymywac\s+(?:wiecej|dalszych|kolejnych))|\bnie\s+zycze\s+sobie\s+(?:\w+\s+)?(?:kontaktu|wiadomosci|ofert|telefonow|maili)|\bwiecej\s+(?:do\s+mnie\s+)?nie\s+pisac\b|\b(?:aby|by|zeby|prosze)\s+(?:sie\s+)?(?:z\s+(?:nim|nia|mna)\s+)?(?:wiecej\s+)?nie\s+kontaktowac\b|\bprosi\w*,?\s+(?:aby|by|zeby)\s+(?:do\s+(?:niego|niej|nich)\s+)?(?:wiecej\s+|juz\s+)?nie\s+(?:pisac|dzwonic|wysylac)\b|\bmnie\s+prosze\s+(?:juz\s+|wiecej\s+)?nie\s+(?:zaczepiac|niepokoic|nekac|kontaktowac|pisac|informowac|zasypywac)\b/],
  ['cs', /\bodhlas(?:it|te|te\s+me|eni)\b|\b(?:odkud|kde)\s+(?:mate|jste\s+(?:vzal[ia]?|ziskal[ia]?|sehnal[ia]?|nasl[ia]?))\s+(?:moje|muj|me|mou|moji)\b|\bnekontaktujte\s+(?:me|nas)\b|\bnepiste\s+(?:mi|nam)\b|\bneposilejte\s+(?:mi|nam)\b|\bnevolejte\s+mi\b|\b(?:vymazte|odstrante|smazte)\s+(?:me|moje|muj|nas)\b|\bnechci,?\s+(?:abyste|aby\s+jste)\s+(?:me|mi|mne)\b|\bnechci\s+(?:uz\s+)?(?:dostavat|dale\s+dostavat|byt\s+kontaktovan[ay]?)\b|\b(?:uz\s+)?mi\s+(?:uz\s+)?(?:nepiste|neposilejte|nevolejte)\b|\b(?:sem|na\s+(?:toto|tohle|tenhle|tento)\s+(?:cislo|e-?mail|mail|adresu))\s+(?:mi\s+)?uz\s+(?:ne|nepiste|neposilejte|nevolejte|nic)\b/],
];

/**
 * "This is unsolicited advertising", the guide's "this is spam" said of our message, in the languages
 * read (folded): at the start of a sentence or after "this is", so "we never send unsolicited
 * advertising" stays a statement about something else.
 */
const UNSOLICITED = new RegExp(
  String.raw`(?:^\W*|\b(?:das|dies|es)\s+ist\s+(?:eine\s+)?)unerwunschte\s+(?:werbung|e-?mails?|nachrichten?|kontaktaufnahme)` +
    String.raw`|(?:^\W*|\bc'est\s+(?:de\s+la\s+|du\s+|un\s+|une\s+)?)(?:publicite|demarchage|prospection|sollicitation|message|mail|e-?mail)\s+non\s+sollicitee?s?` +
    String.raw`|(?:^\W*|\b(?:esto|eso)\s+es\s+)(?:publicidad|correo|mensaje|spam)\s+no\s+(?:solicitad[oa]|deseado)` +
    String.raw`|(?:^\W*|\b(?:questa|questo)\s+e\s+)(?:pubblicita|comunicazione|messaggio|mail|email)\s+(?:commerciale\s+)?non\s+(?:richiest[oa]|sollecitat[oa]|autorizzat[oa])` +
    String.raw`|(?:^\W*|\b(?:isto|isso)\s+e\s+)(?:publicidade|mensagem|e-?mail|spam)\s+nao\s+(?:solicitad[oa]|autorizad[oa])` +
    String.raw`|(?:^\W*|\bdit\s+is\s+)ongevraagde\s+(?:reclame|mail|e-?mail|berichten|bericht|marketing)` +
    String.raw`|(?:^\W*|\b(?:detta|det\s+har)\s+ar\s+)oonskad\s+(?:reklam|e-?post|mejl|marknadsforing)` +
    String.raw`|(?:^\W*|\bdette\s+er\s+)uonsket\s+(?:reklame|e-?post|mail|markedsforing|henvendelse)` +
    String.raw`|(?:^\W*|\btama\s+on\s+)(?:ei-toivottua|pyytamatonta)\s+(?:mainontaa|markkinointia|postia)` +
    String.raw`|(?:^\W*|\bto\s+(?:jest\s+)?)(?:niechciana|niezamowiona)\s+(?:reklama|informacja\s+handlowa|oferta|wiadomosc|korespondencja)` +
    String.raw`|(?:^\W*|\b(?:toto|to)\s+je\s+)(?:nevyzadan|nevyziadan)[aeyi]\s+(?:reklama|obchodni\s+sdeleni|obchodne\s+oznamenie|posta|zprava|sprava|nabidka|ponuka)` +
    String.raw`|(?:^\W*|\bez\s+(?:egy\s+)?)keretlen\s+(?:reklam|level|uzenet|e-?mail|hirdetes|ajanlat|megkereses)` +
    String.raw`|(?:^\W*|\b(?:aceasta|asta)\s+(?:este|e)\s+)(?:publicitate|reclama|mesaj|spam)\s+nesolicitat` +
    String.raw`|(?:^\W*|(?<![\p{L}])это\s+)(?:нежелательная|непрошенная|навязчивая)\s+(?:реклама|рассылка)` +
    String.raw`|(?:^\W*|(?<![\p{L}])(?:αυτο\s+ειναι|ειναι)\s+)ανεπιθυμητη\s+(?:διαφημιση|αλληλογραφια)` +
    String.raw`|(?:^\W*|\bbu\s+)istenmeyen\s+(?:reklam|e-?posta|mesaj|ileti)`,
  'u',
);

/**
 * A complaint to a data-protection authority, named (the guide's "report you"): an authority of the
 * languages read beside a verb of complaining or reporting in one of them ("a NAIH-hoz fordulok",
 * "je saisirai la CNIL", "I'll complain to the ICO"). The name alone is not enough: "we are
 * supervised by the ICO" is a fact about the writer.
 */
const AUTHORITY = new RegExp(
  String.raw`(?<![\p{L}])(?:ico|information\s+commissioner|cnil|aepd|garante(?:\s+(?:della\s+|per\s+la\s+)?privacy)?|datenschutzbehorde|datenschutzbeauftragte\w*|landesdatenschutz\w*|bfdi|autoriteit\s+persoonsgegevens|datatilsynet|imy|integritetsskyddsmyndigheten|datainspektionen|tietosuojavaltuutetu\w*|uodo|prezes\w*\s+uodo|uoou|urad\s+pro\s+ochranu\s+osobnich\s+udaju|naih|cnpd|anpd|anspdcp|kvkk|kominfo|pdpc|kisa|роскомнадзор\w*|αρχη\s+προστασιας\s+(?:δεδομενων|προσωπικων))(?![\p{L}])|` +
    // Written as spelled and folded like the text (NFD: Hangul into jamo, kana marks dropped).
    foldAccents('רשות להגנת הפרטיות|هيئة حماية البيانات|개인정보보호위원회|한국인터넷진흥원|방송통신위원회|個人情報保護委員会|消費者庁|総務省|工信部|12321|消协|消费者协会|消費者協會|สคส'),
  'u',
);
const COMPLAINT = new RegExp(
  String.raw`(?<![\p{L}])(?:report\w*|complain\w*|complaint|lodg\w*|fil(?:e|ing)\s+a|escalat\w*|refer\w*\s+(?:this|you)|beschwer\w*|melde\w*|anzeige\w*|einschalten|wende\s+mich|plainte|signal\w*|saisi\w*|denunc\w*|segnal\w*|reclam\w*|espost\w*|queix\w*|reportar|klacht\w*|aangifte|anmal\w*|klaga\w*|klage\w*|anmeld\w*|kantelu\w*|ilmoita\w*|valitu\w*|skarg\w*|zglos\w*|donies\w*|stiznost\w*|nahlas\w*|podam|podame|fordulok|fordulunk|panasz\w*|feljelent\w*|bejelent\w*|plangere|sesiz\w*|жалоб\w*|пожалуюсь|обращусь|şikayet\w*|sikayet\w*|lapor\w*|melapor\w*|adukan|mengadu|καταγγελ\p{L}*|προσφυγ\p{L}*)(?![\p{L}])|` +
    foldAccents('תלונה|אתלונן|נתלונן|אגיש|شكوى|سأشتكي|سأبلغ|إبلاغ|신고|민원|通報|苦情|申告|訴え|举报|投诉|舉報|投訴|ร้องเรียน'),
  'u',
);

/** The writer themselves (folded): a question without one is about other people or the product. */
const FIRST_PERSON = /\b(?:mich|mir|meine?[nrs]?|ich|me|moi|mes|mon|ma|m'|mij|mijn|m'n|ik|mig|meg|mitt|min|mina|mit|mine|minut|minun|numeroni|sahkopostini|osoitteeni|yhteystietoni|tietoni|mi|mis|mio|mia|miei|mie|mnie|moj|moje|moja|muj|mou|moji|eu|meu|minha|meus|minhas)\b/;
/** "Streichen Sie ihn", "retirez-le", "verwijder hem": someone else is to be removed. */
const SOMEONE_ELSE = /\b(?:streichen|loschen|entfernen|nehmen|tragen)\s+sie\s+(?:bitte\s+)?(?:ihn|sie|frau|herrn?|den|die)\b|\b(?:retirez|supprimez|desabonnez|desinscrivez)[\s-](?:le|la|les|lui)\b|\bdarl[oa]\s+de\s+baja\b|\bde\s+baja\s+a\b|\b(?:haal|verwijder)\s+(?:hem|haar)\b|\bta\s+bort\s+(?:honom|henne)\b|\bfjern\s+(?:ham|henne|hende)\b/;

/** Other people as a question's subject ("comment les destinataires peuvent se désinscrire ?"): a product question. */
const OTHERS_ASKED_ABOUT = /\b(?:destinataires|clients|abonnes|utilisateurs|kunden|empfangern?|nutzer|abonnenten|clientes|destinatarios|usuarios|suscriptores|clienti|destinatari|utenti|iscritti|klanten|ontvangers|gebruikers|abonnees|kunder|mottagare|anvandare|mottakere|brukere|modtagere|brugere|asiakkaat|vastaanottajat|kayttajat|klienci|odbiorcy|uzytkownicy|zakaznici|prijemci|uzivatele)\b/;

/**
 * Customers, users, recipients named in any language the rules read: a question that names them
 * is about other people unsubscribing ("Kif jistgħu l-klijenti tagħna jagħmlu unsubscribe?"), even
 * when its opt-out word is English.
 */
export function asksAboutOthers(sentence: string): boolean {
  const folded = foldAccents(sentence);
  return OTHERS_ASKED_ABOUT.test(folded) || WORLD_OTHERS_ASKED_ABOUT.test(folded);
}

/** A question mark in any script: Latin, full-width (Chinese, Japanese), Arabic, Armenian, Ethiopic. */
const QUESTION_MARK = /[?？؟՞፧]/;

/**
 * The language code of a non-English opt-out in this sentence (the twelve here, then
 * opt-out-world.ts), or null. Chinese and Japanese write no space after a full stop or question
 * mark, so sentence splitting leaves them whole: each of their clauses is read on its own, so a
 * question beside an opt-out does not put the opt-out through the question gate.
 */
export const foreignOptOut: (sentence: string) => string | null = remembering(4096, (sentence) => {
  for (const clause of sentence.split(/(?<=[。！？])/)) {
    const found = clauseOptOut(clause);
    if (found !== null) return found;
  }
  return null;
});

function clauseOptOut(sentence: string): string | null {
  const folded = foldAccents(sentence);
  if (KEYWORD_OPT_OUTS.test(folded.trim())) return 'keyword';
  if (SOMEONE_ELSE.test(folded)) return null;
  const question = QUESTION_MARK.test(folded);
  if (!question || (FIRST_PERSON.test(folded) && !OTHERS_ASKED_ABOUT.test(folded))) {
    for (const [language, re] of OPT_OUT_BY_LANGUAGE) if (re.test(folded)) return language;
  }
  if (question && (!WORLD_FIRST_PERSON.test(folded) || WORLD_OTHERS_ASKED_ABOUT.test(folded))) return null;
  const language = worldOptOut(folded);
  if (language !== null) return language;
  return !question && (UNSOLICITED.test(folded) || (AUTHORITY.test(folded) && COMPLAINT.test(folded))) ? 'complaint' : null;
}
