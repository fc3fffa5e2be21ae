/** Hours said in words, as "half past two" and "quarter to nine" say them. */
const hourWords: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const hour = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const hourOf = (said: string): number => hourWords[said.toLowerCase()] ?? Number(said);

/** Minutes said in words before "past" or "to": "five past 3", "twenty to 4". */
const minuteWords: Readonly<Record<string, number>> = { five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25 };
const minutes = String.raw`(?:5|10|20|25|five|ten|twenty(?:[\s-]five)?)`;
const minutesOf = (said: string): number => minuteWords[said.toLowerCase()] ?? Number(said);
const weekday = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const twoDigits = (value: number) => String(value).padStart(2, '0');
const monthsInFull = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Replacer = (match: string, ...groups: string[]) => string;
/** Any figure 0–9, as a rewrite's `Needs` says it. */
const aDigit = Symbol('a digit');
/**
 * What a rewrite's pattern cannot match without: one of these, in the text lower-cased (found anywhere, inside other
 * words too), or `aDigit`. Derived from the pattern itself, never from examples: a word or mark that every match of it
 * holds (of an alternation, one for each alternative). A text holding none of them is never tried with the pattern:
 * most messages hold no time words, and the ~100 patterns cost more than the look-ups (issue 14).
 */
type Needs = readonly (string | typeof aDigit)[];
/** One rewrite of `tidyTimeWords`: a pattern, what it becomes (`$1` names a group), and what it needs (`Needs`). */
export type Rewrite = readonly [RegExp, string | Replacer, Needs];

