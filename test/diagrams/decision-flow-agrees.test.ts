// The decision-flow view and `who-decides` must never disagree: for every decision of every
// example and fixture, the decider the picture hangs it from is the decider the model names,
// and every "affects only D" branch leads where `who-decides --domains D` says.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDecisionFlow } from '../../language/diagrams/views/decision-flow.js';
import { buildWorkspace } from '../helpers/workspace.js';

const ROOT = new URL('../../', import.meta.url);

/** The .align files of a folder, by name. */
function folderFiles(path: string): Record<string, string> {
    const folder = new URL(path, ROOT);
    return Object.fromEntries(
        readdirSync(folder)
            .filter(file => file.endsWith('.align'))
            .sort()
            .map(file => [file, readFileSync(new URL(file, folder), 'utf8')])
    );
}

const PEOPLE = 'stakeholder Ann\nstakeholder Bob\nstakeholder Cy\ngroup Board { members Ann, Bob, Cy decides by majority }\n';

/** Workspaces that reach each step of the resolution order, and the corners between them. */
const SYNTHETIC: Record<string, string> = {
    'reserved, inherited and conflicting':
        PEOPLE +
        `
        domain Top { owner Board reserved }
        domain Child { part of Top }
        domain Other { owner Cy reserved }
        domain Plain { owner Ann }
        decision ViaChild { affects Child, Plain }
        decision TwoReserved { affects Top, Other }
        decision OnlyPlain { affects Plain }`,
    'lead, owner and rule':
        PEOPLE +
        `
        domain A { owner Ann }
        domain B { owner Bob }
        domain C
        rule OnC { when touches C decided by Cy within 1 week }
        rule Cross { when crosses any decided by Board within 2 weeks }
        decision Led { affects A, B led by B }
        decision Crossing { affects A, B }
        decision OnlyC { affects C }
        decision Explicit { affects A decided by Bob }`,
    'residual authority':
        PEOPLE +
        `
        initiative I { residual authority Board }
        domain A { owner Ann }
        domain B { owner Bob }
        domain Lone
        rule R1 { when touches A, B decided by Ann within 1 week }
        rule R2 { when touches A, B decided by Bob within 1 week }
        decision Disputed { affects A, B }
        decision Orphan { affects Lone }`,
    nobody:
        PEOPLE +
        `
        domain A { owner Ann, Bob }
        domain B
        decision Stuck { affects A }
        decision Stuck2 { affects A, B }`
};

const WORKSPACES: Array<[string, Record<string, string>]> = [
    ...readdirSync(new URL('examples/', ROOT)).map((name): [string, Record<string, string>] => [`examples/${name}`, folderFiles(`examples/${name}/`)]),
    ['test/diagrams/fixtures', folderFiles('test/diagrams/fixtures/')],
    ['test/fixtures', folderFiles('test/fixtures/')],
    ...readdirSync(new URL('test/fixtures/charters/', ROOT)).map((file): [string, Record<string, string>] => [
        `test/fixtures/charters/${file}`,
        { 'main.align': readFileSync(new URL(`test/fixtures/charters/${file}`, ROOT), 'utf8') }
    ]),
    ...Object.entries(SYNTHETIC).map(([name, text]): [string, Record<string, string>] => [name, { 'main.align': text }])
];

describe('the decision-flow view agrees with who-decides', () => {
    for (const [name, files] of WORKSPACES) {
        it(name, async () => {
            const ws = await buildWorkspace(files);
            const view = buildDecisionFlow(ws.model, [], { includeDecisions: true, maxDecisionsPerPath: Number.MAX_SAFE_INTEGER });
            const label = (id: string) => view.nodes.find(node => node.id === id)?.label[0];
            const expected = (decider: { name: string } | undefined) => (decider ? `${decider.name} decides` : 'No authority');
            let compared = 0;
            for (const info of ws.model.decisions.values()) {
                if (!info.decision.name) continue;
                const into = view.edges.filter(edge => edge.to === `decision:${info.decision.name}`);
                expect(into, info.decision.name).toHaveLength(1);
                expect(label(into[0].from), `${info.decision.name}: ${info.framework.explanation}`).toBe(expected(info.decider));
                compared++;
            }
            for (const domain of ws.model.domains.keys()) {
                if (!domain.name) continue;
                // A reserved domain is drawn once, as "affects reserved D".
                const branch = ws.model.domains.get(domain)?.reservedBy === domain ? `reserved:${domain.name}` : `domain:${domain.name}`;
                const out = view.edges.filter(edge => edge.from === branch);
                expect(out, domain.name).toHaveLength(1);
                expect(label(out[0].to), `affects only ${domain.name}`).toBe(expected(ws.model.resolve([domain]).decider));
                compared++;
            }
            expect(compared).toBeGreaterThan(0);
        });
    }
});
