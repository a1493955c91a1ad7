// Spawns the built CLI (out/cli/main.cjs) on hostile inputs: outputs over sources, fifos, control bytes, BOMs, emoji.
import { execFileSync } from 'node:child_process';
import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlign, tempFolder } from '../helpers/cli.js';
import { formatText, type JsonDiagnostic } from '../../cli/output.js';

const PEOPLE = 'stakeholder Ann cadence W every week { attendees Ann }\n';
const RIGHTS = 'domain D { owner Ann }\n';

// The timeout turns a regression that blocks (say, on a fifo) into a failure instead of a hung run.
const align = (args: string[], cwd: string) => runAlign(args, cwd, { timeout: 10_000 });
const tempWorkspace = (files: Record<string, string>) => tempFolder(files, 'align-hardening-');

function expectUsageError(r: ReturnType<typeof align>, pattern: RegExp) {
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^align: /);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

describe('align diagram -o never overwrites an input', () => {
    it.each([
        ['w/people.align', /must not name an \.align file/],
        ['w/PEOPLE.ALIGN', /must not name an \.align file/],
        ['other.Align', /must not name an \.align file/],
        ['', /-o needs a file name/]
    ])('refuses -o %j', (output, pattern) => {
        const dir = tempWorkspace({ 'w/people.align': PEOPLE, 'w/rights.align': RIGHTS, 'other.Align': 'keep me' });
        const r = align(['diagram', 'w', '--view', 'raci', '-o', output], dir);
        expectUsageError(r, pattern);
        expect(readFileSync(join(dir, 'w/people.align'), 'utf8')).toBe(PEOPLE);
        expect(readFileSync(join(dir, 'other.Align'), 'utf8')).toBe('keep me');
        expect(r.stdout).toBe('');
    });

    it.each([
        ['a symlink', (from: string, to: string) => symlinkSync(from, to)],
        ['a hard link', (from: string, to: string) => linkSync(from, to)]
    ])('refuses -o naming an input file through %s', (_, link) => {
        const dir = tempWorkspace({ 'w/people.align': PEOPLE, 'w/rights.align': RIGHTS });
        link(join(dir, 'w/people.align'), join(dir, 'out.svg'));
        const r = align(['diagram', 'w', '--view', 'raci', '-o', 'out.svg'], dir);
        expectUsageError(r, /refusing to write out\.svg: it is the input file w\/people\.align/);
        expect(readFileSync(join(dir, 'w/people.align'), 'utf8')).toBe(PEOPLE);
    });

    it('still writes an ordinary -o file', () => {
        const dir = tempWorkspace({ 'w/people.align': PEOPLE, 'w/rights.align': RIGHTS });
        const r = align(['diagram', 'w', '--view', 'raci', '--format', 'mermaid', '-o', 'raci.mmd'], dir);
        expect(r.status).toBe(0);
        expect(readFileSync(join(dir, 'raci.mmd'), 'utf8').length).toBeGreaterThan(0);
    });
});

describe('align reads only regular .align files', () => {
    it('refuses a fifo on the command line instead of blocking', () => {
        const dir = tempWorkspace({});
        execFileSync('mkfifo', [join(dir, 'x.align')]);
        expectUsageError(align(['check', 'x.align'], dir), /^align: cannot read x\.align: not a regular file\n$/);
    });

    it('refuses a device on the command line', () => {
        expectUsageError(align(['check', '/dev/zero'], tmpdir()), /^align: cannot read \/dev\/zero: not a regular file\n$/);
    });

    it('skips a fifo inside a folder and follows symlinked files', () => {
        const dir = tempWorkspace({ 'shared/people.align': PEOPLE, 'w/rights.align': RIGHTS });
        execFileSync('mkfifo', [join(dir, 'w/pipe.align')]);
        symlinkSync(join(dir, 'shared/people.align'), join(dir, 'w/people.align'));
        const r = align(['check', 'w', '--format', 'json'], dir);
        expect(r.error).toBeUndefined();
        expect(r.stderr).toBe('');
        // Ann resolves only if the symlinked people.align was read.
        expect(JSON.parse(r.stdout)).toEqual([]);
        expect(r.status).toBe(0);
    });

    it('reads a file once even when it is reached directly and through a symlink', () => {
        const dir = tempWorkspace({ 'w/people.align': PEOPLE, 'w/rights.align': RIGHTS });
        symlinkSync(join(dir, 'w/people.align'), join(dir, 'w/alias.align'));
        const r = align(['check', 'w', '--format', 'json'], dir);
        expect(JSON.parse(r.stdout)).toEqual([]);
        expect(r.status).toBe(0);
    });

    it('refuses a file given explicitly that is not an .align file', () => {
        const dir = tempWorkspace({ 'notes.txt': 'not align' });
        expectUsageError(align(['check', 'notes.txt'], dir), /^align: notes\.txt is not an \.align file: only \.align files are read\n$/);
    });
});

