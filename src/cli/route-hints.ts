/**
 * Server messages point to HTTP routes ("List yours with GET /v1/resumes"); shown by the
 * CLI, they name the command that does the same instead. Routes with no command stay.
 */
const hints: ReadonlyArray<readonly [RegExp, string]> = [
  [/POST \/v1\/threads\/([^\s/]+)\/runs/g, '`jobpilot chat --thread $1`'],
  [/POST \/v1\/resumes \(or `jobpilot resume import FILE`\)/g, '`jobpilot resume import FILE`'],
  [/POST \/v1\/resumes(?![\w/{])/g, '`jobpilot resume import FILE`'],
  [/GET \/v1\/resumes(?![\w/{])/g, '`jobpilot resume list`'],
  [/GET \/v1\/documents(?![\w/{])/g, '`jobpilot docs list`'],
  [/GET \/v1\/saved-jobs(?![\w/{])/g, '`jobpilot jobs saved`'],
  [/GET \/v1\/jobs\/search(?![\w/{])/g, '`jobpilot jobs search "QUERY"`'],
  [/POST \/v1\/jobs\/import(?![\w/{])/g, '`jobpilot jobs import FILE`'],
  [/GET \/v1\/tokens(?![\w/{])/g, '`jobpilot token list`'],
];

/**
 * `message` with each route hint it names replaced by the CLI command.
 *
 * @example
 * cliHints('No resume "x". List yours with GET /v1/resumes.'); // 'No resume "x". List yours with `jobpilot resume list`.'
 */
export function cliHints(message: string): string {
  return hints.reduce((text, [route, command]) => text.replace(route, command), message);
}
