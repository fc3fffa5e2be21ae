import type { KnownData } from '../../protocol/known-data.ts';
import { salaryExpectationsAnswer } from './salary-advice.ts';

/**
 * What a careers adviser says to the questions job seekers ask most, for people with no
 * language model: each topic is a short, general answer and a few ways of asking for it.
 * The questions only place a message on a topic (nearest topic by character and word
 * n-grams); the answer is the same for every wording. Answers stay general and practical:
 * anything personal is the language model's work (`modelHint`).
 */
export interface AdviceTopic {
  id: string;
  /** Ways people ask for it: what a message is compared with. */
  questions: readonly string[];
  answer: string;
  /** How the person feels rather than what they ask: answered even when a request's words are in it. */
  feeling?: true;
  /** The answer in the person's own terms (their saved jobs' pay, …) when what they saved is known. */
  answerFor?: (known: KnownData | undefined, question: string) => string;
}

/**
 * A topic's answer for this person: its own words from what they saved, when it has them.
 *
 * @example
 * adviceAnswer(topic, input.known, 'what salary should I ask as a welder in Stavanger?');
 */
export const adviceAnswer = (topic: AdviceTopic, known: KnownData | undefined, question = ''): string => topic.answerFor?.(known, question) ?? topic.answer;

export const adviceTopics: readonly AdviceTopic[] = [
  {
    id: 'outside_job',
    questions: [
      'how do i add a job i found somewhere else',
      'can i add a job from a newspaper ad',
      'how do i add a posting that is not on the job boards',
      'i saw a job on a flyer, how do i put it in jobpilot',
      'can i paste in a job ad myself',
      'how do i track a job i found on a company website',
      'a friend told me about an opening, how do i add it',
      'how do i get a job from another site into my list',
      'how do i put it into jobpilot',
      'how can i enter a job myself',
      'where do i put a job i saw in the paper',
      'can i add a job from another website',
      'can you add a job that i found myself',
      'is it possible to add a job i saw on social media',
      'can i save a job that is not in your search results',
    ],
    answer:
      'Paste the posting\'s text here and ask "how well do I fit?": I score your resume against it. To keep it in your index (so you can save it, track it and write a letter for it), put it in a .json or .csv file and run `jobpilot jobs import FILE` (docs/cli.md shows the columns: title, company, url, …).',
  },
  {
    id: 'remove_resume',
    questions: [
      'how do i remove a resume',
      'how can i delete a resume i uploaded',
      'how do i get rid of a cv i no longer use',
      'can i delete one of my resumes',
    ],
    answer:
      'Not from the chat (a deleted version cannot be brought back): `jobpilot resume list` shows each version\'s id and `jobpilot resume delete ID` deletes one (`DELETE /v1/resumes/{id}`), as does Delete on the web app\'s Resume screen; letters and prep packs written from it stay. In chat I can switch the one I use ("use my other resume") or show them all ("show all my resumes").',
  },
  {
    id: 'resume_length',
    questions: [
      'how long should a resume be',
      'how many pages should my cv be',
      'is a two page resume too long',
      'can my resume be longer than one page',
      'one page or two page cv',
      'what is the ideal resume length',
      'what is the right length for a cv',
      'my cv is three pages, is that too much',
    ],
    answer:
      'One page if you have under about ten years of experience, two pages at most beyond that (academic CVs are the exception). Recruiters skim, so cut older or unrelated roles to a line each and keep the recent, relevant ones detailed.',
  },
  {
    id: 'resume_content',
    questions: [
      'what should i put on my resume',
      'how do i make my cv stand out',
      'how do i write a good resume',
      'what makes a strong resume',
      'tips for improving my resume',
      'how do i write bullet points on my resume',
      'should i include a photo on my cv',
      'do i need a picture on my resume in europe',
      'is a headshot expected on a cv',
      'is a photo required on my resume',
      'do i put a photo on my cv when applying abroad',
      'is a photo normal on resumes in germany or the uk',
      'should i put my address on my resume',
      'what should not be on a resume',
    ],
    answer:
      'Lead each bullet with what you achieved and a number where you can ("cut build time 40%"), not a list of duties. Keep a short summary at the top, the skills the posting asks for in plain words, and your contact details; leave out photos (outside countries that expect them), your full address and "references available on request". Tailor it to each posting: ask me to "tailor my resume for" a job and I will suggest the missing keywords.',
  },
  {
    id: 'cv_or_resume',
    questions: [
      'what is the difference between a cv and a resume',
      'is a cv the same as a resume',
      'should i send a cv or a resume',
      'cv vs resume',
    ],
    answer:
      'In the US and Canada a resume is a one-to-two-page summary tailored to each job, and a CV is a long, complete academic record (publications, teaching, grants). In the UK, Ireland, Europe, India and much of the world, "CV" simply means what Americans call a resume. Send what the posting asks for; for most industry jobs that is a concise, tailored document.',
  },
  {
    id: 'resume_format',
    questions: [
      'what resume format is best',
      'should i use a template for my cv',
      'is my resume ats friendly',
      'how do applicant tracking systems read resumes',
      'pdf or word for my resume',
      'should my resume have two columns',
      'what font should i use on my resume',
      'does the ats reject fancy resumes',
    ],
    answer:
      'A simple one-column layout with standard headings (Experience, Education, Skills) reads best for people and for applicant tracking systems (ATS); tables, text boxes, icons and images often get scrambled. Send a PDF unless the posting asks for Word, use a plain font at 10–12 pt, and name the file after yourself.',
  },
  {
    id: 'resume_summary',
    questions: [
      'what should i write in my resume summary',
      'do i need a profile section on my cv',
      'how do i write a professional summary',
      'should i have an objective statement',
      'what goes in the personal statement at the top of a cv',
    ],
    answer:
      'Two or three lines: who you are professionally, your strongest skills for this kind of role, and one result that proves it. Skip generic objective statements ("seeking a challenging role"); write it for the job you want next.',
  },
  {
    id: 'employment_gap',
    questions: [
      'how do i explain being out of work',
      'what do i say about the months i was not working',
      'how do i explain a gap in my resume',
      'i have not worked for two years, how do i explain it',
      'employment gap on cv',
      'how to talk about time off in an interview',
      'will a career break hurt my chances',
      'is a gap on my cv a problem',
      'do employers mind gaps between jobs',
      'how do i explain being unemployed for a year',
      'i was laid off months ago, what do i say about the gap',
    ],
    answer:
      'Be brief and matter-of-fact: one line on the resume (e.g. "Career break: caring for family" or "Sabbatical: travel and study") and a sentence or two in the interview, then move on to what you did to stay current (courses, projects, volunteering) and why you are ready now. Gaps are common; hiding them worries employers more than explaining them.',
  },
  {
    id: 'cover_letter_length',
    questions: [
      'how long should a cover letter be',
      'how many words in a cover letter',
      'is one page enough for a cover letter',
      'what is the right length for a motivation letter',
      'how many paragraphs should a cover letter have',
    ],
    answer:
      'Short: three or four paragraphs, about 250–400 words, never more than one page. Open with the role and why you want it, give one or two results that match what they need, and close with a clear call to action.',
  },
  {
    id: 'cover_letter_content',
    questions: [
      'what should i write in a cover letter',
      'how do i start a cover letter',
      'how do i write a good cover letter',
      'how should i address a cover letter if i do not know the name',
      'how do i end a cover letter',
      'what makes a cover letter stand out',
    ],
    answer:
      'Address a named person if you can find one ("Dear Ms Rivera"), otherwise "Dear Hiring Team". Open with the role and a specific reason you want this company, spend the middle on two achievements that match the posting, and close by asking for a conversation. Avoid repeating your resume line by line. I can draft one for a job: say "write a cover letter for" it.',
  },
  {
    id: 'cover_letter_needed',
    questions: [
      'do i need a cover letter',
      'is a cover letter necessary',
      'do recruiters actually read cover letters',
      'should i send a cover letter if it is optional',
      'are cover letters still a thing',
      'do you need a cover letter in the uk',
      'are cover letters expected in germany',
      'is a cover letter necessary in canada',
      'in my country we do not write cover letters, are they needed here',
      'nobody writes cover letters where i come from, are they needed',
      'do people write cover letters in the us',
      'is a motivation letter required',
    ],
    answer:
      'In the UK, Ireland, North America and much of Europe they are common and often expected. Send one when it is asked for or optional: some hiring managers read them closely, and a short, specific letter helps most when you are changing careers, relocating or lack one of the requirements. When an application gives no place for one, do not force it in.',
  },
  {
    id: 'thank_you_note',
    questions: [
      'should i send a thank you email after an interview',
      'what should i write in a thank you note after an interview',
      'how soon should i send a thank you email',
      'thank you letter after interview',
      'do i need to thank the interviewer',
    ],
    answer:
      'Yes: send a short thank-you email within 24 hours to each interviewer you can reach. Thank them for their time, mention one thing from the conversation that made you keener on the role, add anything you wish you had said, and end by saying you look forward to hearing about next steps.',
  },
  {
    id: 'follow_up_application',
    questions: [
      'when should i follow up after applying',
      'how long do i wait before chasing an application',
      'should i chase the recruiter after applying',
      'no answer since i applied, when do i follow up',
      'how long should i wait to hear back after applying',
      'should i follow up on my application',
      'how do i follow up on a job application',
      'i applied two weeks ago and heard nothing',
      'is it ok to email the recruiter about my application',
    ],
    answer:
      'Give it about one to two weeks after applying (or the date they gave), then send one short, polite email to the recruiter or hiring manager: the role, when you applied, one line on your fit, and a question about the timeline. If nothing comes back after a second nudge a week later, move on and keep applying elsewhere.',
  },
  {
    id: 'follow_up_interview',
    questions: [
      'how long should i wait before following up after an interview',
      'when do i follow up after an interview',
      'how many days after an interview should i email them',
      'how long after an interview should i hear back',
      'no response after interview what should i do',
      'the company ghosted me after the interview',
      'when should i follow up after an interview',
      'they said they would get back to me but have not',
      'how long do companies take to reply after an interview',
    ],
    answer:
      'If they gave a date, wait until it passes plus a couple of days; otherwise about a week. Then send one brief, friendly follow-up asking about the timeline and restating your interest. Silence is often internal delays, not a verdict, but keep other applications moving while you wait.',
  },
  {
    id: 'salary_negotiation',
    questions: [
      'negotiation tips, they offered me less than i hoped',
      'they offered 40k, how do i ask for more',
      'should i tell them i have another offer',
      'can i use a competing offer to negotiate',
      'how do i mention a second offer to get more',
      'how do i negotiate my salary',
      'should i negotiate a job offer',
      'how do i ask for more money in an offer',
      'is it ok to counter the first offer',
      'how much more can i ask for when negotiating',
      'tips for salary negotiation',
      'can i ask them to raise the hourly pay they offered',
      'how to get a better rate per hour',
      'how do i push back when the offer is too low',
      'the offer is lower than i wanted, can i counter',
      'how do i ask for a higher day rate as a freelancer',
      'is it rude to ask for more money after an offer',
    ],
    answer:
      'Almost always negotiate, politely: thank them, say you are excited, then ask for a specific number backed by market data for the role and location (often 5–15% above the offer). A real competing offer is fair to mention, honestly and without bluffing. Negotiate the whole package too: signing bonus, remote days, holidays, start date. Get the final offer in writing.',
  },
  {
    id: 'salary_expectations',
    questions: [
      'what should i say when they ask my salary expectations',
      'how do i answer what are your salary expectations',
      'should i give a number first in salary discussions',
      'how do i know what salary to ask for',
      'what is a fair salary for this role',
      'how do i research market pay',
      'how do i handle the salary question',
      'what number should i give for pay',
    ],
    answer:
      'Research the range first: postings for the same role in your area that list pay, the pay scales or salary surveys for your profession in your country, and people who do the job. Then give a range whose bottom you would happily accept, in the currency you are paid in, e.g. "Based on the role and the market, I am looking at [your range], depending on the full package." Where it is legal, you can also ask for their budgeted range before naming yours.',
    answerFor: salaryExpectationsAnswer,
  },
  {
    id: 'interview_attire',
    questions: [
      'what i should wear to interview',
      'is a suit too much for the interview',
      'what to wear to a hotel interview',
      'do i need a suit for an interview',
      'what clothes should i wear for an interview',
      'is a blazer enough for an interview',
      'what should i wear to an interview',
      'what to wear for a job interview',
      'is a suit necessary for an interview',
      'dress code for a tech interview',
      'what do i wear for a video interview',
    ],
    answer:
      'Dress one step smarter than the people who work there: for most tech and start-up roles, clean smart-casual (a collared shirt or neat top, no logos); for banking, law, hotels and other client-facing roles, a suit or a smart, formal outfit; for trades and kitchens, neat and practical. When unsure, a suit without a tie is rarely too much. On video, the same from the waist up, plain colours, and check your background and lighting.',
  },
  {
    id: 'interview_preparation',
    questions: [
      'how do i prepare for a job interview',
      'how should i prepare for an interview',
      'tips for my interview tomorrow',
      'what should i do before an interview',
      'how can i do well in an interview',
      'what questions will they ask me in an interview',
      'common interview questions',
    ],
    answer:
      'Research the company and the role, then prepare five or six short stories from your experience (a result, a conflict, a failure, a leadership moment) that you can fit to most questions; practise "tell me about yourself" out loud, plan questions to ask them, and check the logistics the day before. I can build a prep pack for a saved job: say "prepare me for the interview at" it.',
  },
  {
    id: 'tell_me_about_yourself',
    questions: [
      'how do i answer tell me about yourself',
      'what should i say when they ask me to introduce myself',
      'how to introduce myself in an interview',
      'walk me through your resume answer',
      'how do i pitch myself',
    ],
    answer:
      'Keep it to about two minutes: present (your current role and a strength), past (one or two experiences that led here, with a result), future (why this role and company is the next step). It is a pitch for this job, not your life story.',
  },
  {
    id: 'star_method',
    questions: [
      'what is the star method',
      'how do i answer behavioural interview questions',
      'how to answer tell me about a time when questions',
      'how do i structure answers in an interview',
      'behavioral questions tips',
      'what is a star answer',
      'explain the star technique',
      'situation task action result',
    ],
    answer:
      'Use STAR: Situation (one line of context), Task (what you had to do), Action (what you did, the bulk of the answer, in "I" not "we"), Result (the outcome, with a number if possible, and what you learned). Aim for one to two minutes per story.',
  },
  {
    id: 'weakness_question',
    questions: [
      'what is my greatest weakness answer',
      'how do i answer what are your weaknesses',
      'what weakness should i say in an interview',
      'how to answer strengths and weaknesses',
      'how do i talk about my weaknesses without sounding fake',
      'what is a good weakness to mention',
    ],
    answer:
      'Pick a real but non-critical weakness, say briefly how it showed up, and spend most of the answer on what you are doing about it and how it has improved ("I used to over-polish; now I ship a first version early and ask for feedback"). Avoid clichés like "I work too hard".',
  },
  {
    id: 'questions_to_ask',
    questions: [
      'what questions should i ask the interviewer',
      'what to ask at the end of an interview',
      'do you have any questions for us what should i say',
      'good questions to ask an employer',
      'what should i ask the hiring manager',
    ],
    answer:
      'Always ask two or three: what success looks like in the first six months, the biggest challenge the team faces now, how the team works day to day, and what the next steps in the process are. Save pay and holidays for after an offer unless they raise it.',
  },
  {
    id: 'why_leaving',
    questions: [
      'what do i say when they ask why i left my last job',
      'i was let go, how do i explain it',
      'how do i talk about being laid off',
      'they will ask why i quit, what do i tell them',
      'how to answer why were you fired',
      'i was dismissed from my last role, what should i say about it',
      'how do i explain why i am leaving my job',
      'why did you leave your last job answer',
      'what do i say if i was fired',
      'how to talk about a bad boss in an interview',
      'why do you want to leave your current role',
    ],
    answer:
      'Keep it short, honest and forward-looking: what you want that this role offers (scope, technology, growth), not what you dislike about your employer. If you were let go, say so plainly in one sentence, say what you learned, and move on; never criticise a former manager.',
  },
  {
    id: 'technical_interview',
    questions: [
      'how do i prepare for a coding interview',
      'tips for technical interviews',
      'how do i study for a system design interview',
      'leetcode practice for interviews',
      'how do i get better at whiteboard interviews',
      'what about take home assignments',
    ],
    answer:
      'Practise a mix of problems timed and out loud (arrays, hash maps, trees, graphs, two pointers), and for each say your approach and its cost before you code. For system design, practise a few classic designs end to end: requirements, API, data model, scaling, trade-offs. In the interview, ask questions first and keep talking while you think. For take-homes, cap your time and explain your trade-offs in a README.',
  },
  {
    id: 'rejection',
    feeling: true,
    questions: [
      'i got rejected again',
      'i keep getting rejected from jobs',
      'i am feeling discouraged after all these rejections',
      'how do i deal with job rejection',
      'i feel like giving up on my job search',
      'nobody wants to hire me',
      'job hunting is so depressing',
      'i am so frustrated with this job search',
      'i am exhausted, so many applications and nothing back',
      'hundreds of applications and no replies, i am worn out',
      'i bombed the interview and feel awful',
      'i feel useless, nothing is working',
      'i am so tired of job hunting',
      'sick of looking for work',
      'burned out from the job search',
      'all these rejections are wearing me down',
      'the rejections are really getting me down',
      'how do i cope with so much rejection',
      'any tips for handling rejection emails',
    ],
    answer:
      "I'm sorry, that is tough, and it is very common: most searches take dozens of applications and several rejections before an offer, and a no is usually about the shortlist, not your worth. Take a short break if you need one, ask for feedback where you got to interview, and look at where you are getting stuck (no replies points to the resume; no offers, to interviews). I can check how well your resume fits a posting if that helps.",
  },
  {
    id: 'low_mood',
    feeling: true,
    questions: [
      'i have no motivation left',
      'i lost all motivation to apply',
      'feeling down today',
      'i feel low',
      'nothing is working out',
      'nothing is going my way',
      'having a rough day',
      'i feel sad about everything',
      'i am so discouraged right now',
      'i feel like a failure',
      'feeling hopeless',
      'having a bad day and feeling sad',
      'i am struggling at the moment',
      'i feel stuck and unhappy',
      'not in a good place today',
      'nothing is going right for me',
      'feeling pretty low',
    ],
    answer:
      "I'm sorry, that sounds hard, and days like this are a normal part of a job search: it says nothing about what you're worth. Go easy on yourself, a short break is fine. When you're ready, I can help with one small next step: look over your saved jobs, check how well your resume fits one, or find a few new postings.",
  },
  {
    id: 'nervous',
    feeling: true,
    questions: [
      'i am nervous about my interview',
      'i have interview anxiety',
      'how do i calm my nerves before an interview',
      'i am scared of the interview tomorrow',
      'i get so stressed in interviews',
      'interviews make me anxious in general',
      'i am a bit nervous about interviewing',
      'my mind goes blank in interviews',
      'i lock up when they ask me questions',
      'how do i stay calm during an interview',
      'i panic and forget everything in interviews',
      'i freeze when an interviewer asks me something',
      'i freeze up and cannot calm down in interviews',
      'how can i calm down before interviewing',
    ],
    answer:
      "Nerves are normal and usually show far less than you feel them. Prepare your key stories, rehearse the first two minutes out loud, arrive (or log in) early, and breathe slowly before you start. It is fine to pause and say \"let me think about that for a moment\". Good luck — I can put together a prep pack for the job if you'd like.",
  },
  {
    id: 'got_offer',
    questions: [
      'i got the job',
      'i got an offer',
      'they offered me the position',
      'i passed the interview and got hired',
    ],
    answer:
      'Congratulations, that is great news! Before you accept, read the written offer (pay, start date, notice, benefits), and if you want to negotiate, do it now. Tell me which job it was and I will mark it as an offer in your saved jobs.',
  },
  {
    id: 'choose_offer',
    questions: [
      'how do i choose between two job offers',
      'which offer should i accept',
      'should i take the job offer',
      'how do i decide whether to accept an offer',
      'should i accept a counter offer from my current employer',
    ],
    answer:
      'Compare the whole package, not just base pay: growth and what you will learn, the manager and team, stability, commute or remote, equity and benefits. Write down your top three priorities and score each offer against them. Counter-offers from a current employer rarely fix the reason you looked elsewhere.',
  },
  {
    id: 'resignation',
    questions: [
      'how do i resign from my job',
      'how do i quit my job professionally',
      'how do i leave my job on good terms',
      'how much notice should i give',
      'how to write a resignation letter',
      'when should i tell my boss i am leaving',
    ],
    answer:
      'Only resign once you have a signed offer. Tell your manager in person (or on a call) first, then send a short resignation letter with your last day according to your contract notice period. Offer a good handover and stay positive: references and networks outlast the job.',
  },
  {
    id: 'career_change',
    questions: [
      'too old to move into a new career',
      'too old to retrain as a nurse',
      'is it too late at my age to start in a new field',
      'am i too old to switch careers',
      'is 50 too old to start again in a new field',
      'how do i change careers',
      'can i switch to tech with no experience',
      'how do i get into software engineering from another field',
      'is it too late to change careers',
      'how can i switch from one field to another',
      'i want to move from teaching into tech',
      'how do i move into a new industry',
    ],
    answer:
      'Map the skills you already have to the new field, close the biggest gap with a focused course or two and a small project you can show, and talk to people who do the job now. Aim for bridge roles that use your background (e.g. a teacher moving into developer education) and rewrite your resume around transferable results.',
  },
  {
    id: 'no_experience',
    questions: [
      'how do i get a job with no experience',
      'how do i find my first job after graduating',
      'entry level jobs all want experience',
      'how do i get an internship',
      'i am a student looking for my first role',
    ],
    answer:
      'Show evidence instead of years: projects, internships, volunteering, coursework and open-source contributions, each with what you built and the result. Apply to graduate, junior and internship roles, and lean on networking (alumni, meetups, referrals), which works better than cold applications early on. I can search for junior or intern roles: say "find junior … jobs".',
  },
  {
    id: 'apply_if_underqualified',
    questions: [
      'should i apply if i do not meet all the requirements',
      'i only match half the job description should i apply',
      'am i overqualified for this job',
      'should i apply for jobs i am not qualified for',
    ],
    answer:
      'Yes, if you meet most of the core requirements (roughly 60–70%): job descriptions are wish lists. Lead with the requirements you do meet and show how you learn fast for the rest. If you are overqualified, say in the letter why this role is what you want now.',
  },
  {
    id: 'networking',
    questions: [
      'how do i network for a job',
      'how do i get a referral',
      'should i message recruiters on linkedin',
      'how do i reach out to people at a company',
      'is networking important for finding a job',
    ],
    answer:
      'Referrals are the most effective way in. Reach out to people in roles or companies you want with a short, specific message (why them, one question, no ask for a job up front), go to meetups and alumni events, and keep in touch with former colleagues. When a conversation goes well, asking "would you be comfortable referring me?" is fine.',
  },
  {
    id: 'linkedin',
    questions: [
      'how do i improve my linkedin profile',
      'what should my linkedin headline be',
      'is linkedin important for job hunting',
      'should i turn on open to work',
    ],
    answer:
      'Use a clear photo, a headline with the role you want and your key skills (not just your current title), an About section of a few lines written in the first person, and experience that mirrors your resume with results. Turning on "Open to work" for recruiters only is a safe way to be found.',
  },
  {
    id: 'references',
    questions: [
      'who should i use as a reference',
      'what if i do not have references',
      'do i need references on my cv',
      'how do i ask someone to be my reference',
    ],
    answer:
      'Choose two or three people who saw your work closely (managers first, then senior colleagues or clients), ask them before you give their details, and send them the job description so they know what to stress. There is no need to list references on the resume.',
  },
  {
    id: 'job_search_strategy',
    questions: [
      'how many jobs should i apply to',
      'how do i find a job faster',
      'my job search is taking forever',
      'where should i look for jobs',
      'how do i get more interviews',
      'i applied to fifty jobs and got no interviews',
      'best way to find a job',
      'how many applications a week should i send',
    ],
    answer:
      'Quality beats volume: a handful of tailored applications a week, each with a resume matched to the posting, plus networking and referrals, usually beats a hundred one-click applies. Track every application, follow up after a week or two, and if you get no interviews at all, the resume is the first thing to fix. I can search, save and track jobs for you: try "find … jobs in …".',
  },
  {
    id: 'remote_work',
    questions: [
      'how do i find a remote job',
      'tips for getting a remote job',
      'are remote jobs harder to get',
      'how do i negotiate working from home',
    ],
    answer:
      'Remote roles draw many more applicants, so tailor harder and show that you work well asynchronously: written communication, ownership, results you delivered with a distributed team. Check the time zones and countries a remote posting accepts. I can search remote jobs only: say "find remote … jobs".',
  },
  {
    id: 'unrelated_experience',
    questions: [
      'should old jobs stay on my resume',
      'do my old part time jobs still belong on my cv',
      'should i take old jobs off my resume when i apply for a different kind of role',
      'should i keep unrelated jobs on my cv',
      'do i delete old roles from my cv',
      'is it bad to leave old jobs that have nothing to do with the role on my resume',
      'should i remove my waitressing jobs from my cv when applying for office roles',
      'do old retail jobs belong on my resume for a management position',
      'can i drop irrelevant experience from my cv',
      'how far back should my work history go',
      'my early jobs are in a different field, do i list them',
      'can i remove jobs from twenty years ago from my resume',
      'is it fine to cut my first jobs out of my cv',
    ],
    answer:
      'Keep them, briefly: old jobs in another field fill what would otherwise look like a gap and often show transferable skills (leadership, training new staff, customer service, working under pressure). Give each one line, framed by what matters for the new role, and spend the space on your relevant experience. Past about ten to fifteen years, a single "Earlier roles" line is enough.',
  },
  {
    id: 'search_anxiety',
    feeling: true,
    questions: [
      'i am nervous about this whole job hunt',
      'job searching makes me anxious',
      'i am stressed about finding a job',
      'i am scared i will never find work',
      'the job search is making me so nervous',
      'i worry all the time about finding something',
      'feeling anxious about being unemployed',
    ],
    answer:
      "That's completely understandable: a job search is stressful and uncertain, and feeling nervous about it is normal. It helps to make it smaller and more in your control: a few good applications a week rather than many, one thing to improve at a time, and a fixed time to stop each day. I can help with the practical part whenever you like, such as finding a few postings or checking how well your resume fits one.",
  },
  {
    id: 'long_search',
    feeling: true,
    questions: [
      'months out of work and i am exhausted',
      'out of work for a year and so tired of it',
      "i can't bring myself to read one more job posting",
      "i can't face another application",
      'i have been job hunting forever and i am worn out',
      'no job for ages and i have no energy left',
      'this search has gone on so long i am running on empty',
      'i am drained after such a long time looking for work',
      'unemployed for ages and exhausted',
      'so tired of being unemployed',
    ],
    answer:
      "I'm sorry, that sounds exhausting, and it is completely understandable to feel this way after so long: a long search wears anyone down, and it says nothing about your worth. It is fine to take a real break, a day or two with no job ads at all. When you come back, keep it small and steady: a few targeted applications a week, one conversation with someone in your field, and a fixed stopping time each day. If you like, I can take some of the legwork: find a few postings, save and track them, or check how your resume fits one.",
  },
  {
    id: 'reapply',
    questions: [
      'is it ok to apply to the same company twice',
      'can i reapply for a job i was rejected from',
      'should i apply to several roles at one company',
      'how long should i wait before applying again to the same employer',
    ],
    answer:
      'Yes. Applying to different roles at one company is normal (pick the two or three you fit best, not every opening). For the same role after a rejection, wait until something has changed, usually three to six months or a new skill or result, and say so briefly in the application.',
  },
  {
    id: 'phone_screen',
    questions: [
      'tips for a phone interview',
      'how do i do a phone interview',
      'telephone interview advice',
      'how do i prepare for a phone call interview',
      'how do i prepare for a phone screen',
      'what happens in a recruiter call',
      'tips for a video interview',
      'what do recruiters ask in the first call',
    ],
    answer:
      'A first call is mostly about fit and logistics: your background in two minutes, why this role, your notice period, location or remote needs, and salary expectations (have a range ready). Pick a quiet spot, keep your resume and the posting in front of you, and ask what the next stages are.',
  },
];
