import { scheduleSaid } from './read-alert-request.ts';
import { tidyScheduleWords } from '../../alerts/schedule-from-words.ts';

/** Letters on neither side: the edges of a word in any language ("avísame", "prévenez-moi"). */
const word = (source: string) => new RegExp(String.raw`(?<![\p{L}-])(?:${source})(?![\p{L}])`, 'iu');

/**
 * Asking to be told, in Spanish, Portuguese, French, German or Dutch: "avísame", "me avisa", "prévenez-moi",
 * "benachrichtige mich", "stuur me", "me gustaría recibir", "kannst du mir … schicken". Said of new postings only with
 * a schedule or a word of the alert beside it (the reader below asks for one).
 */
const askingAbroad = word(
  [
    // Spanish
    String.raw`av[íi]s(?:ame|adme|enme|eme)|notif[íi]c(?:ame|adme|anme)|env[íi](?:ame|adme|enme)|m[áa]nd(?:ame|adme|enme)|me\s+(?:avisas?|avises|avise|notificas?|notifiques|mandas?|env[íi]as?)|(?:me\s+gustar[íi]a|quiero|quisiera|deseo)\s+recibir|(?:me\s+)?(?:puedes|podr[íi]as|podr[íi]a)\s+(?:avisar(?:me)?|notificar(?:me)?|mandar(?:me)?|enviar(?:me)?)`,
    // Portuguese
    String.raw`avis(?:a|e)-me|notifi(?:ca|que)-me|mand(?:a|e)-me|envi(?:a|e)-me|me\s+(?:avisar?|notificar?|notifique|mandar?|mande|enviar?|envie)|(?:quero|gostaria\s+de|queria)\s+receber|(?:(?:voc[êe]\s+)?pode)\s+(?:me\s+)?(?:avisar|notificar|mandar|enviar)`,
    // French
    String.raw`pr[ée]v(?:enez|iens)-moi|avert(?:is|issez)-moi|envo(?:ie|yez)-moi|notifi(?:e|ez)-moi|signal(?:e|ez)-moi|t(?:iens|enez)-moi\s+au\s+courant|je\s+(?:veux|voudrais|souhaite|aimerais)\s+(?:(?:[êe]tre\s+(?:pr[ée]venue?|averti(?:e)?|notifi[ée]e?))|recevoir)|(?:tu\s+peux|pouvez-vous|peux-tu)\s+(?:me\s+)?(?:pr[ée]venir|envoyer|signaler)`,
    // German ("… bitte melden", "kannst du mir … schicken": the verb at the end)
    String.raw`benachrichtig(?:e|en\s+sie)\s+mich|(?:sag|gib)\s+mir\s+bescheid|schick(?:e|t)?\s+(?:mir|me)|schicken\s+sie\s+mir|informier(?:e|en\s+sie)\s+mich|(?:kannst\s+du|k[öo]nnen\s+sie)(?:\s+mir)?|ich\s+(?:m[öo]chte|will|h[äa]tte\s+gern)\s+(?:benachrichtigt\s+werden|informiert\s+werden)|(?:bitte\s+)?(?:melden|schicken|senden|zuschicken|mitteilen)(?=\s*[.!?]*$)`,
    // Dutch
    String.raw`stuur\s+(?:me|mij)|laat\s+(?:me|mij)(?:\s+(?:even|alsjeblieft))?\s+weten|laat\s+(?:me|mij)|waarschuw\s+(?:me|mij)|hou(?:d)?\s+(?:me|mij)\s+op\s+de\s+hoogte|meld\s+(?:me|mij)|kun\s+je\s+(?:me|mij)`,
  ].join('|'),
);

/** An alert named in those languages, with what leads into its search: "alerte pour", "alertas de", "Alarm für", "mon alerte :". */
const alertAbroad = word(
  // ("alarm" and "alert" are English words too: theirs only with a word of another language after them, "Alarm für", "alert voor";
  // "set an alarm for 7am" is no alert.)
  String.raw`(?:(?:mon|ma|une|un|la|las|una|uma|um|die|den|einen|een|mijn|mi)\s+)?(?:(?:alertes?|alertas?|jobalarm|benachrichtigung(?:en)?|melding(?:en)?|notificaciones|notifica[çc][õo]es)(?:\s+(?:pour|de|des|sur|para|sobre|f[üu]r|fuer|zu|voor|over|van|om))?|(?:alarm|alert)\s+(?:pour|des|sur|para|sobre|f[üu]r|fuer|zu|voor|van|om))(?=\s|\s*:)`,
);

