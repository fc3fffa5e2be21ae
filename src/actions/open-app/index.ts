import { childEnvironment } from '../../config.ts';
import { defineAction } from '../action.ts';
import { launchDetached } from '../desktop/launch-detached.ts';
import { launchFailure } from '../desktop/launch-failure.ts';
import { openAppArgs } from './args.ts';
import { openAppPhrasing } from './phrasing.ts';
import { firstInstalled, isAllowedApp, launchesFor } from './resolve-program.ts';

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
    const launches = launchesFor(app_name);
    const launch = launches && firstInstalled(launches, childEnvironment('desktop').PATH);
    if (!launch) return { ok: false, error: `Refused to launch "${app_name}": give an application name, not a path or command.` };
    return { ok: true, text: `launch ${app_name} (${commandLine(launch)}) on your desktop` };
  },
  async run({ app_name }, { signal }) {
    const launches = launchesFor(app_name);
    // The first program that may open it and is installed ("libreoffice --writer", else "lowriter").
    const launch = launches && firstInstalled(launches, childEnvironment('desktop').PATH);
    if (!launches || !launch) {
      return {
        ok: false,
        summary: `Refused to launch "${app_name}": give an application name, not a path or command.`,
      };
    }
    // Spawned directly (no shell), its arguments fixed by the table, with the desktop environment
    // only, and watched a moment: "Launched" only when it did not fail at once.
    const outcome = await launchDetached(launch.command, launch.args, { signal });
    if (!outcome.ok && outcome.reason === 'not-installed') {
      const tried = launches.map(commandLine);
      return {
        ok: false,
        summary: `Could not launch ${app_name}: it is not installed (looked for ${tried.length > 1 ? `${tried.slice(0, -1).join(', ')} and ${tried.at(-1)}` : tried[0]}).`,
      };
    }
    if (!outcome.ok) {
      return { ok: false, summary: `Could not launch ${app_name} (${commandLine(launch)}): ${launchFailure(outcome, launch.command)}.` };
    }
    return {
      ok: true,
      summary: `Launched ${app_name}${launch.opens && launch.opens.toLowerCase() !== app_name.trim().toLowerCase() ? ` (${launch.opens})` : ''}.`,
      data: { app: app_name, program: launch.command },
      references: { last_app: app_name },
    };
  },
});

/** A launch as a person would type it: "libreoffice --writer". */
function commandLine(launch: { command: string; args: readonly string[] }): string {
  return [launch.command, ...launch.args].join(' ');
}
