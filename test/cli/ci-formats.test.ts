// `align check --format sarif|github` (spec §8): the formats CI services read. Spawns the built
// CLI (out/cli/main.cjs) like cli.test.ts, and checks the pieces (escaping, fingerprints,
// anchors) directly.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { CODE_CATALOG } from '../../cli/formats/code-catalog.js';
import { fingerprints } from '../../cli/formats/fingerprint.js';
import { escapeData, escapeProperty, toWorkflowCommand } from '../../cli/formats/github.js';
import { collectDiagnostics, type Finding } from '../../cli/output.js';
import { DOCS_BASE, docsUrl } from '../../language/validation/code-docs.js';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { runAlign } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');

/** `align ARGS` in `cwd`, through the tests' one CLI runner. */
function align(args: string[], cwd = ROOT) {
    return runAlign(args, cwd);
}

function sarifOf(args: string[], cwd = ROOT): { status: number | null; log: Sarif.Log } {
    const r = align(['check', ...args, '--format', 'sarif'], cwd);
    expect(r.stderr).toBe('');
    return { status: r.status, log: JSON.parse(r.stdout) as Sarif.Log };
}

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK publishes it on npm (draft-04). Its `language`
// pattern has a stray `]` that is only valid without the regular expressions' unicode flag.
const validateSarif = (() => {
    const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(schema);
})();

/** Copies examples/stalemate into a new temp folder whose name has a space, returning both. */
function stalemateCopy(): { cwd: string; folder: string } {
    const cwd = mkdtempSync(join(tmpdir(), 'align-ci-'));
    const folder = join(cwd, 'stale mate');
    cpSync(join(ROOT, 'examples/stalemate'), folder, { recursive: true });
    return { cwd, folder };
}

