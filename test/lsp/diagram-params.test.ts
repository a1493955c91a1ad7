// The `align/diagram` request over stdio with params no editor should send: each gets an
// InvalidParams answer that names the problem, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from './lsp-client.js';

const INVALID_PARAMS = -32602;

describe('align/diagram params', () => {
    let s: LspSession;
    beforeAll(async () => {
        s = await startServer(['patient-portal']);
        await s.open('delivery.align');
    });
    afterAll(async () => {
        await s.stop();
    });

    const rejection = async (params: unknown): Promise<{ code: number; message: string }> => {
        try {
            await s.connection.sendRequest('align/diagram', params);
        } catch (error) {
            return error as { code: number; message: string };
        }
        throw new Error(`align/diagram accepted ${JSON.stringify(params)}`);
    };

    it.each([
        [null, /params must be an object, not null/],
        [{}, /view is missing: it must be one of decision-flow, escalation, raci, roadmap, rhythm/],
        [{ view: 'nope' }, /view must be one of decision-flow, escalation, raci, roadmap, rhythm, not 'nope'/],
        [{ view: '__proto__' }, /view must be one of .*, not '__proto__'/],
        [{ view: 'constructor' }, /view must be one of .*, not 'constructor'/],
        [{ view: 42 }, /view must be one of .*, not 42/],
        [{ view: 'raci', includeDecisions: 'yes' }, /includeDecisions must be a boolean, not 'yes'/],
        [{ view: 'raci', focus: { uri: 1 } }, /focus\.uri must be a URI string, not 1/],
        [{ view: 'raci', focus: 'here' }, /focus must be an object .*, not 'here'/],
        [{ view: 'raci', focus: { uri: 'file:///a.align', line: -1, character: 0 } }, /focus\.line must be a non-negative integer, not -1/],
        [{ view: 'raci', focus: { uri: 'file:///a.align', line: 0, character: 1.5 } }, /focus\.character must be a non-negative integer, not 1\.5/],
        [{ view: 'raci', focus: { uri: 'file:////x', line: 0, character: 0 } }, /focus\.uri must be a URI string, not 'file:\/\/\/\/x'/],
        [{ view: 'raci', format: 'png' }, /format must be svg or mermaid, not 'png'/],
        [{ view: 'raci', filter: 3 }, /filter must be a string, not 3/],
        [{ view: 'raci', onlyUri: {} }, /onlyUri must be a URI string, not an object/],
        [{ view: 'raci', around: [] }, /around must be a node id string, not an array/]
    ])('answers InvalidParams to %j', async (params, message) => {
        const error = await rejection(params);
        expect(error.code).toBe(INVALID_PARAMS);
        expect(error.message).toMatch(message);
        expect(error.message).not.toMatch(/Cannot read properties/);
    });

    it('still serves a valid request afterwards, with null for an absent focus', async () => {
        const result = await s.connection.sendRequest<{ text: string }>('align/diagram', { view: 'raci', includeDecisions: false, focus: null });
        expect(result.text).toContain('UserExperience');
        const mermaid = await s.connection.sendRequest<{ text: string }>('align/diagram', { view: 'raci', format: 'mermaid', filter: null });
        expect(mermaid.text.startsWith('flowchart LR')).toBe(true);
    });

    it('draws every view while a declaration is half-typed', async () => {
        await s.open('typing.align', 'decision\nstakeholder\ndomain\ncadence every week { escalates to SteerCo }\n');
        await s.diagnostics('typing.align', d => d.length > 0);
        for (const view of ['decision-flow', 'escalation', 'raci']) {
            const result = await s.connection.sendRequest<{ text: string; syntaxErrors: boolean }>('align/diagram', { view });
            expect(result.syntaxErrors).toBe(true);
            expect(result.text).not.toMatch(/undefined/);
        }
    });
});