/**
 * The postings said in those languages, with the word that leads into the trade: "ofertas de", "vagas de", "les postes de",
 * "un poste d'", "Stellen als", "nieuwe vacatures voor", "des nouvelles offres". What follows is the trade; said alone, nothing.
 */
const postingsAbroad = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:de|des|sobre|about|of)\s+)?(?:(?:las|los|les|as|os|la|le|el|un|une|una|uma|um|die|de|het|een|mes)\s+)?(?:(?:nuevas?|nuevos?|novas?|novos?|nouvelles?|nouveaux?|neuen?|nieuwe|new)\s+)?(?:ofertas?(?:\s+de\s+(?:empleo|trabajo))?|empleos?|trabajos?|puestos?(?:\s+de\s+trabajo)?|vacantes?|plazas?|vagas?(?:\s+de\s+emprego)?|empregos?|oportunidades|postes?|emplois?|offres?(?:\s+d['’]emploi)?|stellen(?:angebote)?|stelle|vacatures?|banen|functies|jobs?)(?:\s+(?:de|als|as|f[üu]r|fuer|voor|para|pour|como|en\s+tant\s+que)(?![\p{L}])|\s+d['’]|(?=\s*[,.;!?]|\s*$))`,
  'iu',
);

/** Before a place: "en Valencia", "em Campinas", "no Porto", "à Lyon", "w Krakowie", "bei Ulm" (the place written with a capital). */
const placeWord = /(?<![\p{L}-])(?:en|em|no|na|à|a|au|aux|à\s+la|bei|im|w|we|op|te|sa|di)\s+(?=\p{Lu})/gu;

/** An alert already there, stopped, changed or asked about in those languages: "arrête l'alerte …", "para la alerta de …", "quelles alertes". */
const alertThereAbroad = new RegExp(
  String.raw`^\s*(?:(?:por\s+favor|bitte|s['’]il\s+(?:te|vous)\s+pla[iî]t)[\s,]+)?(?:arr[êe]te[rz]?|stopp?(?:e|en)?|l[öo]sch(?:e|en)?|supprim(?:e|er|ez)|efface[rz]?|borra(?:r)?|elimina(?:r)?|para(?:r)?|pausa(?:r)?|pausier(?:e|en)|reanuda(?:r)?|reactiva(?:r)?|reprend(?:s|re)?|quelles|quels|welche|cu[áa]les|quais|qu[ée]|was|wat)(?![\p{L}])|(?<![\p{L}])(?:mes\s+alertes|mis\s+alertas|meine\s+alarme)(?![\p{L}])`,
  'iu',
);

/** A place's preposition English never says: "w Krakowie", "em Campinas", "à Lyon", "en Valencia", "bei Ulm". */
const placeAbroad = /(?<![\p{L}-])(?:w|we|em|en|à|au|aux|bei)\s+\p{Lu}/u;
/** Words of a schedule that repeats: "onsite w Canva, 9am" is one day's time ("w" is "with" too), never an alert's. */
const repeating = /\b(?:every|each|daily|weekly|hourly|nightly|weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;
/** A search asked for in English words: "find …, daily" may be a search said with its shift, read by the search. */
const searchAsked = /\b(?:find|search|look\s+(?:for|up)|show\s+me)\b/i;

/** What is said around the request in those languages: "je cherche", "por favor", "bitte", "neue", "d'" before the trade. */
const fillerAbroad = word(
  [
    String.raw`je\s+cherche|busco|estoy\s+buscando|procuro|estou\s+procurando|ich\s+suche|ik\s+zoek`,
    String.raw`por\s+favor|porfa|porfis|s['’]il\s+(?:te|vous)\s+pla[iî]t|svp|bitte|alstublieft|aub|graag|obrigad[oa]|gracias|merci|danke|dank\s+je(?:\s+wel)?`,
    String.raw`neue[nr]?|nuevas?|nuevos?|novas?|novos?|nouvelles?|nouveaux?|nieuwe|mir|me|moi|mij`,
    // When they appear: "cuando haya", "quand il y a", "sobald es", "als er … zijn", "weten" left of "laat me … weten".
    String.raw`cuando\s+(?:haya|salgan|aparezcan|se\s+publiquen)|quando\s+(?:houver|sa[íi]rem|aparecerem)|(?:quand|d[èe]s\s+qu)['’\s]\s*il\s+y\s+(?:a|en\s+a)|(?:wenn|sobald)\s+es|(?:als|zodra)\s+er|weten|zijn|gibt|verschijnen|komen`,
  ].join('|'),
);

/** A sentence that tells who the person is, not what they ask: "Ich bin CNC-Fräser in Stuttgart.", "Je suis comptable." */
const introductionAbroad = /^(?:ich\s+bin|ich\s+arbeite|je\s+suis|je\s+travaille|soy|trabajo\s+como|sou|trabalho\s+como|ik\s+ben|ik\s+werk)\b/iu;

/** "bez staży", "sin prácticas", "sans stage", "ohne Praktikum", "geen stages": internships kept out, as the search reads "no internships". */
const withoutInternships = word(String.raw`(?:bez|sin|sans|sem|ohne|geen)\s+(?:sta[żz]y|sta[żz]u|praktyk|pr[áa]cticas|stages?|est[áa]gios?|praktik(?:a|um|en)|praktikum|stages)`);

/**
 * An alert asked for in Spanish, Portuguese, French, German or Dutch around the job's own words: "avísame cada mañana a las 8 de
 * ofertas de electricista en Valencia", "me avisa de vagas de enfermeira no Porto todos os dias úteis às 9h", "alerte pour les
 * postes de comptable à Lyon, en semaine à 8h", "Neue Stellen als Pflegefachkraft in Köln bitte jeden Morgen um 7 melden",
 * "stuur me op werkdagen om 9 nieuwe vacatures voor heftruckchauffeur in Tilburg". The asking, the alert's name and the words
 * for postings are taken out, a place's preposition read as "in", the schedule as its own reader reads it; the rest is the
 * search. The request in English words (`listed` when it was a list after the alert's name, "mon alerte : comptable, Lyon");
 * null unless the words of the request are said in another language and either ask to be told or name an alert, with a
 * schedule or an alert's name beside them (a search asked in Spanish stays a search).
 *
 * @example
 * alertAskedAbroad('avísame cada mañana a las 8 de ofertas de electricista en Valencia');
 * // { text: 'every morning at 8 electricista in Valencia', listed: false }
 */
export function alertAskedAbroad(message: string): { text: string; listed: boolean } | null {
  // The sentence that asks (an introduction before it is who the person is).
  const sentences = message.split(/(?<=[.!?])\s+/).filter((sentence) => !introductionAbroad.test(sentence.trim()));
  const asked = sentences.find((sentence) => askingAbroad.test(sentence) || alertAbroad.test(sentence)) ?? '';
  const asks = askingAbroad.test(asked);
  const named = alertAbroad.exec(asked);
  // ("alert" alone is English: only with a word of another language after it, or "mon alerte", is it one said abroad.)
  // ("para la alerta de Monterrey", "quelles alertes j'ai ?": an alert already there, stopped or asked about, is no new one;
  // named alone, an alert is a new one only with a schedule, the words for postings or a list after it.)
  // (The schedule of the sentence that names it is read only when the words before it leave the question open.)
  const namedAbroad =
    named &&
    !/^alert$/i.test(named[0].trim()) &&
    !alertThereAbroad.test(asked) &&
    (scheduleSaid(` ${tidyScheduleWords(asked).toLowerCase()} `) !== undefined || postingsAbroad.test(asked) || /:\s*\S/.test(asked.slice(named.index)));
  // ("java developer w Krakowie, bez staży, codziennie o 8": no asking, but a schedule beside words only another language
  // says around the search, a place's preposition or internships kept out, reads as "…, in Krakow, no internships, daily".)
  const said = asks || namedAbroad ? asked : message;
  // (Neither asked nor named, and none of those words, or a search asked in English words: never an alert, whatever its
  // schedule; tested before the schedule is read, as almost every message is such.)
  if (!asks && !namedAbroad && (searchAsked.test(said) || !(placeAbroad.test(said) || withoutInternships.test(said)))) return null;
  const tidy = tidyScheduleWords(said);
  const schedule = scheduleSaid(` ${tidy.toLowerCase()} `);
  const aroundAbroad = schedule && repeating.test(tidy);
  if (!asks && !namedAbroad && !aroundAbroad) return null;
  if (!schedule && !namedAbroad) return null;
  const listed = Boolean(namedAbroad) && /^\s*(?:\S+\s+)?\S+\s*:/.test(tidy);
  let text = tidy
    .replace(withoutInternships, ' no internships ')
    .replace(new RegExp(alertAbroad.source, 'giu'), ' ')
    .replace(new RegExp(askingAbroad.source, 'giu'), ' ')
    .replace(new RegExp(postingsAbroad.source, 'giu'), ' ')
    .replace(/(?<![\p{L}])d['’](?=\p{L})/gu, '')
    .replace(new RegExp(fillerAbroad.source, 'giu'), ' ')
    .replace(placeWord, 'in ')
    .replace(/[?!.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (listed) text = text.replace(/^\s*:\s*/, '');
  text = text.replace(/^[\s:,;-]+|[\s:,;-]+$/g, '');
  if (!text) return null;
  return { text, listed };
}
