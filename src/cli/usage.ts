/** The text `jobpilot --help` prints. */
export const usage = `Usage: jobpilot <command> [options]

Commands:
  serve                          run the server (same as \`npm start\`)
  chat [--thread ID]             talk to jobpilot interactively
  ask [MESSAGE] [--thread ID] [--json] [--yes]
                                 one turn; MESSAGE from stdin when piped
  threads list [--json]          your threads, newest first
  threads show ID [--limit N] [--before CURSOR] [--json]
                                 a thread's messages
  threads delete ID [--json]     delete a thread and its history
  jobs search "QUERY" [--location L] [--remote] [--limit N] [--company C] [--min-salary N] [--seniority S] [--sort relevance|recent|fit] [--json]
                                 live job boards plus your saved index, as a table
  jobs show ID [--json]          one job in full, with its description
  jobs saved [--status S] [--json]
                                 the jobs you track, most recently changed first
  jobs save ID [--note TEXT] [--json]
                                 start tracking a job (status "saved")
  jobs status ID STATUS [--note TEXT] [--json]
                                 move a job along: saved, applied, interviewing,
                                 offer, rejected, withdrawn (each change is dated)
  jobs import FILE [--json]      add postings to the index from a .json or .csv file
  resume import FILE [--label L] [--json]
                                 parse a resume (PDF, DOCX, Markdown, text, JSON
                                 Resume; at most 10 MB); it becomes the active one
  resume list [--json]           your resume versions, newest first (* = active)
  resume show [ID] [--json]      a resume's summary (the active one without ID)
  resume delete ID [--json]      delete one version (the newest left becomes active if it was)
  resume set [ID] FIELD VALUE [--json]
                                 correct what the importer misread, e.g. basics.name,
                                 work.0.position, work.1.endDate present, skills "Go, SQL",
                                 work.0.highlights "first | second", certificates "A; B",
                                 work.2 null (removes that job)
  resume match JOB_ID [--resume ID] [--json]
                                 score, breakdown, matched/missing skills, advice
  docs list [--kind K] [--json]  your documents (K: cover_letter, interview_prep, resume)
  docs show ID [--json]          a document's Markdown and what grounding changed
  docs export ID --format pdf|docx|md [--out PATH]
                                 write the file (default: its name, here); prints the path
  alerts add "QUERY" [--schedule WHEN] [--location L] [--remote|--remote-too] [--company C] [--min-fit N] [--time-zone Z] [--json]
                                 a saved search run on a schedule: WHEN in words
                                 ("every morning at 8", "weekdays at 7:30", "hourly";
                                 the default is every morning at 8) or cron ("0 8 * * *"),
                                 in JOBPILOT_TIME_ZONE; each run reports only new openings;
                                 [--exclude-level senior,lead] [--exclude-type contract,internship]
                                 [--no-agencies] leave those out, as a search does;
                                 [--min-salary 60k] leaves out postings stating less pay
  alerts edit ID [--schedule …] [--location …] [--remote-too|--not-remote-too] [--min-salary N|none] [--exclude-type none] [--agencies] …
                                 change an alert ("none" keeps nothing out)
  alerts list [--json]           your alerts, their next and last runs
  alerts pause|resume|delete ID [--json]
                                 stop an alert for now, start it again, or remove it
  alerts run ID [--json]         run an alert now: its new openings, best fit first
  inbox [--unread] [--read] [--limit N] [--json]
                                 your notifications, newest first (• unread);
                                 --read marks the ones shown read
  reminders [--all] [--json]     your reminders (interviews, follow-ups) to come,
                                 soonest first; --all: past and cancelled too
  reminders --feed [--json]      the calendar feed's address (.ics) to subscribe to
                                 in a calendar app; it carries a read-only key
  token create --name NAME [--json]
                                 make a named token (printed once); from then on
                                 every request needs a token, and each token's
                                 owner sees only their own threads, resumes, saved
                                 jobs and documents. Run as the user who runs the
                                 server (it reads <data dir>/admin.secret)
  token list [--json]            the named tokens (never the tokens themselves)
  token revoke NAME [--json]     refuse that token from the next request on
  eval FILE.jsonl [--json] [--concurrency N]
                                 score the configured planner on an eval set and its
                                 held-out companions (local; their failures are not listed)

Options:
  -h, --help                     show this help (help COMMAND: that command's only)
  -v, --version                  show the version
  --thread ID                    use this thread instead of your default one
  --json                         machine-readable output (ask: one event per line)
  -y, --yes                      ask: approve actions that need approval

Environment:
  JOBPILOT_URL        the server (default http://127.0.0.1:8000)
  JOBPILOT_TOKEN      sent as "authorization: Bearer <token>" (the server's
                      JOBPILOT_TOKEN, or a named token)
  JOBPILOT_DATA_DIR   the server's data dir, for \`jobpilot token\` (same default)
  JOBPILOT_CONFIG_DIR where the default thread and input history are kept
  NO_COLOR            no colours
`;

/**
 * The usage of one command (its lines under "Commands:"), or undefined when there is no
 * such command: what `jobpilot help COMMAND` prints.
 *
 * @example
 * usageFor('token'); // "Usage: jobpilot token …" and the three token lines
 */
export function usageFor(command: string): string | undefined {
  const lines = usage.slice(usage.indexOf('Commands:\n') + 'Commands:\n'.length, usage.indexOf('\n\nOptions:')).split('\n');
  const picked: string[] = [];
  let inside = false;
  for (const line of lines) {
    // An entry starts two spaces in; its continuation lines are indented further.
    if (/^ {2}\S/.test(line)) inside = line.slice(2).split(' ')[0] === command;
    if (inside) picked.push(line);
  }
  if (picked.length === 0) return undefined;
  return `Usage: jobpilot ${command} …\n\n${picked.join('\n')}\n\nSee \`jobpilot help\` for the options and environment of every command.\n`;
}
