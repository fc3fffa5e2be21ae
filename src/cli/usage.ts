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
  eval FILE.jsonl [--json] [--concurrency N]
                                 score the configured planner on an eval set (local)

Options:
  -h, --help                     show this help
  -v, --version                  show the version
  --thread ID                    use this thread instead of your default one
  --json                         machine-readable output (ask: one event per line)
  -y, --yes                      ask: approve actions that need approval

Environment:
  JOBPILOT_URL        the server (default http://127.0.0.1:8000)
  JOBPILOT_TOKEN      sent as "authorization: Bearer <token>"
  JOBPILOT_CONFIG_DIR where the default thread and input history are kept
  NO_COLOR            no colours
`;