const rewrites: readonly Rewrite[] = [
  [new RegExp(String.raw`\bhalf\s+past\s+(${hour})\b`, 'gi'), (_, said = '') => `${hourOf(said)}:30`, ['half']],
  [new RegExp(String.raw`\b(?:a\s+)?quarter\s+past\s+(${hour})\b`, 'gi'), (_, said = '') => `${hourOf(said)}:15`, ['quarter']],
  [
    new RegExp(String.raw`\b(?:a\s+)?quarter\s+(?:to|til|till)\s+(${hour})\b`, 'gi'),
    (_, said = '') => {
      const before = hourOf(said) - 1;
      return `${before === 0 ? 12 : before}:45`;
    },
    ['quarter'],
  ],
  // "ten past 3", "20 past 9": minutes past the hour.
  [new RegExp(String.raw`\b(${minutes})\s+(?:mins?\s+|minutes\s+)?past\s+(${hour})\b`, 'gi'), (_, said = '', to = '') => `${hourOf(to)}:${twoDigits(minutesOf(said))}`, ['past']],
  // "five to 4", "20 to 3": minutes before the hour. Digits only when they cannot be a range ("5 to 4", never "10 to 11" or "from 5 to 4").
  [
    new RegExp(String.raw`(?<!\bfrom\s{1,3})\b(${minutes})\s+(mins?\s+|minutes\s+)?(?:to|til|till)\s+(${hour})\b(?!\s*(?:am|pm|[:.]\d))`, 'gi'),
    (whole, said = '', unit = '', to = '') => {
      const count = minutesOf(said);
      const before = hourOf(to) - 1;
      if (/^\d/.test(said) && !unit && count <= hourOf(to)) return whole;
      return `${before === 0 ? 12 : before}:${twoDigits(60 - count)}`;
    },
    [aDigit, 'five', 'ten', 'twenty'],
  ],
  // "at half 7" (British for 7:30), only after "at", "to" or "till", or as the whole of the words ("move it to half 2"): "half" alone is too common a word.
  [new RegExp(String.raw`(^|\b(?:at|to|till|until|for|make\s+(?:it|that|this)|it'?s|that'?s)\s+|@\s*)half\s+(${hour})\b`, 'gi'), (_, at = '', said = '') => `${at}${hourOf(said)}:30`, ['half']],
  // "3 in the afternoon", "8 in the morning", "9 at night", "7 in the evening".
  [
    new RegExp(String.raw`\b(${hour}(?::\d{2})?)\s+(?:o'?clock\s+)?(in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b`, 'gi'),
    (_, said = '', part = '') => {
      const [hours, minutesSaid] = said.split(':');
      const time = `${hourOf(hours ?? '')}${minutesSaid ? `:${minutesSaid}` : ''}`;
      return `${time}${/morning/i.test(part) ? 'am' : 'pm'}`;
    },
    ['morning', 'afternoon', 'evening', 'night'],
  ],
  // "at 3 o'clock": the hour.
  [new RegExp(String.raw`\b(at\s+)(${hour})\s+o'?clock\b`, 'gi'), (_, at = '', said = '') => `${at}${hourOf(said)}`, ['clock']],
  // "1h later", "2h earlier", "30min later": a shift counted in hours or minutes, never "1:00" (regression, session 40: "push it 1h later" moved 14:30 to 13:00).
  [/\b(\d{1,3})\s*(?:h|hrs?)\b(?=\s+(?:later|earlier|sooner|back|forward)\b)/gi, '$1 hours', ['later', 'earlier', 'sooner', 'back', 'forward']],
  [/\b(\d{1,3})\s*(?:m|mins?)\b(?=\s+(?:later|earlier|sooner|back|forward)\b)/gi, '$1 minutes', ['later', 'earlier', 'sooner', 'back', 'forward']],
  // "14:30 Uhr", "um 10 Uhr", "am 17.12. um 9:30": the German clock ("um" is "at"; without "Uhr", only a time with its minutes).
  [/\bum\s+(?=\d{1,2}(?:[:.]\d{2})?\s*uhr\b|(?:[01]?\d|2[0-3]):[0-5]\d\b)/gi, 'at ', ['um']],
  [/\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*uhr\b/gi, (_, hours = '', minutesSaid) => `${hours}:${minutesSaid || '00'}`, ['uhr']],
  // "12.12.", "am 03.02.", "12.12.2026": a day and month as Germans (and much of Europe) write them, the closing dot
  // saying it is a date, never a decimal; named with their month ("December 12") for every date reader.
  [
    /(?:\bam\s+)?\b(0?[1-9]|[12]\d|3[01])(?<!(?:\b(?:at|um)\s|@\s?)\d{1,2})\.(0?[1-9]|1[0-2])\.(\d{4}\b)?(?!\d)/gi,
    (whole, day = '', month = '', year = '') => `${/^am\s/i.test(whole) ? 'on ' : ''}${monthsInFull[Number(month) - 1] ?? ''} ${Number(day)}${year ? ` ${year}` : ''}`,
    ['.'],
  ],
  // "10h30", "18h", "14h00": the 24-hour clock as much of Europe and Latin America writes it ("in 9h" stays hours).
  // ("16hs", as Argentina writes it, is 16:00 too.)
  [/(?<!\b(?:in|for|within|after)\s+)\b([01]?\d|2[0-3])h(?:([0-5]\d)|s)?\b/gi, (_, hours = '', minutesSaid) => `${hours}:${minutesSaid || '00'}`, [aDigit]],
  [/\b(?:tmrw|tmr|tmrow|tomoz|2morrow|2moro|2morow|2mrw|tomoro|tomorro|tomorow|tommorow|tommorrow)\b/gi, 'tomorrow', ['tmr', 'tomo', '2mo', '2mr', 'tomm']],
  // "tmrw half 9", "fri half 2": "half" right after a day is the half hour (as "at half 9").
  [new RegExp(String.raw`\b(today|tonight|tomorrow|${weekday})\s+half\s+(${hour})\b(?!\s*(?:past|an?\s+hour|hour|day|term|time))`, 'gi'), (_, day = '', said = '') => `${day} at ${hourOf(said)}:30`, ['half']],
  // "9ish", "around 3", "@ 10", "~2pm": an approximate time is that time (the reminder rings then, not at 09:00).
  [/(?<![\d:.])(\d{1,2}(?:[:.]\d{2})?)\s*(am|pm)?\s*-?\s*ish\b/gi, (_, time = '', meridiem) => `at ${time}${meridiem || ''}`, ['ish']],
  [/(?:\b(?:around|about|approx(?:imately)?|roughly|circa|(?:at\s+)?(?:around|about))\s+|~\s*|@\s*)(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?![\d/-]|\s*(?:days?|weeks?|months?|hours?|hrs?|mins?|minutes?)\b))/gi, 'at ', ['around', 'about', 'approx', 'roughly', 'circa', '~', '@']],
  [/\bat\s+at\b/gi, 'at', ['at']],
  // "end of day", "EOD", "close of business": 17:00 (of the day said, or the next to come).
  [/\b(?:by\s+|at\s+|before\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:working\s+|work\s+|business\s+)?day|eod|cob|close\s+of\s+(?:play|business))\b/gi, 'at 5pm', ['end', 'eod', 'cob', 'close']],
  // Parts of the day said short: "arvo", "tmrw eve", "sat am", "first thing monday", "after lunch".
  [/\b(?:this\s+)?(?:arvo|avo)\b/gi, (said) => (/^this/i.test(said) ? 'this afternoon' : 'afternoon'), ['arvo', 'avo']],
  [/\b(tomorrow|today|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\s+(?:eve|evening)\b/gi, '$1 evening', ['eve']],
  [/\b(tomorrow|today|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\s+(am|pm)\b(?!\s*\d)/gi, (_, day = '', part = '') => `${day} ${/am/i.test(part) ? 'morning' : 'afternoon'}`, ['am', 'pm']],
  [/\bfirst\s+thing(?:\s+in\s+the\s+morning)?\s+(?:on\s+)?(tomorrow|(?:next\s+|this\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/gi, '$1 morning', ['first']],
  [/\b(tomorrow|(?:next\s+|this\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s+first\s+thing\b/gi, '$1 morning', ['first']],
  // "first thing" with no day: 09:00, the next one to come.
  [/\bfirst\s+thing(?:\s+in\s+the\s+morning)?\b/gi, 'at 9am', ['first']],
  [/\bafter\s+lunch\s+(?:on\s+)?((?:next\s+|this\s+)?(?:tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*))\b/gi, '$1 afternoon', ['lunch']],
  [/\bafter\s+lunch\b/gi, 'at 2pm', ['lunch']],
  // "after the weekend": the Monday after it.
  [/\b(?:after|once)\s+the\s+weekend\b/gi, 'monday', ['weekend']],
  // "monday week", "tomorrow week", "a week on friday", "a week tomorrow": a week from that day (British).
  [new RegExp(String.raw`\b(${weekday}|tomorrow)\s+week\b`, 'gi'), 'a week from $1', ['week']],
  [new RegExp(String.raw`\ba\s+week\s+(?:on\s+|this\s+|from\s+)?(${weekday}|tomorrow|today)\b`, 'gi'), 'a week from $1', ['week']],
  // "in 2 wks", "in 3 hrs": the units chrono does not know short.
  [/\b(\d{1,3}|a|an|a\s+couple\s+of|a\s+few)\s+wks?\b/gi, '$1 weeks', ['wk']],
  [/\b(\d{1,3}|an?)\s+hrs?\b/gi, '$1 hours', ['hr']],
  // "the 11th — at 9am": a dash between a day and its time, said in one breath, is a pause.
  [/(?<=\b(?:\d{1,2}(?:st|nd|rd|th)|today|tomorrow|tonight|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?))\s*[—–]\s*(?=at\s+\d)/gi, ' ', ['—', '–']],
  [/\btues\b/gi, 'tuesday', ['tues']],
  [/\b(?:weds|wednes)\b/gi, 'wednesday', ['wed']],
  [/\b(?:thurs|thur)\b/gi, 'thursday', ['thur']],
];

/** The rewrites every tidying runs, first (exported for the tests of their `Needs`). */
export const timeWordRewrites: readonly Rewrite[] = rewrites;

/** "lundi", "martes", "Donnerstag": weekdays in the languages people mix into English most, as English says them. */
const foreignWeekdays: readonly Rewrite[] = [
  [/\b(?:lundi|lunes|montag)\b/giu, 'monday', ['lundi', 'lunes', 'montag']],
  [/\b(?:mardi|martes|dienstag)\b/giu, 'tuesday', ['mardi', 'martes', 'dienstag']],
  [/\b(?:mercredi|mi[ée]rcoles|mittwoch)\b/giu, 'wednesday', ['mercredi', 'rcoles', 'mittwoch']],
  [/\b(?:jeudi|jueves|donnerstag)\b/giu, 'thursday', ['jeudi', 'jueves', 'donnerstag']],
  [/\b(?:vendredi|viernes|freitag)\b/giu, 'friday', ['vendredi', 'viernes', 'freitag']],
  [/\b(?:samedi|s[áa]bado|samstag)\b/giu, 'saturday', ['samedi', 'bado', 'samstag']],
  [/\b(?:dimanche|sonntag)\b/giu, 'sunday', ['dimanche', 'sonntag']],
  // Portuguese: "quinta às 10h", "sexta-feira", "terça"; "segunda" and "quarta" are also "second" and "fourth", so
  // weekdays only with "-feira" or right before a time ("segunda às 9h", "quarta 14h").
  [/(?<![\p{L}])(?:segunda-feira|segunda(?=\s+(?:às|ás|à|a)?\s*\d))(?![\p{L}-])/giu, 'monday', ['segunda']],
  [/(?<![\p{L}])ter[çc]a(?:-feira)?(?![\p{L}-])/giu, 'tuesday', ['terça', 'terca']],
  [/(?<![\p{L}])(?:quarta-feira|quarta(?=\s+(?:às|ás|à|a)?\s*\d))(?![\p{L}-])/giu, 'wednesday', ['quarta']],
  [/(?<![\p{L}])quinta(?:-feira)?(?![\p{L}-])/giu, 'thursday', ['quinta']],
  [/(?<![\p{L}])sexta(?:-feira)?(?![\p{L}-])/giu, 'friday', ['sexta']],
  [/(?<![\p{L}])domingo(?![\p{L}])/giu, 'sunday', ['domingo']],
  // Italian, Dutch, Swedish, Norwegian and Danish, Polish (its weekdays also as "on …" says them: "w środę", "w sobotę").
  [/(?<![\p{L}])(?:luned[iì]|maandag|m[åa]ndag|poniedzia[łl]ek)(?![\p{L}])/giu, 'monday', ['luned', 'ndag', 'poniedzia']],
  [/(?<![\p{L}])(?:marted[iì]|dinsdag|tisdag|tirsdag|wtorek)(?![\p{L}])/giu, 'tuesday', ['marted', 'sdag', 'wtorek']],
  [/(?<![\p{L}])(?:mercoled[iì]|woensdag|onsdag|[śs]rod[aęe])(?![\p{L}])/giu, 'wednesday', ['mercoled', 'nsdag', 'rod']],
  [/(?<![\p{L}])(?:gioved[iì]|donderdag|torsdag|czwartek)(?![\p{L}])/giu, 'thursday', ['gioved', 'donderdag', 'torsdag', 'czwartek']],
  [/(?<![\p{L}])(?:venerd[iì]|vrijdag|fredag|pi[ąa]tek)(?![\p{L}])/giu, 'friday', ['venerd', 'vrijdag', 'fredag', 'piątek', 'piatek']],
  [/(?<![\p{L}])(?:sabato|zaterdag|l[öø]rdag|sobot[aęe])(?![\p{L}])/giu, 'saturday', ['sabato', 'rdag', 'sobot']],
  [/(?<![\p{L}])(?:domenica|zondag|s[öø]ndag|niedziel[aęe])(?![\p{L}])/giu, 'sunday', ['domenica', 'ndag', 'niedziel']],
  // The day after tomorrow, then tomorrow and today: "depois de amanhã", "pasado mañana", "après-demain", "übermorgen".
  [/(?<![\p{L}])(?:depois\s+de\s+amanh[ãa]|pasado\s+ma[ñn]ana|apr[èe]s[\s-]demain|[üu]bermorgen)(?![\p{L}])/giu, 'in 2 days', ['amanh', 'pasado', 'demain', 'bermorgen']],
  [/\b(?:demain|ma[ñn]ana)\b/giu, 'tomorrow', ['demain', 'mañana', 'manana']],
  [/(?<![\p{L}])amanh[ãa](?![\p{L}])/giu, 'tomorrow', ['amanh']],
  [/(?<![\p{L}])(?:hoje|hoy|aujourd'hui|heute)(?![\p{L}])/giu, 'today', ['hoje', 'hoy', 'aujourd', 'heute']],
  // "daqui a 3 dias", "dentro de 2 horas", "dans 3 jours", "in 2 Tagen": a span counted from now.
  [
    /(?<![\p{L}])(?:daqui\s+a|dentro\s+de|em|en|dans|in)\s+(\d{1,3}|um|uma|dois|duas|tr[êe]s|un|une|dos|deux|trois|zwei|drei)\s+(dias?|d[íi]as|jours?|tagen?|horas?|heures?|stunden?|minutos?|minutes?|minuten?|semanas?|semaines?|wochen?)(?![\p{L}])/giu,
    (_, count = '', unit = '') => `in ${foreignCount[count.toLowerCase()] ?? count} ${foreignUnit(unit)}`,
    ['dia', 'día', 'jour', 'tag', 'hora', 'heure', 'stunde', 'minut', 'semana', 'semaine', 'woche'],
  ],
];

/** Small counts said in Portuguese, Spanish, French or German ("daqui a dois dias"). */
const foreignCount: Readonly<Record<string, number>> = { um: 1, uma: 1, un: 1, une: 1, dois: 2, duas: 2, dos: 2, deux: 2, zwei: 2, três: 3, tres: 3, trois: 3, drei: 3 };
/** "dias", "jours", "Tagen", "horas", "minutos", "semanas": the unit in English. */
function foreignUnit(said: string): string {
  const unit = said.toLowerCase();
  return /^[djt]/.test(unit) ? 'days' : /^(?:h|st)/.test(unit) ? 'hours' : /^m/.test(unit) ? 'minutes' : 'weeks';
}

/** Months said in French, Spanish, Portuguese, Italian, German, Dutch, Swedish and Polish (as a date says them), by their number from 0. */
const monthsAbroad: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'janvier enero janeiro gennaio januar januari stycznia',
    'février fevrier febrero fevereiro febbraio februar februari lutego',
    'mars marzo março märz maerz maart marca',
    'avril abril aprile kwietnia',
    'mai mayo maio maggio mei maj maja',
    'juin junio junho giugno juni czerwca',
    'juillet julio julho luglio juli lipca',
    'août aout agosto augustus augusti sierpnia',
    'septembre septiembre setiembre setembro settembre września wrzesnia',
    'octobre octubre outubro ottobre oktober października pazdziernika',
    'novembre noviembre novembro listopada',
    'décembre decembre diciembre dezembro dicembre dezember grudnia',
  ].flatMap((words, month) => words.split(' ').map((word) => [word, month] as const)),
);
/**
 * A day of the month and its time as Portuguese, French and Spanish say them, slipped into English: "dia 12 às 15h",
 * "le 12 à 14h30", "el 9 a las 10": the 12th at 15:00 ("às", "à", "a las" are "at"; only before a number).
 */
const romanceDates: readonly Rewrite[] = [
  // "5 januari", "14 gennaio", "le 3 février", "el 9 de enero", "17. Dezember", "8 stycznia": a day and its month in
  // another language, named in English (only beside the day's number: "mars" and "mai" alone are other words).
  [
    new RegExp(String.raw`(?<![\p{L}\d.,:/])(0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?(${Object.keys(monthsAbroad).join('|')})(?![\p{L}])`, 'giu'),
    (_, day = '', month = '') => `${monthsInFull[monthsAbroad[month.toLowerCase()] ?? -1] ?? month} ${Number(day)}`,
    [aDigit],
  ],
  // "12月17日 14時", "12월 17일 14시 30분": a date and a time said in Japanese, Chinese or Korean figures.
  [/(?<!\d)(0?[1-9]|1[0-2])\s*[月월]\s*(0?[1-9]|[12]\d|3[01])\s*[日일号]/gu, (_, month = '', day = '') => ` ${monthsInFull[Number(month) - 1] ?? ''} ${Number(day)} `, ['月', '월']],
  [/(?<!\d)([01]?\d|2[0-3])\s*[時时시](?:\s*([0-5]?\d)\s*[分분])?/gu, (_, hours = '', minutesSaid = '') => ` at ${hours}:${twoDigits(Number(minutesSaid || '0'))} `, ['時', '时', '시']],
  [/\b(?:dia|le|el)\s+(0?[1-9]|[12]\d|3[01])\b(?![:.h]\d|\s*(?:h\b|am\b|pm\b|%|k\b))/giu, (_, day = '') => `the ${dayOrdinal(Number(day))}`, [aDigit]],
  [/(?<![\p{L}])(?:às|ás|à|a\s+las|a\s+la)(?=\s+\d{1,2}(?:[:h.]\d{2}|h|\b))/giu, 'at', ['à', 'á', 'la']],
  // The same "at" in Italian, Dutch, the Scandinavian languages, Polish and Turkish: "alle 14:30", "om 13.00", "kl 13",
  // "klockan 9", "godz. 10", "saat 10:00"; Polish "o" only right after a day ("friday o 12", said "w piątek o 12"; "15
  // stycznia o 10", its month named in English above).
  [/(?<![\p{L}])(?:alle|om|kl\.?|klockan|klokka|godz\.?|godzinie|saat)(?=\s*\d{1,2}(?:[:h.]\d{2}|h|\b))(?!\s*\d{1,2}\s*(?:days?|weeks?|hours?|mins?|minutes?)\b)/giu, 'at ', [aDigit]],
  [new RegExp(String.raw`(?<=\b(?:${weekday}|today|tomorrow|(?:${monthsInFull.join('|')})\s+\d{1,2})\s{1,3})o(?=\s+\d{1,2}(?:[:.]\d{2})?\b)`, 'giu'), 'at', [aDigit]],
  // The same said in English words: "on day 15 at 14h", "at the day 11 of December", "at 16 hours" (16:00; "in 16 hours" is a span).
  [
    /\b(?:on|at|for)\s+(?:the\s+)?day\s+(0?[1-9]|[12]\d|3[01])(?:\s+of\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))?\b(?!\s+of\b|[:.h]\d)/giu,
    (_, day = '', month = '') => (month ? `on ${month} ${Number(day)}` : `on the ${dayOrdinal(Number(day))}`),
    ['day'],
  ],
  [/\bat\s+([01]?\d|2[0-3])\s+hours\b/giu, (_, hours = '') => `at ${hours}:00`, ['hours']],
];
const dayOrdinal = (day: number): string => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

const monthWordsShort = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;
/** A weekday's name, short or whole, as the 24-hour clocks below are found beside. */
const weekdayNear = String.raw`\b${weekday}\.?`;
/** A zone's letters after a time ("1500 UTC", "0800 AEST"), spelt out: a bare "[A-Z]{3}T" would take "best" and "last". */
const zoneLetters = String.raw`(?:utc|gmt|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|aest|aedt|awst|acst|nzst|nzdt|sgt|hkt|jst|kst|pht|wib)`;
/** What marks four figures ("1430", "0900") as a time: "hrs", a zone, a weekday, "central", "local". */
const clockAfter = String.raw`(?:\s*(?:hrs?|hours|h)\b|\s+(?:${zoneLetters}|central|eastern|pacific|mountain|local|${weekday})\b)`;

/**
 * The 24-hour clock written without a colon, as much of the world writes it: "1430hrs", "0900 Monday", "Monday 0600",
 * "1500 UTC", "make it 0930"; "14.00", "13.30", "at 9.30" (the Polish, Dutch, Scandinavian and British habit). Four
 * figures are a time with "hrs", a zone, a leading zero, "at" or a weekday beside them (never a year: "in 2027"); a
 * dot between hour and minutes is a time when the minutes cannot be a month ("13.30"), are "00", or "at" comes first;
 * otherwise "on 10.12", "the 3.12" are a day and month ("December 10"), as the trailing-dot dates above.
 */
const twentyFourHourClocks: readonly Rewrite[] = [
  // "0600Z", "14:30Z": Zulu time, as pilots, the sea and the forces write UTC.
  [/(?<![\d.,:/£$€-])\b([01]\d|2[0-3]):?([0-5]\d)\s?Z\b/g, 'at $1:$2 UTC', ['z']],
  [
    new RegExp(
      String.raw`(?:(?<=^|[^\d.,:/£$€-])\b(at|@|by|from|until|till|to)\s+)?(?<![\d.,:/£$€-])\b(?:([01]\d|2[0-3])([0-5]\d)(?=${clockAfter})|([01]\d|2[0-3])([0-5]\d)(?<=(?:\b(?:at|@|by|from|until|till|to|it|that)\s{1,3}|${weekdayNear}\s{1,3})\d{4})|(0\d)([0-5]\d))(?![\d.,:/-]\d|\d|\s+\d{2,})(?:\s*(?:hrs?|hours|h)\b)?`,
      'gi',
    ),
    // ("at" is said for chrono, which reads "08:00 Mon" as minutes and a day.)
    (_, lead = '', hours = '', minutesSaid = '', hoursAt = '', minutesAt = '', hoursZero = '', minutesZero = '') =>
      `${lead && lead !== '@' ? lead : 'at'} ${hours || hoursAt || hoursZero}:${minutesSaid || minutesAt || minutesZero}`,
    [aDigit],
  ],
  [
    /(?<![\d.,:/£$€])\b(?:(at|um|@|by|from|until|till|to|it|that)\s+)?([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]\d|\s*%)/gi,
    (whole, at = '', hours = '', minutesSaid = '') => {
      const minute = Number(minutesSaid);
      const lead = at ? `${at.toLowerCase() === 'um' ? 'at' : at} ` : '';
      // ("move it to 16.12", "push it to 3.01": after "to", figures no one sets a clock to (not five minutes apart) that can
      // be a month are a day and its month, as a move says them.)
      if (/^to$/i.test(at) && minute >= 1 && minute <= 12 && minute % 5 !== 0) return whole;
      // (Without "at", only the quarters: "salary 3.20" and "rated 4.5" are no times.)
      return at || (minute % 15 === 0 && (minute > 12 || minutesSaid === '00')) ? `${lead}${hours}:${minutesSaid}` : whole;
    },
    ['.'],
  ],
  // "12 Dec, 1000", "3 January 0930": four figures right after a day and its month are its time (never a year: 19xx, 20xx).
  [
    new RegExp(String.raw`(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWordsShort}[a-z]*\.?\s{0,2}[,-]?\s{1,3})(?!19|20)([01]\d|2[0-3])([0-5]\d)\b(?![\d.,:/-]\d)`, 'gi'),
    (_, hours = '', minutes = '') => `at ${hours}:${minutes}`,
    [aDigit],
  ],
  // "18/12 - 14:00", "9.1. – 10:30": a dash between a date in figures and its time.
  [/(?<=\b\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?\.?)\s+[-–—]\s+(?=\d{1,2}[:.h]\d{2}\b)/g, ' at ', ['-', '–', '—']],
  // "on 10.12", "the 3.12": a day and a month after "on" or "the" (the dates with a closing dot are read above).
  [/(?<=\b(?:on|the|am|for|until|till|by|to)\s{1,3})(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\b(?![.,]\d)/gi, (_, day = '', month = '') => `${monthsInFull[Number(month) - 1] ?? ''} ${Number(day)}`, ['.']],
  // "rem fri 3 acme", "intv wed 10 globex": an hour said bare right after a weekday is that hour (never "Monday 4 January").
  [
    new RegExp(String.raw`(?<=${weekdayNear}\s{1,3})(1[0-2]|0?[1-9])\b(?!\s*(?:st|nd|rd|th|[:./-]\d|am\b|pm\b|%|k\b|or\b|-?ish|days?\b|weeks?\b|hours?\b|hrs?\b|mins?\b|minutes?\b|months?\b|jobs?\b|people\b|(?:of\s+)?${monthWordsShort}))`, 'gi'),
    'at $1',
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ],
  // "the 12 at 3pm", "on the 9, 10:30": a day of the month said without its "th", right before a time.
  [/\b(the\s+)(0?[1-9]|[12]\d|3[01])\b(?=\s*,?\s*(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b(?!\s*(?:%|k\b|days?|weeks?|hours?|mins?|minutes?|people|jobs?|years?)))/gi, (_, the = '', day = '') => `${the}${dayOrdinal(Number(day))}`, [aDigit]],
  // "am Mittwoch, nicht Dienstag": the German "on" and "not" beside a day (the weekday already said in English).
  [new RegExp(String.raw`\bam\s+(?=${weekday}\b)`, 'gi'), 'on ', ['am']],
  [new RegExp(String.raw`\bnicht\s+(?=(?:am\s+|um\s+|on\s+|at\s+)?(?:${weekday}\b|\d))`, 'gi'), 'not ', ['nicht']],
  // "samedi prochain", "el próximo lunes", "nächsten Montag": next week's day (the weekday already said in English).
  [/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:prochain|próximo|proximo|que\s+vem)\b/giu, 'next $1', ['prochain', 'próximo', 'proximo', 'vem']],
  [/(?<![\p{L}])(?:(?:el|le)\s+)?(?:prochain|próximo|proximo|nächsten|naechsten|kommenden)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/giu, 'next $1', ['prochain', 'próximo', 'proximo', 'nächsten', 'naechsten', 'kommenden']],
];

/** Hours said in words only ("at nine"; digits are read as they are). */
const hourInWords = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const minutesInWords = (said: string): string => ({ fifteen: ':15', thirty: ':30' } as Record<string, string>)[said.toLowerCase()] ?? (/^forty/i.test(said) ? ':45' : '');
const monthWords = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ordinalUnits = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ordinalTeens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const dayOrdinalWords = String.raw`(?:twenty[\s-]?(?:${ordinalUnits.join('|')})|thirty[\s-]?first|twentieth|thirtieth|${ordinalTeens.join('|')}|${ordinalUnits.join('|')})`;

/** "twenty third" → "23rd", "twelfth" → "12th". */
function dayOrdinalInFigures(said: string): string {
  const words = said.toLowerCase().split(/[\s-]+/);
  const last = words.at(-1) ?? '';
  const tens = words.length > 1 ? (words[0] === 'thirty' ? 30 : 20) : 0;
  const day =
    last === 'twentieth' ? 20 : last === 'thirtieth' ? 30 : ordinalTeens.includes(last) ? 10 + ordinalTeens.indexOf(last) : tens + ordinalUnits.indexOf(last) + 1;
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/**
 * Days said short or loosely that only a reminder's date readers take (an alert's schedule has
 * its own: "thu" in "mon-thu" is a range): "2day", "thu", "day after tomorrow", "in a
 * fortnight", "the week after next", and the holidays people name a day by.
 */
export const reminderDayWords: readonly Rewrite[] = [
  [/\b(?:2day)\b/gi, 'today', ['2day']],
  // "next tomorrow": the day after tomorrow, as Nigerian English says it (trial s48 #42).
  [/\bnext\s+tomorrow\b/gi, 'in 2 days', ['tomorrow']],
  // "by 10am", "by 9:30": a reminder wished by a time of day rings at it (as an alert's "every morning by 7am").
  [/\bby\s+(?=\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b)/gi, 'at ', ['by']],
  // Weekdays said in French, Spanish or German ("entretien mardi 10h", "el jueves a las 3"): the day meant.
  ...foreignWeekdays,
  ...romanceDates,
  ...twentyFourHourClocks,
  // "eleven a m", "9 p.m.", "two thirty pm", "at nine": the time said in words or with its letters apart.
  [new RegExp(String.raw`\b(${hour})(?:[\s-](fifteen|thirty|forty[\s-]five|o'?clock))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![\p{L}])`, 'giu'), (_, said = '', minutesSaid = '', meridiem = '') => `${hourOf(said)}${minutesInWords(minutesSaid)}${/^a/i.test(meridiem) ? 'am' : 'pm'}`, [aDigit, 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']],
  [new RegExp(String.raw`\b(${hourInWords})[\s-](fifteen|thirty|forty[\s-]five)\b`, 'gi'), (_, said = '', minutesSaid = '') => `${hourOf(said)}${minutesInWords(minutesSaid)}`, ['fifteen', 'thirty', 'forty']],
  [new RegExp(String.raw`\b(at\s+)(${hourInWords})\b(?!\s+(?:of|point|stage|time|days?|weeks?|hours?|mins?|minutes?|people|jobs?)\b)`, 'gi'), (_, at = '', said = '') => `${at}${hourOf(said)}`, ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']],
  // "lunchtime", "at lunch": midday.
  [/\b(?:at\s+)?(?:lunch[\s-]?time|lunch)\b(?!\s+(?:break|with|meeting|interview|call)\b)/gi, 'at 12pm', ['lunch']],
  // "the twenty third", "december twelfth", "on the fourteenth": a day of the month said in words.
  [
    new RegExp(String.raw`(?<=\b(?:the|on|${monthWords})\s{1,3})(${dayOrdinalWords})\b(?![\s-]+(?:round|stage|interview|one|job|choice|place|time|attempt|step|call|year|floor|shift|draft|version|letter|reminder)s?\b)`, 'gi'),
    (said) => dayOrdinalInFigures(said),
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'twentieth', 'thirtieth'],
  ],
  [/\bthu\b/gi, 'thursday', ['thu']],
  // "am Do.", "on Fr. at 9", "Donnerstag": the German weekdays (the short ones only after "on"/"am"/"next": "do." ends English sentences too).
  [/\b(?:mo|di|mi|do|fr|sa|so)(?<=\b(?:on|am|next|this|by|until)\s{1,3}\w\w)\.(?=\s|,|$)/gi, (said) => germanWeekdays[said.slice(0, 2).toLowerCase()] ?? said, ['.']],
  [/\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/gi, (said) => germanWeekdays[said.slice(0, 2).toLowerCase()] ?? said, ['tag', 'mittwoch']],
  [/\b(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw)\b/gi, 'in 2 days', ['after']],
  // "the next day", "the following day": tomorrow for a new reminder (a move counts it from the reminder's own day).
  [/\b(?:the\s+)?(?:next|following)\s+day\b/gi, 'tomorrow', ['next', 'following']],
  [/\b(?:a|one)\s+fortnight\b|\bfortnight\b/gi, '2 weeks', ['fortnight']],
  [/\b(?:in\s+)?the\s+week\s+after\s+next\b/gi, 'in 2 weeks', ['after']],
  [/\bnew\s+year'?s\s+eve\b/gi, 'december 31', ['year']],
  [/\bnew\s+year'?s(?:\s+day)?\b/gi, 'january 1', ['year']],
  [/\bchristmas\s+eve\b|\bxmas\s+eve\b/gi, 'december 24', ['christmas', 'xmas']],
  [/\b(?:christmas|xmas)(?:\s+day)?\b/gi, 'december 25', ['christmas', 'xmas']],
  [/\bboxing\s+day\b|\bst\.?\s+stephen'?s\s+day\b/gi, 'december 26', ['boxing', 'stephen']],
];

/** The German weekdays by their first two letters (which their short forms are: "Do." is Thursday). */
const germanWeekdays: Readonly<Record<string, string>> = {
  mo: 'monday', di: 'tuesday', mi: 'wednesday', do: 'thursday', fr: 'friday', sa: 'saturday', so: 'sunday',
};

/** Tidied words, and where each of their characters came from in the words as typed. */
export interface TidiedWords {
  text: string;
  /** The span of the typed words that `text.slice(start, end)` was made from. */
  typedSpan: (start: number, end: number) => [number, number];
}

/**
 * `tidyTimeWords`, keeping track of where each tidied character came from, so a date found
 * in the tidied words can be passed on as the person typed it ("tmrw 9ish", not "tomorrow at 9").
 *
 * @example
 * const tidied = tidyTimeWordsTracked('call them tmrw');
 * typed.slice(...tidied.typedSpan(10, 18)); // 'tmrw'
 */
export function tidyTimeWordsTracked(typed: string, more: readonly Rewrite[] = noMore): TidiedWords {
  // One message's words are tidied again by each reader of dates (the reminder's, the alert's, the schedule's): the same
  // words and rewrites give the same tidied words, so the ones tidied lately are kept (the result is never changed).
  const tidied = tidiedLately.get(more) ?? new Map<string, TidiedWords>();
  tidiedLately.set(more, tidied);
  let made = tidied.get(typed);
  if (!made) {
    made = tidy(typed, more);
    if (tidied.size >= REMEMBERED_TIDIED) tidied.delete(tidied.keys().next().value as string);
    tidied.set(typed, made);
  }
  return made;
}

const noMore: readonly Rewrite[] = [];
/** Words tidied lately, per list of further rewrites, with what they became. */
const tidiedLately = new WeakMap<readonly Rewrite[], Map<string, TidiedWords>>();
const REMEMBERED_TIDIED = 512;

function tidy(typed: string, more: readonly Rewrite[]): TidiedWords {
  let text = typed;
  // For each character of `text`: the span of `typed` it stands for (made at the first change: most texts have none).
  let origin: Array<[number, number]> | undefined;
  let said = wordsOf(text);
  for (const list of [rewrites, more]) {
    for (const [pattern, replacement, needs] of list) {
      if (!holdsAny(said, needs)) continue;
      const changes: Array<[number, number, number]> = [];
      const next = text.replace(pattern, (...args: unknown[]) => {
        const named = typeof args[args.length - 1] === 'object';
        const offset = args[args.length - (named ? 3 : 2)] as number;
        const match = args[0] as string;
        const groups = args.slice(1, args.length - (named ? 3 : 2)).map((group) => (typeof group === 'string' ? group : ''));
        const made = typeof replacement === 'string' ? replacement.replace(/\$(\d)/g, (_, index: string) => groups[Number(index) - 1] ?? '') : replacement(match, ...groups);
        changes.push([offset, match.length, made.length]);
        return made;
      });
      if (changes.length === 0) continue;
      origin ??= Array.from(typed, (_, index) => [index, index + 1]);
      const moved: Array<[number, number]> = [];
      let cursor = 0;
      for (const [offset, length, madeLength] of changes) {
        for (; cursor < offset; cursor++) moved.push(origin[cursor] ?? [cursor, cursor + 1]);
        const from = origin[offset]?.[0] ?? origin[offset - 1]?.[1] ?? 0;
        const to = length > 0 ? (origin[offset + length - 1]?.[1] ?? from) : from;
        for (let index = 0; index < madeLength; index++) moved.push([from, to]);
        cursor = offset + length;
      }
      for (; cursor < text.length; cursor++) moved.push(origin[cursor] ?? [cursor, cursor + 1]);
      text = next;
      origin = moved;
      said = wordsOf(text);
    }
  }
  if (!origin) {
    // Nothing changed: each character stands for itself (counted as the origin made at a change counts them, by code point).
    const points = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(typed) ? Array.from(typed).length : typed.length;
    const own = (index: number) => index >= 0 && index < points;
    const from = (start: number) => (own(start) ? start : typed.length);
    return { text, typedSpan: (start, end) => (end <= start ? [from(start), from(start)] : [from(start), own(end - 1) ? end : typed.length]) };
  }
  return {
    text,
    typedSpan: (start, end) => {
      if (end <= start) {
        const at = origin[start]?.[0] ?? typed.length;
        return [at, at];
      }
      return [origin[start]?.[0] ?? typed.length, origin[end - 1]?.[1] ?? typed.length];
    },
  };
}

/** A text as `Needs` are looked up in: lower-cased, and whether it holds a figure. */
interface WordsOf {
  lower: string;
  digit: boolean;
}

function wordsOf(text: string): WordsOf {
  const lower = text.toLowerCase();
  // (A pattern with the `u` and `i` flags reads the long s, "ſ", as "s"; lower-casing leaves it.)
  return { lower: lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower, digit: /\d/.test(text) };
}

/** Whether a text holds one of what a rewrite needs. */
function holdsAny({ lower, digit }: WordsOf, needs: Needs): boolean {
  for (const need of needs) if (need === aDigit ? digit : lower.includes(need)) return true;
  return false;
}

/**
 * Times and days typed the way people type them in chat, written the way the date readers
 * (chrono, `scheduleFromWords`) read them: "half past two" → "2:30", "quarter past 8" →
 * "8:15", "quarter to nine" → "8:45", "ten past 3" → "3:10", "3 in the afternoon" → "3pm",
 * "8 in the morning" → "8am", "tmrw"/"2moro" → "tomorrow", "end of day" → "at 5pm",
 * "first thing" → "at 9am", "after the weekend" → "monday", "monday week" → "a week from
 * monday", and the short day names "tues", "weds", "thurs" → the whole names. Everything
 * else is left as typed.
 *
 * @example
 * tidyTimeWords('thurs at half past two'); // 'thursday at 2:30'
 */
export function tidyTimeWords(text: string): string {
  return tidyTimeWordsTracked(text).text;
}

/**
 * The hour a time said without am or pm means: one to six o'clock is in the afternoon
 * ("the phone screen is thursday at 2" is at 14:00, not 02:00); a 24-hour time written with
 * its leading zero ("02:00") and every other hour stay as said.
 *
 * @example
 * afternoonHour(2, '2'); // 14
 */
export function afternoonHour(hourSaid: number, digits: string): number {
  return hourSaid >= 1 && hourSaid <= 6 && !digits.startsWith('0') ? hourSaid + 12 : hourSaid;
}

/** A word that says a time of day: "3", "14:30", "2pm", "10h", "9ishh", "7.15am". */
const timeToken = /^\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h|ish\p{L}*|o'?clock)?$/iu;

/**
 * The words of `text` that say a time of day but lie outside the part a date reader read
 * (`readPart`): "friday at 2ishh" read as "friday" leaves "2ishh". A reminder with such a word
 * is asked about, never set for a time the person did not say.
 *
 * @example
 * unreadTimeWords('friday 2 or so', 'friday'); // ['2']
 */
export function unreadTimeWords(text: string, readPart: string): string[] {
  const rest = readPart ? text.replace(readPart, ' ') : text;
  return rest.split(/[\s,;!?()]+/).filter((word) => timeToken.test(word.replace(/[.:]+$/, '')));
}
