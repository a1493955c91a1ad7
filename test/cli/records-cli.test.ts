// `align adr` and decision records from the command line: printed or created, never over a
// file that exists; a record path that names a device or a fifo is missing, never a hang.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlign, tempFolder } from '../helpers/cli.js';

const TEXT =
    'stakeholder Ann\ncadence W every week { attendees Ann }\ndomain D { owner Ann }\ndecision Pick "Pick a vendor" { affects D decided on 2026-11-01 }\n';

describe('align adr', () => {
    it('prints a MADR record on stdout and writes nothing', () => {
        const dir = tempFolder({ 'main.align': TEXT });
        const r = runAlign(['adr', 'Pick'], dir);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^---\nstatus: accepted\ndate: 2026-11-01\ndecision-makers:\n {2}- Ann\n/);
        expect(r.stdout).toContain('# Pick a vendor');
        expect(existsSync(join(dir, 'docs'))).toBe(false);
    });

    it('creates -o FILE, and refuses it once it exists, leaving it as it was', () => {
        const dir = tempFolder({ 'main.align': TEXT });
        expect(runAlign(['adr', 'Pick', '-o', 'pick.md'], dir).status).toBe(0);
        writeFileSync(join(dir, 'pick.md'), 'edited by hand\n');
        const again = runAlign(['adr', 'Pick', '-o', 'pick.md'], dir);
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('refusing to overwrite pick.md');
        expect(readFileSync(join(dir, 'pick.md'), 'utf8')).toBe('edited by hand\n');
        expect(runAlign(['adr', 'Pick', '-o', 'main.align'], dir).status).toBe(2);
    });

    it('names the known decisions when the name is unknown', () => {
        const r = runAlign(['adr', 'Nope'], tempFolder({ 'main.align': TEXT }));
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('no decision named Nope (known decisions: Pick)');
    });
});

describe('a record path that names no regular file', () => {
    it('is record-missing for a device and a fifo, at once', () => {
        const dir = tempFolder({ 'main.align': `${TEXT}decision Zero { affects D record "/dev/zero" }\ndecision Fifo { affects D record "fifo.md" }\n` });
        execFileSync('mkfifo', [join(dir, 'fifo.md')]);
        const r = runAlign(['check', '.', '--format', 'json'], dir, { timeout: 30_000 });
        expect(r.error).toBeUndefined();
        expect((JSON.parse(r.stdout) as Array<{ code: string }>).map(d => d.code)).toEqual(['record-missing', 'record-missing']);
    });
});
