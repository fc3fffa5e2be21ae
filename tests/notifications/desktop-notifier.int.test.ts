import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnvironment } from '../../src/config.ts';
import { desktopNotifier } from '../../src/notifications/desktop-notifier.ts';

describe('desktopNotifier', () => {
  it('runs notify-send found on PATH with the title and body as separate arguments, through no shell', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'jobpilot-fake-notify-'));
    const record = join(directory, 'argv.json');
    // A fake notify-send that writes the arguments it got, one JSON array.
    await writeFile(join(directory, 'notify-send'), `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
    await chmod(join(directory, 'notify-send'), 0o755);
    const env = childEnvironment('desktop', { ...process.env, PATH: `${directory}:${process.env.PATH ?? ''}`, OPENAI_API_KEY: 'secret' });
    const notify = desktopNotifier({ env });
    const title = '2 new openings for "remote" $(touch /tmp/pwned) jobs';
    await notify({ title, body: '1. Senior Engineer at Acme; `rm -rf ~`\n2. Staff Engineer at Globex' });
    expect(JSON.parse(await readFile(record, 'utf8'))).toEqual(['--app-name=jobpilot', '--', title, '1. Senior Engineer at Acme; `rm -rf ~`\n2. Staff Engineer at Globex']);
    expect(env).not.toHaveProperty('OPENAI_API_KEY');
  });
});
