// `align format [paths…] [--check]` (spec §8): spawns the built CLI (out/cli/main.cjs) on
// temporary copies and checks what it writes, and what it must leave alone.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'out/cli/main.cjs');

function align(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MESSY = 'stakeholder   CIO "Chief"{org "IT"}\n\n\n\nstakeholder VPPX\ndomain UX "User experience" {   owner   CIO   consulted VPPX ,CIO\n  informed VPPX }\n';
const TIDY = 'stakeholder CIO "Chief" { org "IT" }\n\nstakeholder VPPX\n\ndomain UX "User experience" {\n    owner CIO\n    consulted VPPX, CIO\n    informed VPPX\n}\n';
const BROKEN = 'stakeholder   A\ndomain D {\n    owner A\n    owner\n';

function workspace(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'align-format-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

// A time well in the past, so that any write (which sets mtime to now) shows.
function age(file: string): number {
    utimesSync(file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    return statSync(file).mtimeMs;
}

describe('align format', () => {
    it('formats files in place, quietly', () => {
        const dir = workspace({ 'a.align': MESSY, 'sub/b.align': 'stakeholder   B\n' });
        const r = align(['format'], dir);
        expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(TIDY);
        expect(readFileSync(join(dir, 'sub/b.align'), 'utf8')).toBe('stakeholder B\n');
    });

    it('with --check lists the files that would change, exits 1 and changes no byte', () => {
        const dir = workspace({ 'a.align': MESSY, 'sub/b.align': 'stakeholder   B\n', 'tidy.align': TIDY });
        const mtime = age(join(dir, 'a.align'));
        const r = align(['format', '--check', '.'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toBe('a.align\nsub/b.align\n');
        expect(r.stderr).toBe('');
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(MESSY);
        expect(statSync(join(dir, 'a.align')).mtimeMs).toBe(mtime);
        expect(align(['format', '--check', 'tidy.align'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it('leaves a file that does not parse byte for byte as it was, says so and exits 1', () => {
        const dir = workspace({ 'broken.align': BROKEN, 'a.align': MESSY });
        const mtime = age(join(dir, 'broken.align'));
        for (const args of [['format', '--check'], ['format']]) {
            const r = align(args, dir);
            expect(r.status).toBe(1);
            expect(r.stderr).toBe('align: broken.align does not parse; left unchanged\n');
            expect(r.stdout).toBe(args.includes('--check') ? 'a.align\n' : '');
            expect(readFileSync(join(dir, 'broken.align'), 'utf8')).toBe(BROKEN);
            expect(statSync(join(dir, 'broken.align')).mtimeMs).toBe(mtime);
        }
        // The other file is formatted all the same.
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(TIDY);
    });

    it('is a no-op the second time: nothing written, nothing to report', () => {
        const dir = workspace({ 'a.align': MESSY });
        expect(align(['format'], dir).status).toBe(0);
        const once = readFileSync(join(dir, 'a.align'));
        const mtime = age(join(dir, 'a.align'));
        expect(align(['format'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(join(dir, 'a.align'))).toEqual(once);
        expect(statSync(join(dir, 'a.align')).mtimeMs).toBe(mtime);
        expect(align(['format', '--check'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it('leaves no temporary file behind and keeps the permissions', () => {
        const dir = workspace({ 'a.align': MESSY });
        chmodSync(join(dir, 'a.align'), 0o640);
        expect(align(['format'], dir).status).toBe(0);
        expect(readdirSync(dir)).toEqual(['a.align']);
        expect(statSync(join(dir, 'a.align')).mode & 0o777).toBe(0o640);
    });

    it('formats the file a symlink points to and keeps the link', () => {
        const dir = workspace({ 'shared/people.align': 'stakeholder   A\n' });
        mkdirSync(join(dir, 'ws'));
        symlinkSync(join(dir, 'shared/people.align'), join(dir, 'ws/people.align'));
        expect(align(['format', 'ws'], dir).status).toBe(0);
        expect(lstatSync(join(dir, 'ws/people.align')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'shared/people.align'), 'utf8')).toBe('stakeholder A\n');
    });

    it('keeps CRLF line endings and a byte order mark', () => {
        const dir = workspace({ 'crlf.align': 'stakeholder A\r\ndomain D {owner A\r\n  consulted A}\r\n', 'bom.align': '\uFEFFstakeholder   B\n' });
        expect(align(['format'], dir).status).toBe(0);
        expect(readFileSync(join(dir, 'crlf.align'), 'utf8')).toBe('stakeholder A\r\n\r\ndomain D {\r\n    owner A\r\n    consulted A\r\n}\r\n');
        expect(readFileSync(join(dir, 'bom.align'), 'utf8')).toBe('\uFEFFstakeholder B\n');
    });

    it('leaves a file that is not valid UTF-8 alone', () => {
        const bytes = Buffer.concat([Buffer.from('stakeholder   A "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
        const dir = workspace({ 'latin1.align': bytes });
        const r = align(['format'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('align: latin1.align is not valid UTF-8; left unchanged\n');
        expect(readFileSync(join(dir, 'latin1.align'))).toEqual(bytes);
    });

    it('exits 2 on bad usage', () => {
        const dir = workspace({ 'a.align': MESSY });
        for (const args of [['format', 'nope'], ['format', '--bogus'], ['format', 'a.txt']]) {
            const r = align(args, dir);
            expect(r.status).toBe(2);
            expect(r.stderr.trim().split('\n')).toHaveLength(1);
        }
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(MESSY);
    });
});
