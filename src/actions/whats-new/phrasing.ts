import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { whatsNewArgs } from './args.ts';
import { whatsNewUtterances } from './utterances.ts';
import { sinceFromWords } from '../../alerts/since-from-words.ts';

type Args = z.input<typeof whatsNewArgs>;

const when = '(?<since>yesterday|today|last\\s+night|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\\s+morning|this\\s+week|last\\s+week|(?:the\\s+)?week-?end|the\\s+\\d{1,2}(?:st|nd|rd|th)|(?:the\\s+)?(?:last|past)\\s+\\d{1,3}\\s+(?:hours?|days?|weeks?)|i\\s+(?:last\\s+)?(?:checked|looked|asked)|last\\s+time|while\\s+i\\s+(?:was|were)\\s+(?:asleep|sleeping|away|out|off(?:\\s+shift)?|at\\s+work|on\\s+shift|working))';
/** `when` anywhere in a sentence. */
const whenSaid = new RegExp(when);

/** "since Monday" and "since yesterday" as other languages say them: "desde ayer", "seit Montag", "depuis hier", "sinds gisteren". */
const otherWhen = '(?:\\s+(?:desde|seit|depuis|sinds|dal|dall[\'’]|da|von)\\s*(?<since>(?:el\\s+|o\\s+|a\\s+|le\\s+|la\\s+|das\\s+|dem\\s+|het\\s+|l[\'’])?[\\p{L}\'’-]+(?:\\s+(?:de\\s+semana|[àa]\\s+noite|soir|abend|nacht|semana|woche|semaine|week|settimana|mañana|matin))?))?';

/** What comes after a question and adds nothing: "lah", "mate", "then". */
const tail = '(?:\\s+(?:lah|la|leh|mate|then|now|pls|please|thanks))*';
/**
 * The arguments of a since said: kept as said when it names a time ("yesterday", "ayer", "the 1st"), "last night" for
 * "while I was asleep"; none when it names none ("since I last checked", "while I was off shift": the unread ones).
 */
const reading = (since: string | undefined) => {
  const said = since && /^while\s+i\s+(?:was|were)\s+(?:asleep|sleeping)$/.test(since) ? 'last night' : since;
  return { args: said && sinceFromWords(said, new Date(), 'UTC') ? { since: said } : {} };
};


/**
 * How people ask what their alerts and reminders brought: "what's new since yesterday?",
 * "anything new?", "what did my alerts find?", "check my inbox".
 */
