// The installable CLI: `npm pack`, then `npm install ./align-vscode-*.tgz` in an empty folder,
// and `npx align` runs — with nothing but the package, which has no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed CLI', () => {
    it('installs from the tarball into an empty folder and checks a project with npx align', () => {
        const packed = mkdtempSync(join(tmpdir(), 'align-pack-'));
        // The build ran before the tests (pretest); `prepack` would run it again.
        const pack = spawnSync(NPM, ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT, encoding: 'utf8' });
        expect(pack.status, pack.stderr).toBe(0);
        const [tarball] = readdirSync(packed).filter(name => /^align-.*\.tgz$/.test(name));
        expect(tarball).toBeDefined();
        const app = mkdtempSync(join(tmpdir(), 'align-app-'));
        const install = spawnSync(NPM, ['install', '--no-audit', '--no-fund', '--offline', join(packed, tarball)], { cwd: app, encoding: 'utf8' });
        expect(install.status, install.stderr).toBe(0);
        // Only the package itself: everything the CLI needs is in its bundle.
        expect(readdirSync(join(app, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['align-vscode']);
        expect(existsSync(join(app, 'node_modules/align-vscode/out/cli/main.cjs'))).toBe(true);
        const check = spawnSync(NPM, ['exec', '--offline', '--', 'align', 'check', join(ROOT, 'examples/stalemate'), '--format', 'json'], {
            cwd: app,
            encoding: 'utf8'
        });
        expect(check.status).toBe(1);
        expect((JSON.parse(check.stdout) as Array<{ code: string }>).map(d => d.code)).toContain('decision-ambiguous-owner');
        const png = spawnSync(
            NPM,
            [
                'exec',
                '--offline',
                '--',
                'align',
                'diagram',
                join(ROOT, 'examples/patient-portal'),
                '--view',
                'raci',
                '--format',
                'png',
                '-o',
                join(app, 'raci.png')
            ],
            { cwd: app, encoding: 'utf8' }
        );
        expect(png.status, png.stderr).toBe(0);
        expect(existsSync(join(app, 'raci.png'))).toBe(true);
    }, 180_000);
});
