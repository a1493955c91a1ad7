// Golden files: the SVG and Mermaid of the examples must not change by a single byte unless
// the change is intended (regenerate with UPDATE_GOLDEN=1 and look at the pictures).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiagram, type DiagramFormat } from '../../language/diagrams/render-diagram.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { loadExample } from './diagram-helpers.js';

const CASES: Array<[string, DiagramViewKind, DiagramFormat]> = [
    ['patient-portal', 'decision-flow', 'svg'],
    ['patient-portal', 'decision-flow', 'mermaid'],
    ['patient-portal', 'raci', 'svg'],
    ['stalemate', 'decision-flow', 'svg'],
    ['stalemate', 'escalation', 'svg'],
    ['stalemate', 'escalation', 'mermaid']
];

/** Makes file URIs independent of where the repository is checked out. */
function portable(text: string): string {
    return text.split(new URL('../../', import.meta.url).pathname).join('/REPO/');
}

describe('golden diagrams', () => {
    for (const [example, view, format] of CASES) {
        it(`${example} ${view} ${format}`, async () => {
            const { ws, errors } = await loadExample(example);
            const output = portable(await renderDiagram(ws.model, errors, { view, format }));
            const file = new URL(`./golden/${example}.${view}.${format === 'mermaid' ? 'mmd' : format}`, import.meta.url);
            if (process.env.UPDATE_GOLDEN) writeFileSync(file, output);
            expect(existsSync(file), `missing golden file ${file.pathname}: run with UPDATE_GOLDEN=1`).toBe(true);
            expect(output).toBe(readFileSync(file, 'utf8'));
        });
    }

    it('renders the same bytes twice', async () => {
        const { ws, errors } = await loadExample('patient-portal');
        const first = await renderDiagram(ws.model, errors, { view: 'decision-flow', format: 'svg' });
        const again = await loadExample('patient-portal');
        expect(await renderDiagram(again.ws.model, again.errors, { view: 'decision-flow', format: 'svg' })).toBe(first);
    });
});
