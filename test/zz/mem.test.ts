import { test } from 'vitest';
import { URI, DocumentState } from 'langium';
import { createAlignCoreServices } from '../../language/align-module.js';
import { realisticFiles } from '../pathological/generators.js';

test('memory', async () => {
    const files = realisticFiles(2500, 200);
    const gc = (globalThis as any).gc as () => void;
    const mb = () => { gc(); gc(); return (process.memoryUsage().heapUsed / 1048576).toFixed(0); };
    console.log('start', mb());
    const { shared, Align } = createAlignCoreServices();
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    console.log('parsed', mb());
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    console.log('linked+indexed', mb());
    Align.align.AlignmentModel.model;
    console.log('model', mb());
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    console.log('validated', mb(), documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0));
    const text = Object.values(files).join('').length;
    console.log('text MB', (text / 1048576).toFixed(1));
}, 300000);
