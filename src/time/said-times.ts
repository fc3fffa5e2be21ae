/** Hours said in words, as "half past two" and "quarter to nine" say them. */
const hourWords: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const hour = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const hourOf = (said: string): number => hourWords[said.toLowerCase()] ?? Number(said);

/**
 * Times and days typed the way people type them in chat, written the way the date readers
 * (chrono, `scheduleFromWords`) read them: "half past two" → "2:30", "quarter past 8" →
 * "8:15", "quarter to nine" → "8:45", "3 in the afternoon" → "3pm", "8 in the morning" →
 * "8am", "tmrw"/"2moro" → "tomorrow", and the short day names "tues", "weds", "thurs" →
 * the whole names. Everything else is left as typed.
 *
 * @example
 * tidyTimeWords('thurs at half past two'); // 'thursday at 2:30'
 */
export function tidyTimeWords(text: string): string {
  return (
    text
      .replace(new RegExp(String.raw`\bhalf\s+past\s+(${hour})\b`, 'gi'), (_, said: string) => `${hourOf(said)}:30`)
      .replace(new RegExp(String.raw`\b(?:a\s+)?quarter\s+past\s+(${hour})\b`, 'gi'), (_, said: string) => `${hourOf(said)}:15`)
      .replace(new RegExp(String.raw`\b(?:a\s+)?quarter\s+(?:to|til|till)\s+(${hour})\b`, 'gi'), (_, said: string) => {
        const before = hourOf(said) - 1;
        return `${before === 0 ? 12 : before}:45`;
      })
      // "at half 7" (British for 7:30), only after "at", "to" or "till", or as the whole of the words ("move it to half 2"): "half" alone is too common a word.
      .replace(new RegExp(String.raw`(^|\b(?:at|to|till|until|for)\s+|@\s*)half\s+(${hour})\b`, 'gi'), (_, at: string, said: string) => `${at}${hourOf(said)}:30`)
      // "3 in the afternoon", "8 in the morning", "9 at night", "7 in the evening".
      .replace(
        new RegExp(String.raw`\b(${hour}(?::\d{2})?)\s+(?:o'?clock\s+)?(in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b`, 'gi'),
        (_, said: string, part: string) => {
          const [hours, minutes] = said.split(':');
          const time = `${hourOf(hours ?? '')}${minutes ? `:${minutes}` : ''}`;
          return `${time}${/morning/i.test(part) ? 'am' : 'pm'}`;
        },
      )
      // "at 3 o'clock": the hour.
      .replace(new RegExp(String.raw`\b(at\s+)(${hour})\s+o'?clock\b`, 'gi'), (_, at: string, said: string) => `${at}${hourOf(said)}`)
      // "10h30", "18h", "14h00": the 24-hour clock as much of Europe and Latin America writes it ("in 9h" stays hours).
      .replace(/(?<!\b(?:in|for|within|after)\s+)\b([01]?\d|2[0-3])h([0-5]\d)?\b/gi, (_, hours: string, minutes: string | undefined) => `${hours}:${minutes ?? '00'}`)
      .replace(/\b(?:tmrw|tmr|tmrow|tomoz|2morrow|2moro|2morow|2mrw|tomoro|tomorro|tomorow|tommorow|tommorrow)\b/gi, 'tomorrow')
      // "9ish", "around 3", "@ 10", "~2pm": an approximate time is that time (the reminder rings then, not at 09:00).
      .replace(/(?<![\d:.])(\d{1,2}(?:[:.]\d{2})?)\s*(am|pm)?\s*-?\s*ish\b/gi, (_, time: string, meridiem: string | undefined) => `at ${time}${meridiem ?? ''}`)
      .replace(/(?:\b(?:around|about|approx(?:imately)?|roughly|circa|(?:at\s+)?(?:around|about))\s+|~\s*|@\s*)(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?![\d/-]|\s*(?:days?|weeks?|months?|hours?|hrs?|mins?|minutes?)\b))/gi, 'at ')
      .replace(/\bat\s+at\b/gi, 'at')
      // Parts of the day said short: "arvo", "tmrw eve", "sat am", "first thing monday", "after lunch".
      .replace(/\b(?:this\s+)?arvo\b/gi, (said: string) => (/^this/i.test(said) ? 'this afternoon' : 'afternoon'))
      .replace(/\b(tomorrow|today|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\s+(?:eve|evening)\b/gi, '$1 evening')
      .replace(/\b(tomorrow|today|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\s+(am|pm)\b(?!\s*\d)/gi, (_, day: string, part: string) => `${day} ${/am/i.test(part) ? 'morning' : 'afternoon'}`)
      .replace(/\bfirst\s+thing(?:\s+in\s+the\s+morning)?\s+(?:on\s+)?(tomorrow|(?:next\s+|this\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/gi, '$1 morning')
      .replace(/\b(tomorrow|(?:next\s+|this\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\s+first\s+thing\b/gi, '$1 morning')
      .replace(/\bafter\s+lunch\s+(?:on\s+)?((?:next\s+|this\s+)?(?:tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*))\b/gi, '$1 afternoon')
      .replace(/\bafter\s+lunch\b/gi, 'afternoon')
      // "in 2 wks", "in 3 hrs": the units chrono does not know short.
      .replace(/\b(\d{1,3}|a|an|a\s+couple\s+of|a\s+few)\s+wks?\b/gi, '$1 weeks')
      .replace(/\b(\d{1,3}|an?)\s+hrs?\b/gi, '$1 hours')
      .replace(/\btues\b/gi, 'tuesday')
      .replace(/\b(?:weds|wednes)\b/gi, 'wednesday')
      .replace(/\b(?:thurs|thur)\b/gi, 'thursday')
  );
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
