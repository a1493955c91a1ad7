// Issue 18: the v2 surfaces (configuration, waivers, -o, PNG, diff) on hostile and careless
// input, each reproduction as it was reported. Spawns the built CLI (out/cli/main.cjs).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URI, type FileSystemProvider } from 'langium';
import { locateConfigProblems } from '../../language/workspace/config-diagnostics.js';
import { AlignProjects } from '../../language/workspace/projects.js';
import * as generate from '../pathological/generators.js';
import { CLI, ROOT, runAlign, tempFolder } from '../helpers/cli.js';

const STALEMATE = join(ROOT, 'examples/stalemate');
const PEOPLE = 'stakeholder Ann cadence W every week { attendees Ann }\n';
const RIGHTS = 'domain D { owner Ann }\n';

// A timeout turns a regression that hangs into a failure instead of a stuck run.
const align = (args: string[], cwd: string, timeout = 60_000) => runAlign(args, cwd, { timeout });
const workspace = (files: Record<string, string>) => tempFolder(files, 'align-hostile-');

function json(r: ReturnType<typeof align>): Array<{ file: string; code: string; message: string; line: number }> {
    return JSON.parse(r.stdout) as Array<{ file: string; code: string; message: string; line: number }>;
}

describe('data loss', () => {
    it('report -o through a symlink to an .align file that is not an input is refused; the file is kept', () => {
        const dir = workspace({ 'keep/notes.align': PEOPLE });
        symlinkSync(join(dir, 'keep/notes.align'), join(dir, 'out.html'));
        const r = align(['report', STALEMATE, '-o', 'out.html'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('refusing to write out.html: it links to the .align file keep/notes.align');
        expect(readFileSync(join(dir, 'keep/notes.align'), 'utf8')).toBe(PEOPLE);
    });

    it('diagram -o through a dangling link named .svg that would create an .align file is refused', () => {
        const dir = workspace({ 'w/people.align': PEOPLE, 'w/rights.align': RIGHTS });
        symlinkSync(join(dir, 'w/new.align'), join(dir, 'out.svg'));
        const r = align(['diagram', 'w', '--view', 'raci', '-o', 'out.svg'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('it links to the .align file');
        expect(() => statSync(join(dir, 'w/new.align'))).toThrow();
    });

    it('report -o through a symlink to an ordinary file writes that file and keeps the link', () => {
        const dir = workspace({ 'reports/r.html': 'old' });
        symlinkSync(join(dir, 'reports/r.html'), join(dir, 'out.html'));
        const r = align(['report', STALEMATE, '-o', 'out.html'], dir);
        expect(r.status).toBe(0);
        expect(readFileSync(join(dir, 'reports/r.html'), 'utf8')).toContain('<!DOCTYPE html>');
    });

    it('a read-only -o is refused', () => {
        const dir = workspace({ 'r.html': 'old' });
        chmodSync(join(dir, 'r.html'), 0o444);
        const r = align(['report', STALEMATE, '-o', 'r.html'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('refusing to write r.html: it is read-only');
        expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('old');
    });
});

describe('bounded work on configs and waivers', () => {
    it('an exponential exclude glob is refused as config-invalid, at once (77 s before)', () => {
        const dir = workspace({
            'align.config.json': '{ "exclude": ["+(a*)+(a*)+(a*)+(a*)+(a*)+(a*)b"] }',
            [`${'a'.repeat(20)}.align`]: PEOPLE,
            'rights.align': RIGHTS
        });
        const started = Date.now();
        const r = align(['check', '--format', 'json'], dir, 20_000);
        expect(r.error).toBeUndefined();
        const found = json(r).filter(f => f.code === 'config-invalid');
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('extended globs such as +(…) are not supported');
        expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('a 50 MB config with 3 million globs is refused by its size (past 120 s at 3.8 GB before)', () => {
        const globs = Array.from({ length: 3_000_000 }, (_, i) => `"d${i}/**"`).join(',');
        const dir = workspace({ 'align.config.json': `{ "exclude": [${globs}] }`, 'people.align': PEOPLE });
        expect(statSync(join(dir, 'align.config.json')).size).toBeGreaterThan(30_000_000);
        const r = align(['check', '--format', 'json'], dir, 30_000);
        expect(r.error).toBeUndefined();
        const found = json(r).filter(f => f.code === 'config-invalid');
        expect(found.map(f => f.message)).toEqual([expect.stringMatching(/align\.config\.json is \d+\.\d MB; Align reads configs of at most 1 MB/)]);
    });

    it('more globs than the limit: the rest are ignored and that is said once', () => {
        const globs = Array.from({ length: 1500 }, (_, i) => `"d${i}/**"`).join(',');
        const dir = workspace({ 'align.config.json': `{ "exclude": [${globs}] }`, 'people.align': PEOPLE });
        const found = json(align(['check', '--format', 'json'], dir)).filter(f => f.code === 'config-invalid');
        expect(found.map(f => f.message)).toEqual([expect.stringContaining('holds more than 1000 globs')]);
    });

    it('a config nested 5,000 levels deep is config-invalid, not an internal error', () => {
        const deep = `{ "name": "x", "diagnostics": ${'['.repeat(5000)}${']'.repeat(5000)} }`;
        const dir = workspace({
            'sub/align.config.json': deep,
            'sub/a.align': PEOPLE,
            'other/people.align': PEOPLE,
            'other/rights.align': 'domain D { owner Nobody }\n'
        });
        const r = align(['check', '--format', 'json'], dir);
        expect(r.stderr).not.toContain('internal error');
        const findings = json(r);
        expect(findings.filter(f => f.code === 'config-invalid').map(f => f.message)).toEqual([expect.stringContaining('nests deeper than 32 levels')]);
        // The unrelated folder is still checked.
        expect(findings.filter(f => f.code === 'unresolved-reference').map(f => f.file)).toEqual(['other/rights.align']);
    });

    it('a symlinked config is read (its excludes apply)', () => {
        const dir = workspace({
            'shared/cfg.json': '{ "exclude": ["drafts/**"] }',
            'p/people.align': PEOPLE,
            'p/drafts/bad.align': 'domain D { owner Nobody }\n'
        });
        symlinkSync(join(dir, 'shared/cfg.json'), join(dir, 'p/align.config.json'));
        const r = align(['check', 'p', '--format', 'json'], dir);
        expect(r.status).toBe(0);
        expect(json(r)).toEqual([]);
    });

    it('a config that cannot be read is said so, located in it, not silently ignored', async () => {
        // As the editor's file system answers for a file it may list but not read.
        const root = URI.file('/ws');
        const config = URI.file('/ws/align.config.json');
        const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        const fileSystem = {
            readDirectory: async (uri: URI) => (uri.path === '/ws' ? [{ uri: config, isFile: true, isDirectory: false }] : []),
            readFile: async () => {
                throw denied;
            },
            exists: async (uri: URI) => uri.path === config.path,
            stat: async (uri: URI) => ({ uri, isFile: true, isDirectory: false })
        } as unknown as FileSystemProvider;
        const projects = new AlignProjects(() => fileSystem);
        await projects.discover([root]);
        const [project] = projects.configuredProjects();
        expect(locateConfigProblems(project).map(p => [p.range.start.line, p.message])).toEqual([
            [0, expect.stringContaining('align.config.json cannot be read (EACCES)')]
        ]);
    });

    it('a config of mode 000 read by an unprivileged user is said so (as root: run as nobody)', () => {
        const dir = workspace({
            'align.config.json': '{ "exclude": ["drafts/**"] }',
            'people.align': PEOPLE,
            'drafts/bad.align': 'domain D { owner Nobody }\n'
        });
        chmodSync(dir, 0o755);
        chmodSync(join(dir, 'align.config.json'), 0o000);
        const asRoot = process.getuid?.() === 0;
        const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
        const r = spawnSync(command[0], [...command.slice(1), CLI, 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        // When nobody cannot reach the built CLI (a checkout under a private home), there is nothing to learn here.
        if (asRoot && /EACCES|Permission denied|Cannot find module/.test(r.stderr)) return;
        const findings = JSON.parse(r.stdout) as Array<{ code: string; message: string }>;
        expect(findings.filter(f => f.code === 'config-invalid').map(f => f.message)).toEqual([expect.stringContaining('cannot be read (EACCES)')]);
    });
});

describe('crashes', () => {
    it('check | head -c 100 ends quietly, without an EPIPE stack trace', async () => {
        const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', STALEMATE], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', chunk => {
            stderr += String(chunk);
        });
        // Read a little, then go away, as `head -c 100` does.
        await new Promise<void>(done =>
            child.stdout.once('data', () => {
                child.stdout.destroy();
                done();
            })
        );
        const status = await new Promise<number | null>(done => child.on('close', done));
        expect(stderr).not.toMatch(/EPIPE|Error|at /);
        expect(status).not.toBe(null);
    });

    it('a shell pipeline into head ends with no stack trace', () => {
        const out = execFileSync(
            'bash',
            [
                '-c',
                `node ${JSON.stringify(CLI)} check --format json ${JSON.stringify(STALEMATE)} 2>&1 >/dev/stdout | head -c 100; echo "|status=\${PIPESTATUS[0]}"`
            ],
            { encoding: 'utf8' }
        );
        expect(out).not.toMatch(/EPIPE|internal error|at Socket/);
    });

    it('a 32 KB and a 200 KB decision title give a picture of bounded size, with the whole title in its tooltip', () => {
        for (const size of [32 * 1024, 200 * 1024]) {
            const title = 'T'.repeat(size - 8) + 'THE-END';
            const dir = workspace({ 'a.align': `${PEOPLE}${RIGHTS}decision X "${title}" { affects D }\n` });
            const png = align(['diagram', '--view', 'decision-flow', '--format', 'png', '-o', 'x.png'], dir, 60_000);
            expect(png.status).toBe(0);
            const bytes = readFileSync(join(dir, 'x.png'));
            // PNG header: width and height are big-endian at bytes 16 and 20.
            expect(bytes.readUInt32BE(16)).toBeLessThan(8000);
            expect(bytes.readUInt32BE(20)).toBeLessThan(8000);
            const svg = align(['diagram', '--view', 'decision-flow'], dir).stdout;
            expect(svg).toMatch(/<title>T+THE-END\n[^<]*<\/title>/);
            // The shortened label: found by position, because /T{100,}…</ backtracks quadratically over 200,000 T's (50 s).
            const cut = svg.indexOf('…<');
            expect(cut).toBeGreaterThan(100);
            expect(svg.slice(cut - 100, cut)).toBe('T'.repeat(100));
        }
    }, 120_000);

    it('decision-flow of a workspace too big to read is drawn as its summary in every format, and says so', () => {
        const dir = workspace(generate.realisticFiles(300, 10));
        for (const format of ['svg', 'mermaid', 'json']) {
            const r = align(['diagram', '--view', 'decision-flow', '--format', format], dir, 120_000);
            expect(r.status).toBe(0);
            expect(r.stderr).toMatch(/^align: Summary: /);
            expect(r.stdout.length).toBeLessThan(2_000_000);
        }
    }, 300_000);
});

describe('wrong results', () => {
    it('diff --base accepts every revision git does, such as :/message', () => {
        const dir = workspace({ 'people.align': PEOPLE, 'rights.align': RIGHTS });
        const git = (...args: string[]) =>
            execFileSync('git', args, {
                cwd: dir,
                encoding: 'utf8',
                env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' }
            });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'init');
        writeFileSync(join(dir, 'rights.align'), 'domain D { owner Ann }\ndomain E { owner Ann }\n');
        const r = align(['diff', '--base', ':/init'], dir);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('+ E');
        // One argument of a process is at most 128 KB on Linux; the editor's request has no such bound (below).
        const long = align(['diff', '--base', 'x'.repeat(100_000)], dir);
        expect(long.status).toBe(2);
        expect(long.stderr).toMatch(/--base is 100000 characters long; a git revision has at most 1024/);
    });

    it('bidirectional controls are shown, never obeyed, in text, GitHub, JSON-to-terminal, report and SVG', () => {
        // A file name reaches the text and GitHub output; a title reaches the report and the pictures.
        const dir = workspace({
            'r\u202eng.align':
                'stakeholder Ann "Chief \u202eLTR\u202c Officer"\ndomain D { owner Ann }\ndecision X "Pick \u2067RTL\u2069 vendor" { affects Nowhere }\n'
        });
        const text = align(['check'], dir).stdout;
        expect(text).toContain('r\\u202eng.align');
        expect(align(['check', '--format', 'github'], dir).stdout).toContain('r\\u202eng.align');
        align(['report', '.', '-o', 'r.html'], dir);
        const html = readFileSync(join(dir, 'r.html'), 'utf8');
        const svg = align(['diagram', '--view', 'raci'], dir).stdout + align(['diagram', '--view', 'decision-flow'], dir).stdout;
        for (const output of [text, html, svg]) expect(output).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(html).toContain('\\u202eLTR\\u202c');
        expect(svg).toContain('\\u202eLTR\\u202c');
    });

    it('a backtick in a project name cannot escape its code span in diff --format markdown', () => {
        const before = workspace({ 'align.config.json': '{ "name": "x` @team https://evil.example `y" }', 'people.align': PEOPLE });
        const after = workspace({ 'align.config.json': '{ "name": "x` @team https://evil.example `y" }', 'people.align': PEOPLE, 'rights.align': RIGHTS });
        const md = align(['diff', before, after, '--format', 'markdown'], ROOT).stdout;
        const heading = md.split('\n').find(line => line.startsWith('### Project'))!;
        expect(heading).toBe('### Project ``x` @team https://evil.example `y``');
    });
});
