/**
 * A step in words, to finish a sentence like "I did not …".
 *
 * @example
 * describeStep('open_app', { app_name: 'calculator' }); // 'launch calculator'
 */
export function describeStep(action: string, args: Readonly<Record<string, unknown>>): string {
  switch (action) {
    case 'open_website':
      return `open ${String(args.url ?? 'the website')}`;
    case 'open_app':
      return `launch ${String(args.app_name ?? 'the app')}`;
    case 'take_screenshot':
      return 'take a screenshot';
    default:
      return `run ${action}`;
  }
}