describe('align check --format sarif', () => {
    it('writes one SARIF 2.1.0 log that validates against the published schema', () => {
        const { status, log } = sarifOf(['examples/stalemate']);
        expect(status).toBe(1);
        expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('align');
        expect(driver.informationUri).toMatch(/^https:\/\//);
        expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('lists every diagnostic code as a rule, with its default severity and documentation page', () => {
        const rules = sarifOf(['examples/stalemate']).log.runs[0].tool.driver.rules!;
        expect(rules.map(rule => rule.id)).toEqual([...ALL_DIAGNOSTIC_CODES]);
        for (const rule of rules) {
            const code = rule.id as keyof typeof CODE_CATALOG;
            expect(rule.shortDescription?.text).toBeTruthy();
            expect(rule.help?.text).toContain(docsUrl(code));
            expect(rule.helpUri).toBe(`${DOCS_BASE}${code}.md`);
            expect(rule.helpUri).toBe(`https://github.com/align-tools/align/blob/main/docs/diagnostics/${code}.md`);
            // SARIF calls an info a note.
            expect(rule.defaultConfiguration?.level).toBe(CODE_CATALOG[code].severity === 'info' ? 'note' : CODE_CATALOG[code].severity);
        }
        // Spot checks against the table of spec §4.
        const level = (id: string) => rules.find(rule => rule.id === id)?.defaultConfiguration?.level;
        expect([level('syntax'), level('escalation-cycle'), level('decision-overdue'), level('sla-unreachable')]).toEqual([
            'error',
            'error',
            'warning',
            'warning'
        ]);
    });

    it('gives each result its rule, level, message, relative location and 1-based region', () => {
        const { log } = sarifOf(['examples/stalemate']);
        const records = JSON.parse(align(['check', 'examples/stalemate', '--format', 'json']).stdout) as Array<Record<string, string | number>>;
        const results = log.runs[0].results!;
        expect(results).toHaveLength(records.length);
        results.forEach((result, i) => {
            const record = records[i];
            expect(result.ruleId).toBe(record.code);
            expect(log.runs[0].tool.driver.rules![result.ruleIndex!].id).toBe(result.ruleId);
            expect(result.level).toBe(record.severity === 'error' ? 'error' : record.severity === 'warning' ? 'warning' : 'note');
            expect(result.message.text).toBe(record.message);
            expect(result.locations).toHaveLength(1);
            const { artifactLocation, region } = result.locations![0].physicalLocation!;
            expect(artifactLocation!.uri).toMatch(/^examples\/stalemate\/[a-z-]+\.align$/);
            expect(existsSync(join(ROOT, artifactLocation!.uri!))).toBe(true);
            expect(region).toEqual({ startLine: record.line, startColumn: record.column, endLine: record.endLine, endColumn: record.endColumn });
            for (const n of Object.values(region!)) expect(n).toBeGreaterThanOrEqual(1);
            expect(Object.keys(result.partialFingerprints!)).toEqual(['alignFingerprint/v1']);
        });
        expect(new Set(results.map(r => r.partialFingerprints!['alignFingerprint/v1'])).size).toBe(results.length);
    });

    it('writes relative URIs with forward slashes and escaped characters', () => {
        const { cwd } = stalemateCopy();
        const { log } = sarifOf(['stale mate'], cwd);
        const uris = log.runs[0].results!.map(r => r.locations![0].physicalLocation!.artifactLocation!.uri!);
        expect(uris.length).toBeGreaterThan(0);
        for (const uri of uris) {
            expect(uri).toMatch(/^stale%20mate\/[a-z-]+\.align$/);
            expect(existsSync(join(cwd, decodeURIComponent(uri)))).toBe(true);
        }
        expect(validateSarif(log)).toBe(true);
    });

    it('keeps every fingerprint when lines are inserted above the findings', () => {
        const { cwd, folder } = stalemateCopy();
        const before = sarifOf(['stale mate'], cwd).log.runs[0].results!;
        for (const file of readdirSync(folder).filter(name => name.endsWith('.align'))) {
            writeFileSync(join(folder, file), '\n\n\n' + readFileSync(join(folder, file), 'utf8'));
        }
        const after = sarifOf(['stale mate'], cwd).log.runs[0].results!;
        expect(after.map(r => r.locations![0].physicalLocation!.region!.startLine)).toEqual(
            before.map(r => r.locations![0].physicalLocation!.region!.startLine! + 3)
        );
        expect(after.map(r => r.partialFingerprints)).toEqual(before.map(r => r.partialFingerprints));
    });

    it('exits as text and json do: 0 on a clean workspace (with no results), 2 on bad usage', () => {
        const { status, log } = sarifOf(['examples/patient-portal']);
        expect(status).toBe(0);
        expect(log.runs[0].results).toEqual([]);
        expect(validateSarif(log)).toBe(true);
        expect(align(['check', 'no/such/path', '--format', 'sarif']).status).toBe(2);
    });

    it('keeps the internal fields out of --format json', () => {
        const records = JSON.parse(align(['check', 'examples/stalemate', '--format', 'json']).stdout) as object[];
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) {
            expect(Object.keys(record).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
        }
    });
});

describe('fingerprints', () => {
    const finding = (over: Partial<Finding>): Finding => ({
        file: 'a.align',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        severity: 'error',
        code: 'domain-no-owner',
        message: 'm',
        anchor: { declaration: 'D', property: 'OwnerProperty' },
        ...over
    });

    it('depend on the code, project, declaration and property, not on the place', () => {
        const [a] = fingerprints([finding({})]);
        expect(fingerprints([finding({ line: 40, column: 9, file: 'b.align', message: 'other words' })])).toEqual([a]);
        for (const other of [
            { code: 'risk-no-owner' },
            { project: 'p' },
            { anchor: { declaration: 'E', property: 'OwnerProperty' } },
            { anchor: { declaration: 'D' } }
        ]) {
            expect(fingerprints([finding(other)])[0]).not.toBe(a);
        }
    });

    it('count repeated findings of one code in one declaration and property, in the order given', () => {
        const prints = fingerprints([finding({ line: 1 }), finding({ line: 2, code: 'invalid-value' }), finding({ line: 3 })]);
        expect(prints[0]).toMatch(/:1$/);
        expect(prints[1]).toMatch(/:1$/);
        expect(prints[2]).toBe(prints[0].replace(/:1$/, ':2'));
    });
});

describe('anchors', () => {
    it('name the declaration and the property around a diagnostic', async () => {
        const ws = await buildWorkspace({
            'a.align':
                'stakeholder A\nstakeholder B\ncadence C every week { attendees A, B }\n\ndomain D {\n    consulted A\n    owner A, B\n}\ndomain Lonely\n'
        });
        const findings = collectDiagnostics([...ws.documents.values()]);
        expect(findings.find(f => f.code === 'domain-multiple-owners')?.anchor).toEqual({ declaration: 'D', property: 'OwnerProperty' });
        expect(findings.find(f => f.code === 'domain-no-owner')?.anchor).toEqual({ declaration: 'Lonely' });
    });
});

describe('align check --format github', () => {
    const COMMAND = /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=align [a-z-]+::[^\r\n]+$/;

    it('prints one workflow command per diagnostic and exits as text and json do', () => {
        const r = align(['check', 'examples/stalemate', '--format', 'github']);
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('');
        const records = JSON.parse(align(['check', 'examples/stalemate', '--format', 'json']).stdout) as Array<Record<string, string | number>>;
        const lines = r.stdout.split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(records.length);
        lines.forEach((line, i) => {
            const record = records[i];
            expect(line).toMatch(COMMAND);
            const level = record.severity === 'error' ? 'error' : record.severity === 'warning' ? 'warning' : 'notice';
            expect(
                line.startsWith(
                    `::${level} file=${record.file},line=${record.line},col=${record.column},endLine=${record.endLine},endColumn=${record.endColumn},title=align ${record.code}::`
                )
            ).toBe(true);
        });
        const clean = align(['check', 'examples/patient-portal', '--format', 'github']);
        expect(clean.status).toBe(0);
        expect(clean.stdout).toBe('');
    });

    it('keeps hostile text from a file inside one command', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-gh-'));
        mkdirSync(join(dir, 'h'));
        // `\n` and `\r` escapes put real line breaks into the item, and so into the message.
        const item = String.raw`a\nb\r\n::error::pwned%0A 100%`;
        writeFileSync(
            join(dir, 'h/h.align'),
            `initiative I {\n    in scope "${item}"\n    out of scope "${item}"\n}\nstakeholder S\ncadence C every week { attendees S }\nmetric M outcome { owner S target 1 }\n`
        );
        const r = align(['check', 'h', '--format', 'github'], dir);
        expect(r.status).toBe(1);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(COMMAND);
        expect(lines[0]).toContain('::"a%0Ab%0D%0A::error::pwned%250A 100%25" is both in scope and out of scope of I.');
        expect(lines[0].startsWith('::error file=h/h.align,line=3,')).toBe(true);
    });
});

describe('workflow command escaping', () => {
    const hostile = '100% done\r\n::error::pwned, key: value\n%0A';

    it('escapes %, CR and LF in data, as GitHub specifies', () => {
        expect(escapeData(hostile)).toBe('100%25 done%0D%0A::error::pwned, key: value%0A%250A');
    });

    it('escapes : and , in property values too', () => {
        expect(escapeProperty(hostile)).toBe('100%25 done%0D%0A%3A%3Aerror%3A%3Apwned%2C key%3A value%0A%250A');
    });

    it('builds a single line whose parts decode back to the originals', () => {
        const command = toWorkflowCommand({
            file: 'odd,name:x.align',
            line: 3,
            column: 1,
            endLine: 4,
            endColumn: 2,
            severity: 'hint',
            code: 'metric-no-owner',
            message: hostile + '\u001b[31m'
        });
        expect(command).not.toMatch(/[\r\n\u001b]/);
        const match = /^::notice (.*?)::(.*)$/.exec(command)!;
        const decode = (text: string) => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
        const properties = Object.fromEntries(
            match[1]
                .split(',')
                .map(pair => pair.split('='))
                .map(([key, value]) => [key, decode(value)])
        );
        expect(properties).toEqual({ file: 'odd,name:x.align', line: '3', col: '1', endLine: '4', endColumn: '2', title: 'align metric-no-owner' });
        expect(decode(match[2])).toBe(hostile + '\\x1b[31m');
    });
});
