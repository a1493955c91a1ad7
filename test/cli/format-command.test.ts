// `align format [paths…] [--check]` (spec §8): spawns the built CLI (out/cli/main.cjs) on
// temporary copies and checks what it writes, and what it must leave alone.
import {
    appendFileSync,
    chmodSync,
    chownSync,
    lstatSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    statSync,
    symlinkSync,
    utimesSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteIfUnchanged } from '../../cli/atomic-write.js';
import { runAlign, startAlign } from '../helpers/cli.js';

/** `align ARGS` in `cwd`, through the tests' one CLI runner. */
function align(args: string[], cwd: string) {
    return runAlign(args, cwd);
}

const MESSY =
    'stakeholder   CIO "Chief"{org "IT"}\n\n\n\nstakeholder VPPX\ndomain UX "User experience" {   owner   CIO   consulted VPPX ,CIO\n  informed VPPX }\n';
const TIDY =
    'stakeholder CIO "Chief" { org "IT" }\n\nstakeholder VPPX\n\ndomain UX "User experience" {\n    owner CIO\n    consulted VPPX, CIO\n    informed VPPX\n}\n';
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

    it('never rewrites a file outside the folder given through a symlink in it (issue 18)', () => {
        const dir = workspace({ 'shared/people.align': 'stakeholder   A\n', 'ws/own.align': 'stakeholder   B\n' });
        symlinkSync(join(dir, 'shared/people.align'), join(dir, 'ws/people.align'));
        const before = statSync(join(dir, 'shared/people.align'));
        const r = align(['format', 'ws'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('not formatting ws/people.align: it links to shared/people.align, outside the folder given; left unchanged');
        expect(readFileSync(join(dir, 'shared/people.align'), 'utf8')).toBe('stakeholder   A\n');
        expect(statSync(join(dir, 'shared/people.align')).ino).toBe(before.ino);
        // The folder's own file is still formatted.
        expect(readFileSync(join(dir, 'ws/own.align'), 'utf8')).toBe('stakeholder B\n');
    });

    it('formats the file a symlink points to, keeping the link, when the link itself is named', () => {
        const dir = workspace({ 'shared/people.align': 'stakeholder   A\n' });
        mkdirSync(join(dir, 'ws'));
        symlinkSync(join(dir, 'shared/people.align'), join(dir, 'ws/people.align'));
        expect(align(['format', 'ws/people.align'], dir).status).toBe(0);
        expect(lstatSync(join(dir, 'ws/people.align')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'shared/people.align'), 'utf8')).toBe('stakeholder A\n');
    });

    it('never rewrites a read-only file (issue 18)', () => {
        const dir = workspace({ 'a.align': MESSY });
        chmodSync(join(dir, 'a.align'), 0o444);
        const r = align(['format'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('not formatting a.align: it is read-only; left unchanged');
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(MESSY);
        expect(statSync(join(dir, 'a.align')).mode & 0o777).toBe(0o444);
    });

    it('keeps the owner and group of the file it rewrites', () => {
        const dir = workspace({ 'a.align': MESSY });
        if (process.getuid?.() === 0) chownSync(join(dir, 'a.align'), 65534, 65534);
        const before = statSync(join(dir, 'a.align'));
        expect(align(['format'], dir).status).toBe(0);
        const after = statSync(join(dir, 'a.align'));
        expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).not.toBe(MESSY);
    });

    it('never writes over a change made after the file was read', () => {
        const dir = workspace({ 'a.align': MESSY });
        const file = join(dir, 'a.align');
        const read = readFileSync(file);
        appendFileSync(file, 'stakeholder Late\n');
        expect(rewriteIfUnchanged(file, TIDY, read)).toBe(false);
        expect(readFileSync(file, 'utf8')).toBe(`${MESSY}stakeholder Late\n`);
        expect(rewriteIfUnchanged(file, TIDY, readFileSync(file))).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(TIDY);
    });

    it('a line appended to a 75k-line file while it is formatted is never lost (issue 18)', async () => {
        const lines = Array.from({ length: 75_000 }, (_, i) => (i % 3 === 0 ? `stakeholder   S${i}` : `// note ${i}`));
        const dir = workspace({ 'big.align': `${lines.join('\n')}\n` });
        const child = startAlign(['format'], dir);
        let stderr = '';
        child.stderr.on('data', chunk => {
            stderr += String(chunk);
        });
        // Whenever the append lands (before the read, during the work, before the rename), it must survive.
        appendFileSync(join(dir, 'big.align'), 'stakeholder Appended\n');
        const status = await new Promise<number | null>(done => child.on('close', done));
        const text = readFileSync(join(dir, 'big.align'), 'utf8');
        expect(text).toContain('stakeholder Appended');
        expect(text.split('\n').filter(line => line.includes('S74997')).length).toBe(1);
        // Either it was formatted with the line in it, or it was left as it was and said so.
        if (status !== 0) expect(stderr).toContain('big.align changed while it was being formatted');
    }, 120_000);

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
        for (const args of [
            ['format', 'nope'],
            ['format', '--bogus'],
            ['format', 'a.txt']
        ]) {
            const r = align(args, dir);
            expect(r.status).toBe(2);
            expect(r.stderr.trim().split('\n')).toHaveLength(1);
        }
        expect(readFileSync(join(dir, 'a.align'), 'utf8')).toBe(MESSY);
    });
});