export const whatsNewPhrasing = definePhrasing<Args>({
  priority: 35,
  utterances: whatsNewUtterances,
  capability: 'tell you what is new in your notifications',
  describe: ({ since }) => (since ? `tell you what is new since ${since}` : 'tell you what is new'),
  readSentence: (clause) => reading(whenSaid.exec(clause.lower)?.groups?.since),
  intents: [
    {
      // "mark them all read", "mark my notifications as read", "mark everything as seen", "set all to read"
      pattern: /^(?:(?:ok|okay|thanks|cool|great)[\s,!]+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|just\s+)?(?:mark|set|flag)\s+(?:them|those|these|all|everything|every\s+one|(?:all\s+)?(?:of\s+)?(?:them|my|the)(?:\s+(?:new|unread))?(?:\s+(?:notifications?|alerts?|messages?|inbox|ones))?)(?:\s+(?:all|of\s+them))?\s+(?:as\s+|to\s+)?(?:read|seen|done)(?:\s+(?:please|pls|now|thanks))?$/,
      confidence: 'certain',
      read: () => ({ args: { mark_read: true } }),
    },
    {
      // "what's new since yesterday?", "anything new today?", "what's new?"
      pattern: new RegExp(`^(?:so\\s+|ok\\s+|hey\\s+)?(?:what(?:'s|\\s+is|s)|anything|any\\s*thing|is\\s+there\\s+anything|got\\s+anything|any\\s+news|any\\s+updates?|what\\s+happened|what(?:'s|\\s+has)\\s+(?:come\\s+in|happened|changed))(?:\\s+(?:new|for\\s+me|at\\s+all))*(?:\\s+(?:since|from|for|over)?\\s*${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "what did my alerts find (yesterday)?", "show my notifications", "check my inbox"
      pattern: new RegExp(`^(?:(?:show|check|read|open|list)(?:\\s+me)?\\s+(?:my\\s+|the\\s+)?(?:inbox|notifications|unread\\s+notifications)|what\\s+did\\s+(?:my\\s+|the\\s+)?alerts?\\s+(?:find|turn\\s+up|bring|catch)|(?:do\\s+i\\s+have|have\\s+i\\s+got|any)\\s+(?:new\\s+|unread\\s+)?notifications)(?:\\s+(?:since\\s+)?${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "any new jobs since yesterday", "anything new from my alerts today": new things with no search in them.
      pattern: new RegExp(`^(?:any|anything|got\\s+any|are\\s+there\\s+any)\\s+new\\s*(?:jobs?|postings?|openings?|matches|roles|listings|ones|stuff)?(?:\\s+(?:for\\s+me|from\\s+(?:my|the)\\s+alerts?|come\\s+in))*(?:\\s+(?:since|from|for|over)?\\s*${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "whats come in the last 3 days", "there is something new for me?", "new jobs from my alerts?", "any new matches or
      // reminders I haven't seen yet?": what came in, said loosely (no search in it).
      pattern: new RegExp(
        `^(?:(?:so|ok|hey|hi)\\s+)?(?:what(?:'s|s|\\s+has|\\s+have)?\\s+(?:come|came|arrived|landed|turned\\s+up)(?:\\s+in)?|there\\s+(?:is|are)\\s+(?:something|anything)\\s+new|(?:is\\s+there\\s+|got\\s+)?(?:something|anything)\\s+new|(?:any\\s+)?new\\s+(?:jobs?|matches|openings|postings|stuff|things)\\s+(?:from|in)\\s+(?:my|the)\\s+(?:alerts?|inbox)|any\\s+new\\s+(?:matches|jobs|openings|notifications)\\s+(?:or|and)\\s+(?:reminders|notifications|alerts)(?:\\s+(?:that\\s+)?i\\s+(?:haven'?t|have\\s+not|didn'?t)\\s+seen(?:\\s+yet)?)?)(?:\\s+(?:for\\s+me|yet|at\\s+all))*(?:\\s+(?:since|from|for|over|in)?\\s*${when})?$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "clear the unread", "clear the unread badge", "ok I've seen them, clear my notifications", "dismiss them all":
      // marking read said as clearing.
      pattern: /^(?:(?:ok|okay|thanks|cool|great|right)[\s,!]+)?(?:i(?:'ve|\s+have)\s+(?:seen|read)\s+(?:them|those|these|it|everything)(?:\s+(?:all|already|now))?[\s,;!-]+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|just\s+)?(?:clear|dismiss|reset|zero)\s+(?:out\s+)?(?:all\s+)?(?:(?:the|my)\s+)?(?:(?:unread|new)(?:\s+(?:badge|count|counter|ones|notifications?|messages?|dot))?|notifications?|inbox|badge|them(?:\s+all)?|(?:them|those)\s+all)(?:\s+(?:please|pls|now|for\s+me))?$/,
      confidence: 'certain',
      read: () => ({ args: { mark_read: true } }),
    },
    {
      // "unread?", "notifications?", "notifications for the last 3 days?", "my notifications since monday", "inbox?":
      // the inbox named alone, with a time or none.
      pattern: new RegExp(`^(?:(?:any\\s+)?(?:new\\s+)?(?:my\\s+)?(?:unread(?:\\s+(?:ones|notifications|alerts|messages))?|notifications|inbox)(?:\\s+(?:since|from|for|over|in)?\\s*${when})?)${tail}$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "what've I missed", "morning! what did I miss", "catch me up", "what did I miss since friday": what came in, asked
      // by what the person missed.
      pattern: new RegExp(`^(?:(?:morning|hi|hey|hello|ok|so)[\\s,!]+)*(?:what(?:'ve|\\s+have|ve)\\s+i\\s+missed|what\\s+did\\s+i\\s+miss|catch\\s+me\\s+up)(?:\\s+(?:since|from|over|in)?\\s*${when})?${tail}$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "sitrep on new postings this week", "a rundown of what's new since monday", "summary of new matches today":
      // a summary of what came in, asked for by its name.
      pattern: new RegExp(`^(?:(?:give\\s+me|can\\s+i\\s+(?:get|have)|i\\s+want|i'd\\s+like)\\s+)?(?:a\\s+|the\\s+|my\\s+)?(?:(?:quick|short|brief|little)\\s+)?(?:sitrep|rundown|roundup|round-up|recap|digest|summary|update)\\s+(?:on|of|about)\\s+(?:what(?:'s|\\s+is)\\s+new|(?:the\\s+)?new\\s+(?:postings|jobs|openings|matches|notifications|stuff))(?:\\s+(?:since|from|for|over|in)?\\s*${when})?${tail}$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "did anything land while I was off shift?", "while I was asleep did anything come in", "did the alerts find anything
      // overnight", "what did the Berlin alert turn up today", "any news from the chef alert since last night": what the
      // alerts brought, asked with a time before or after.
      pattern: new RegExp(
        `^(?:(?:so|ok|hey)\\s+)?(?:(?:since\\s+)?${when.replace('?<since>', '?<before>')}[\\s,]+)?(?:did\\s+anything(?:\\s+new)?\\s+(?:land|come\\s+in|turn\\s+up|show\\s+up|arrive|pop\\s+up|get\\s+found)|did\\s+(?:my\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,3}alerts?\\s+(?:find|turn\\s+up|catch|bring|pick\\s+up|get)\\s+(?:anything|something)(?:\\s+new)?(?:\\s+up)?|what\\s+did\\s+(?:my\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,3}alerts?\\s+(?:find|turn\\s+up|bring|catch|pick\\s+up)|(?:any\\s+news|anything\\s+new|what(?:'s|\\s+is)\\s+new)\\s+(?:from|on|in)\\s+(?:my\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,3}alerts?)(?:\\s+(?:since|from|for|over|in)?\\s*${when})?${tail}$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since ?? groups.before),
    },
    {
      // "¿qué hay de nuevo desde ayer?", "o que há de novo?", "novidades desde ontem?", "Was gibt's Neues seit Montag?",
      // "quoi de neuf depuis hier ?", "wat is er nieuw?", "che cosa c'è di nuovo?": what's new asked in another language,
      // the since kept as said (its own reader reads it: `sinceFromWords`).
      pattern: new RegExp(
        `^[¿¡]?\\s*(?:(?:y|e|und|et|en|ok|hola|olá|ola|hallo|salut|bonjour|hoi|ciao)[\\s,!]+)?(?:(?:qu[ée]|que)\\s+hay\\s+de\\s+nuevo|(?:hay\\s+)?algo\\s+nuevo|(?:alguna\\s+)?novedad(?:es)?|(?:o\\s+)?que\\s+(?:h[áa]|tem)\\s+de\\s+novo|(?:tem\\s+|h[áa]\\s+)?(?:alguma\\s+)?novidades?|(?:tem\\s+)?algo\\s+novo|was\\s+gibt(?:['’]?s|\\s+es)\\s+neues|gibt(?:['’]?s|\\s+es)\\s+(?:was|etwas)\\s+neues|(?:irgendwas|etwas|was)\\s+neues|neuigkeiten|quoi\\s+de\\s+neuf|(?:qu['’]est-ce\\s+qu['’]il\\s+y\\s+a|y\\s+a-t-il|il\\s+y\\s+a)\\s+(?:quelque\\s+chose\\s+de|de|du)\\s+(?:nouveau|neuf)|du\\s+nouveau|des\\s+nouvelles|wh?at\\s+is\\s+er\\s+nieuws?|(?:is\\s+er\\s+)?iets\\s+nieuws|(?:che\\s+)?(?:cosa\\s+)?c['’][èe]\\s+di\\s+nuovo|novit[àa])${otherWhen}\\s*[?!.]*$`,
        'u',
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
  ],
  examples: [
    { say: "what's new since yesterday?", args: { since: 'yesterday' } },
    { say: 'anything new?', args: { since: null } },
    { say: 'what did my alerts find today?', args: { since: 'today' } },
    { say: 'check my inbox', args: { since: null } },
    { say: 'mark them all as read', args: { mark_read: true } },
    { say: 'clear the unread count', args: { mark_read: true } },
    { say: 'unread notifications for the past 2 days?', args: { since: '2 days' } },
    { say: 'what have I missed since friday', args: { since: 'friday' } },
    { say: 'did anything come in while I was at work?', args: { since: null } },
    { say: 'what did the welder alert turn up overnight', args: { since: 'overnight' } },
    { say: '¿algo nuevo desde el lunes?', args: { since: 'lunes' } },
    { say: 'gibt es was Neues seit gestern?', args: { since: 'gestern' } },
    { say: 'quoi de neuf ?', args: { since: null } },
  ],
  counterExamples: ['find new remote typescript jobs', 'tell me every morning about new rust jobs', 'clear my search', 'what did the recruiter at Stripe say'],
});
