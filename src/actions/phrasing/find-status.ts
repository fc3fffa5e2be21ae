import type { JobStatus } from '../arguments/job-status.ts';

/**
 * The person's own no to an offer, said as done or decided: "I turned down the Acme offer",
 * "declined their offer", "decided to turn down the offer from Acme", "not taking the chef
 * offer", "said no thanks to Acme". Declining an offer takes the application back: withdrawn.
 * (A company's no is "they turned me down", "declined my application": rejected.)
 *
 * @example
 * ownRefusal.test("i'm going to decline the acme offer"); // true
 */
export const ownRefusal =
  /\b(?:declin(?:e|ed|ing)|turn(?:ed|ing)?\s+down|refus(?:e|ed|ing)|reject(?:ed|ing)?|pass(?:ed|ing)?\s+on|not\s+(?:taking|accepting|going\s+to\s+(?:take|accept))|won'?t\s+be\s+(?:taking|accepting)|(?:decided|chose|choosing|going)\s+not\s+to\s+(?:take|accept))(?!\s+(?:to|me|my|us)\b)\s+(?:[\w&'’.-]+\s+){0,5}?offers?\b(?!\s+(?:me|letter)\b)|\b(?:i|i'?ve|ive|i\s+have|we)\s+(?:just\s+|finally\s+|politely\s+)?(?:said\s+no(?:\s+thanks?|\s+thank\s+you)?\s+to|turned\s+(?:down|away))\s+(?!me\b|my\b|us\b)|\bsaid\s+no\s+(?:thanks?|thank\s+you)\s+to\b|\b(?:(?:going|gonna|decided|deciding|want|plan(?:ning)?|about|have)\s+to|i'?ll|i\s+will|i\s+won'?t\s+be\s+able\s+to\s+accept,?\s+(?:so\s+)?i'?ll)\s+(?:politely\s+)?(?:decline|refuse|reject|turn\s+(?:it|them)\s+down|turn\s+down|say\s+no\s+to)\s+(?:it|them|the\s+offer|their\s+offer|this\s+one|that\s+one)\b|\b(?:i|we)\s+(?:just\s+|politely\s+|finally\s+)?(?:said\s+no|declined|refused|passed\s+on\s+(?:it|them|that))\b(?!\s+(?:to|me|my|us)\b)|\b(?:i'?m|i\s+am|im|we'?re|we\s+are)\s+not\s+(?:taking|accepting)\s+(?:it|them|that)\b|\b(?:i|i'?ve|ive|i\s+have|we)\s+(?:just\s+|finally\s+|politely\s+)?turned\s+(?:[\w&'’.-]+\s+){1,4}?down\b(?<!\bturned\s+(?:me|my\s+application|us)\s+down)/;

/** The person's own yes to an offer: "I accepted the Acme offer", "i accepted acme!!". */
const acceptance = /\b(?:i|i'?ve|ive|i\s+have|we)\s+(?:just\s+|finally\s+|officially\s+|gladly\s+)?accepted\b|\baccept(?:ed|ing)\s+(?:the|their|an?|this|that)\s+(?:[\w&'’.-]+\s+){0,4}?(?:offer|job|role|position)\b/;

