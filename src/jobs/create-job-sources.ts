import type { JobSource } from './job-source.ts';
import type { SourceSetting } from './source-settings.ts';
import { createAdzunaSource } from './sources/adzuna.ts';
import { createArbeitnowSource } from './sources/arbeitnow.ts';
import { createAshbySource } from './sources/ashby.ts';
import { createGreenhouseSource } from './sources/greenhouse.ts';
import { createHimalayasSource } from './sources/himalayas.ts';
import { createJSearchSource } from './sources/jsearch.ts';
import { createLeverSource } from './sources/lever.ts';
import { createRemoteOkSource } from './sources/remoteok.ts';
import { createRemotiveSource } from './sources/remotive.ts';
import { createSerpApiSource } from './sources/serpapi.ts';

/**
 * One adapter per enabled source setting, in the settings' order.
 *
 * @example
 * const sources = createJobSources(parseSourceSettings(env));
 */
export function createJobSources(
  settings: readonly SourceSetting[],
  { now }: { now?: () => number } = {},
): JobSource[] {
  return settings.map((setting): JobSource => {
    const { origin } = setting;
    switch (setting.board) {
      case 'remotive':
        return createRemotiveSource({ origin });
      case 'arbeitnow':
        return createArbeitnowSource({ origin });
      case 'himalayas':
        return createHimalayasSource({ origin });
      case 'remoteok':
        return createRemoteOkSource({ origin });
      case 'greenhouse':
        return createGreenhouseSource({ board: setting.company, origin });
      case 'lever':
        return createLeverSource({ company: setting.company, origin });
      case 'ashby':
        return createAshbySource({ board: setting.company, origin });
      case 'adzuna':
        return createAdzunaSource({
          appId: setting.appId,
          appKey: setting.appKey,
          country: setting.country,
          origin,
        });
      case 'jsearch':
        return createJSearchSource({ apiKey: setting.apiKey, origin });
      case 'serpapi':
        return createSerpApiSource({ apiKey: setting.apiKey, origin, now });
    }
  });
}
