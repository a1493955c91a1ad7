// A check that throws is a bug in Align: it must be reported as such (code internal-error),
// never under a stable code such as `syntax`, never dropped, and the other findings stay.
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { exitStatusOf } from '../../cli/commands/check.js';
import { collectDiagnostics } from '../../cli/output.js';
import { createAlignCoreServices } from '../../language/align-module.js';
import type { AlignAstType } from '../../language/generated/ast.js';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/internal-error.js';
import { buildWorkspace } from '../helpers/workspace.js';

async function buildWithThrowingCheck(text: string, error: Error) {
    const { shared, Align } = createAlignCoreServices();
    Align.validation.ValidationRegistry.register<AlignAstType>({
        Stakeholder: () => {
            throw error;
        }
    });
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/ws/a.align'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

describe('a check that throws', () => {
    const text = 'stakeholder Ann\ndomain Lonely { consulted Ann }\n';

    it('is reported as internal-error on the node it failed on, and the other findings remain', async () => {
        const original = console.error;
        console.error = () => undefined;
        try {
            const document = await buildWithThrowingCheck(text, new TypeError("Cannot read properties of undefined (reading '$refText')"));
            const codes = document.diagnostics!.map(d => d.code);
            expect(codes).toContain(INTERNAL_ERROR_CODE);
            expect(codes).toContain('domain-no-owner');
            expect(codes).not.toContain('syntax');
            const failure = document.diagnostics!.find(d => d.code === INTERNAL_ERROR_CODE)!;
            expect(failure.message).toMatch(/Align failed while checking this stakeholder .*\$refText.*bug in Align/);
            expect(failure.range.start.line).toBe(0);
        } finally {
            console.error = original;
        }
    });

    it('makes the CLI exit 2 (incomplete), not 0 or 1', async () => {
        const original = console.error;
        console.error = () => undefined;
        try {
            const document = await buildWithThrowingCheck(text, new RangeError('Maximum call stack size exceeded'));
            const records = collectDiagnostics([document]);
            expect(records.map(r => r.code)).toContain(INTERNAL_ERROR_CODE);
            expect(exitStatusOf(records)).toBe(2);
            expect(exitStatusOf(records.filter(r => r.code !== INTERNAL_ERROR_CODE))).toBe(1);
        } finally {
            console.error = original;
        }
    });

    it('never happens on half-typed text (repro: rule R { when crosses any decided by })', async () => {
        const ws = await buildWorkspace('rule R { when crosses any decided by }\ndecision\nstakeholder\ncadence C every\ngroup G { members }\n');
        const codes = ws.codes();
        expect(codes.every(code => (ALL_DIAGNOSTIC_CODES as readonly string[]).includes(code))).toBe(true);
        expect(
            ws
                .all()
                .filter(d => d.code === 'syntax')
                .every(d => !/error occurred during validation/i.test(d.message))
        ).toBe(true);
        expect(ws.all().some(d => /undefined/.test(d.message))).toBe(false);
    });
});