/** Wordings of each stage, surest first: the words a person uses, not the tracker's names. */
const stages: readonly (readonly [JobStatus, RegExp])[] = [
  [
    'withdrawn',
    // (The person's own no: "I'm not going ahead with them", "I turned the offer down", "decided against it".)
    ownRefusal,
  ],
  [
    'withdrawn',
    /\b(?:withdr[ae]wn?|withdraw(?:ing)?|pulled out|(?:to|will|i'?ll|gonna|going to|i'?m|i am|im)\s+pull(?:ing)?\s+out|pulled my (?:application|app)|retracted my application|dropped out|backed out|bow(?:ed|ing) out|not interested|(?:i'?m|i am|im|we'?re) not (?:going ahead|proceeding|continuing|pursuing)|no longer (?:pursuing|going ahead|going for)|decided against|i(?:'ve| have)? (?:declined|turned down|rejected) (?:it|them|the offer|their offer|the role|the job)|i turned (?:it|them|the offer|their offer) down|i(?:'ve| have)? (?:declined|turned down|said no to) (?:the |their )?(?:[\w&'.-]+ ){0,4}offer)\b/,
  ],
  [
    'rejected',
    /\b(?:reject(?:ed|ion|s)?|declined|turned (?:me |my application )?down|passed on (?:me|my application)|said no|it'?s a no|no luck|didn'?t get (?:it|the job)|did not get (?:it|the job)|didn'?t make it|unsuccessful|ghosted|not (?:moving|going) forward|won'?t be (?:moving|going) forward|let me go|bad news from|sa(?:y|ys|id)\s+(?:to\s+)?me\s+no|(?:choose|chose|chosen|choosed|picked|selected|hired|took|went\s+with)\s+(?:an?\s*other|other|someone\s+else|somebody\s+else|a\s+different)(?:\s+(?:person|candidate|applicant|one|guy|girl))?|(?:was|were|am|i'?m|im|been)\s+not\s+(?:selected|chosen|successful)|not\s+(?:been\s+)?(?:selected|chosen)\s+(?:for|by)|gave\s+(?:the\s+)?(?:job|role|position)\s+to\s+(?:someone|somebody|another|other))\b/,
  ],
  ['offer', acceptance],
  [
    'offer',
    // (A start date is an offer taken: "they gave me the job, i start monday".)
    /\b(?:offers?|offered|hired|got the (?:job|role|position)|landed the (?:job|role)|said yes|it'?s a yes|(?:gave|giving|give|handed)\s+me\s+the\s+(?:job|role|position)|i\s+(?:start|begin)\s+(?:work(?:ing)?\s+)?(?:on\s+|from\s+|in\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|in\s+(?:two|three|\d+|a)\b|\d{1,2}(?:st|nd|rd|th|[./]\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|(?:signed|got|have|gave\s+me|sent\s+me|offered\s+me)\s+(?:the\s+|a\s+|my\s+)?(?:job\s+|work\s+|employment\s+)?contract(?!\s+(?:jobs?|roles?|work|positions?)\b)|contract\s+(?:is\s+|was\s+)?signed|(?:they|she|he)\s+want(?:s)?\s+me\s+to\s+start|(?<!not\s|didn'?t\s|never\s)accept(?:ed|s)?\s+me\s+for\s+(?:the\s+)?(?:job|role|position))\b/,
  ],
  [
    'interviewing',
    /\binterview(?:s|ing|ed)?\b|\btrial\s+(?:shift|day|run|session)s?\b|\b(?:trade|skills?|practical)\s+test\b|\bassessment\s+(?:day|centre|center)\b|\b(?:phone|recruiter) (?:screen|call)\b|\bscreening call\b|\bon-?site\b|\bnext round\b|\b(?:second|third|final|technical|last|\d(?:st|nd|rd|th)) rounds?\b|\b(?:moved|moving|went|got|progressed|through)\s+(?:on\s+)?(?:to|through\s+to)\s+(?:the\s+)?interviews?\b|\bcall(?:ed)? (?:me )?back\b|\bcallback\b|\b(?:first|intro(?:ductory)?|initial|video|zoom|teams|hiring manager) (?:call|chat|meeting)\b|\b(?:come|pop|drop|go|head)\s+in\s+for\s+(?:a|an)\s+(?:(?:quick|informal|short)\s+)?(?:chat|meeting|talk|coffee)\b|\b(?:invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?)\s+me\s+(?:in\b|to\s+come\s+in|(?:for|to)\s+(?:a\s+|an\s+|the\s+)?(?:(?:quick|short|small|first|little)\s+)?(?:chat|meeting|talk|conversation|visit))\b|\bwants?\s+(?:to\s+)?(?:meet|see)\s+me\b|\b(?:want|wants|like|'d\s+like|would\s+like|love)\s+to\s+meet\s+(?:me|up|with\s+me)\b|\b(?:want|wants|wanted|'d\s+like|would\s+like|asked\s+for|asking\s+for|requested|set\s+up|setting\s+up|booked|scheduled)\s+(?:to\s+(?:have|do|set\s+up|schedule|book|arrange)\s+)?(?:a|an)\s+(?:(?:quick|short|brief|phone|video|zoom|teams|intro(?:ductory)?|first|informal)\s+)*(?:call|chat|phone\s+call|conversation|catch-?up)\b|\b(?:want|wants|wanted|'d\s+like|would\s+like)\s+to\s+(?:talk|chat|speak)\s+(?:to|with)\s+me\b/,
  ],
  ['applied', /\bappl(?:ied|y|ication sent)\b|\bapp (?:sent|submitted|done)\b|\bapplication (?:submitted|done)\b|\bsubmitted\b|\bsent (?:off |in |out )?(?:it|(?:the|my) (?:[\w&'.-]+ ){0,3}?(?:application|app|cv|resume))\b/],
  ['saved', /\bsaved\b|\bnot applied\b/],
];

/**
 * The stage of an application a sentence tells, in any wording: "they turned me down" →
 * rejected, "got an offer" → offer, "heard back, interview on Thursday" → interviewing.
 * Undefined when it tells none. Shared by the sentence readers and the patterns.
 *
 * @example
 * findStatus('good news, umbrella came back with an offer'); // 'offer'
 */
export function findStatus(sentence: string): JobStatus | undefined {
  const lower = sentence.toLowerCase();
  return stages.find(([, wording]) => wording.test(lower))?.[0];
}
