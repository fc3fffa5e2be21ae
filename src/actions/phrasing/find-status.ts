import type { JobStatus } from '../arguments/job-status.ts';

/** Wordings of each stage, surest first: the words a person uses, not the tracker's names. */
const stages: readonly (readonly [JobStatus, RegExp])[] = [
  [
    'withdrawn',
    // (The person's own no: "I'm not going ahead with them", "I turned the offer down", "decided against it".)
    /\b(?:withdr[ae]wn?|withdraw(?:ing)?|pulled out|pulled my (?:application|app)|retracted my application|dropped out|backed out|bow(?:ed|ing) out|not interested|(?:i'?m|i am|im|we'?re) not (?:going ahead|proceeding|continuing|pursuing)|no longer (?:pursuing|going ahead|going for)|decided against|i(?:'ve| have)? (?:declined|turned down|rejected) (?:it|them|the offer|their offer|the role|the job)|i turned (?:it|them|the offer|their offer) down|i(?:'ve| have)? (?:declined|turned down|said no to) (?:the |their )?(?:[\w&'.-]+ ){0,4}offer)\b/,
  ],
  [
    'rejected',
    /\b(?:reject(?:ed|ion|s)?|declined|turned (?:me |my application )?down|passed on (?:me|my application)|said no|it'?s a no|no luck|didn'?t get (?:it|the job)|did not get (?:it|the job)|didn'?t make it|unsuccessful|ghosted|not (?:moving|going) forward|won'?t be (?:moving|going) forward|let me go|bad news from)\b/,
  ],
  ['offer', /\b(?:offers?|offered|hired|got the job|landed the job|said yes|it'?s a yes)\b/],
  [
    'interviewing',
    /\binterview(?:s|ing|ed)?\b|\b(?:phone|recruiter) (?:screen|call)\b|\bscreening call\b|\bon-?site\b|\bnext round\b|\b(?:second|final|technical) round\b|\bcall(?:ed)? (?:me )?back\b|\bcallback\b|\b(?:first|intro(?:ductory)?|initial|video|zoom|teams|hiring manager) (?:call|chat|meeting)\b/,
  ],
  ['applied', /\bappl(?:ied|y|ication sent)\b|\bapp (?:sent|submitted|done)\b|\bapplication (?:submitted|done)\b|\bsubmitted\b|\bsent (?:off |in |out )?(?:it|the application|my application|my cv|my resume)\b/],
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
