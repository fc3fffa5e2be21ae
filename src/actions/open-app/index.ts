import { defineAction } from '../action.ts';
import { launchDetached } from '../desktop/launch-detached.ts';
import { openAppArgs } from './args.ts';
import { openAppPhrasing } from './phrasing.ts';
import { isAllowedApp, resolveProgram } from './resolve-program.ts';

export { isAllowedApp, resolveProgram } from './resolve-program.ts';

/** `open_app`: launches a desktop application by name; asks first unless it is allow-listed. */
export const openApp = defineAction({
  name: 'open_app',
  description: 'Launch a desktop application by name, e.g. "calculator", "firefox", "code".',
  args: openAppArgs,
  phrasing: openAppPhrasing,
  approval: ({ app_name }, { allowedApps }) => (isAllowedApp(app_name, allowedApps) ? 'auto' : 'ask'),
  // Once outside text is in the thread, it asks whatever the allow-list says.
  desktop: true,
  preview: async ({ app_name }) => {
    const program = resolveProgram(app_name);
    if (program === null) return { ok: false, error: `Refused to launch "${app_name}": give an application name, not a path or command.` };
    return { ok: true, text: `launch ${app_name} (${program}) on your desktop` };
  },
  async run({ app_name }, { signal }) {
    const program = resolveProgram(app_name);
    if (program === null) {
      return {
        ok: false,
        summary: `Refused to launch "${app_name}": give an application name, not a path or command.`,
      };
    }
    signal.throwIfAborted();
    try {
      // Spawned directly with no arguments (no shell), and with the desktop environment only.
      await launchDetached(program, []);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is not installed' : (error as Error).message;
      return { ok: false, summary: `Could not launch ${app_name} (${program}): ${reason}.` };
    }
    return {
      ok: true,
      summary: `Launched ${app_name}.`,
      data: { app: app_name, program },
      references: { last_app: app_name },
    };
  },
});
