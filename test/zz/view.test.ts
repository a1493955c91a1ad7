import { test } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';
import { realisticFiles } from '../pathological/generators.js';
import { buildView, errorsOf } from '../../language/diagrams/render-diagram.js';
import { indexView } from '../../language/diagrams/select/view-index.js';
import { selectView } from '../../language/diagrams/select/select-view.js';

test('view timings', async () => {
    const files = { ...realisticFiles(250, 200), 'align.config.json': '{ "today": "2026-11-25" }' };
    const ws = await buildWorkspace(files, { today: null });
    const model = ws.model;
    for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const errors = errorsOf(model.documents);
        const t1 = performance.now();
        const view = buildView(model, errors, 'decision-flow', true, '2026-11-25');
        const t2 = performance.now();
        const index = indexView(view);
        const t3 = performance.now();
        const sel = selectView(view, { filter: 'X3' });
        const t4 = performance.now();
        console.log(`errors ${(t1 - t0).toFixed(1)} view ${(t2 - t1).toFixed(1)} index ${(t3 - t2).toFixed(1)} select ${(t4 - t3).toFixed(1)} nodes ${view.nodes.length}`);
    }
}, 120000);
