// One namespace per workspace: references across files, duplicates across files, and
// revalidation of every file when one file changes or disappears.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

describe('cross-file workspace', () => {
    it('resolves references declared in another file', async () => {
        const ws = await buildWorkspace({
            'people.align': 'stakeholder Ann\ncadence Weekly every week { attendees Ann }',
            'domains.align': 'domain D { owner Ann }'
        });
        expect(ws.all()).toEqual([]);
        const domain = [...ws.model.domains.values()][0];
        expect(domain.owner?.name).toBe('Ann');
    });

    it('reports a duplicate name in both files, naming the other file', async () => {
        const ws = await buildWorkspace({ 'a.align': 'stakeholder Ann', 'b.align': '\nstakeholder Ann' });
        const a = ws.diagnostics('a.align').filter(d => d.code === 'duplicate-name');
        const b = ws.diagnostics('b.align').filter(d => d.code === 'duplicate-name');
        expect(a).toHaveLength(1);
        expect(b).toHaveLength(1);
        expect(a[0].message).toContain('b.align:2');
        expect(b[0].message).toContain('a.align:1');
    });

    it('revalidates a file when another file gains the rule it needed', async () => {
        const ws = await buildWorkspace({
            'decisions.align':
                'stakeholder A stakeholder B cadence C every week { attendees A, B }\ndomain X { owner A } domain Y { owner B }\ndecision D { affects X, Y }',
            'rules.align': '// no rules yet'
        });
        expect(ws.diagnostics('decisions.align').map(d => d.code)).toContain('decision-ambiguous-owner');

        await ws.setFile('rules.align', 'rule R { when crosses any decided by A within 1 day }');
        expect(ws.diagnostics('rules.align')).toEqual([]);
        const decisions = ws.documents.get('decisions.align')!;
        expect((decisions.diagnostics ?? []).map(d => d.code)).not.toContain('decision-ambiguous-owner');
    });

    it('revalidates the others when a file is deleted', async () => {
        const ws = await buildWorkspace({
            'people.align': 'stakeholder Ann cadence W every week { attendees Ann }',
            'domains.align': 'domain D { owner Ann }'
        });
        const domains = ws.documents.get('domains.align')!;
        expect(domains.diagnostics).toEqual([]);
        await ws.deleteFile('people.align');
        expect((domains.diagnostics ?? []).map(d => d.code)).toContain('unresolved-reference');
    });
});