describe('align check keeps control bytes from the files away from the terminal', () => {
    const hostile = 'a\u001b]0;pwned\u0007\u009b';
    const text = `initiative I { in scope "${hostile}" out of scope "${hostile}" }\nmetric M outcome\n`;

    it('escapes them in text output', () => {
        const dir = tempWorkspace({ 'c.align': text });
        const r = align(['check', 'c.align'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('scope-conflict');
        expect(r.stdout).toContain('a\\x1b]0;pwned\\x07\\u009b');
        expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    });

    it('keeps JSON output exact', () => {
        const dir = tempWorkspace({ 'c.align': text });
        const r = align(['check', 'c.align', '--format', 'json'], dir);
        // JSON.stringify escapes C0 controls (ESC, BEL); C1 ones are legal JSON and pass through as text.
        expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
        expect(r.stdout).toContain('a\\u001b]0;pwned\\u0007');
        const [d] = JSON.parse(r.stdout);
        expect(d.code).toBe('scope-conflict');
        expect(d.message).toContain(`"${hostile}"`);
    });

    it('still colours severities when colour is on', () => {
        // The CLI colours only a terminal, which a spawned child's pipe is not, so this calls the formatter itself.
        const record: JsonDiagnostic = {
            file: 'c.align',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 2,
            severity: 'error',
            code: 'scope-conflict',
            message: hostile
        };
        expect(formatText([record], 1, true).split('\n')[0]).toBe('c.align:1:1: \u001b[31merror\u001b[0m scope-conflict: a\\x1b]0;pwned\\x07\\u009b');
    });
});

describe('align check columns are characters as an editor shows them', () => {
    it('counts an emoji before the position once', () => {
        const line = 'stakeholder A "😀😀" stakeholder A';
        const dir = tempWorkspace({ 'e.align': line + '\n' });
        const records = JSON.parse(align(['check', 'e.align', '--format', 'json'], dir).stdout);
        const columns = records.map((d: { code: string; column: number; endColumn: number }) => [d.code, d.column, d.endColumn]);
        const second = [...line].lastIndexOf('A') + 1;
        expect(columns).toEqual([
            ['duplicate-name', 13, 14],
            ['duplicate-name', second, second + 1]
        ]);
        expect(second).toBe(32);
    });

    it('gives the same positions with and without a byte order mark', () => {
        const text = 'stakeholder A stakeholder A\n';
        const plain = tempWorkspace({ 'b.align': text });
        const bom = tempWorkspace({ 'b.align': '\uFEFF' + text });
        const positions = (dir: string) =>
            JSON.parse(align(['check', 'b.align', '--format', 'json'], dir).stdout).map((d: Record<string, unknown>) => [
                d.line,
                d.column,
                d.endLine,
                d.endColumn
            ]);
        expect(positions(bom)).toEqual(positions(plain));
        expect(positions(plain)).toEqual([
            [1, 13, 1, 14],
            [1, 27, 1, 28]
        ]);
    });
});
