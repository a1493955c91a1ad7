import { URI } from 'langium';
import { createAlignCoreServices } from '../../language/align-module.js';
import { MemoryFileSystem } from '../../language/workspace/memory-file-system.js';
import { realisticText } from '../pathological/generators.js';
import { buildAlignmentModel } from '../../language/model/build-model.js';
import { MODEL_CHECKS } from '../../language/validation/align-validator.js';
const memory = new MemoryFileSystem();
const uri = URI.parse('file:///bench/one.align');
const original = realisticText(250);
memory.files.set(uri.toString(), original);
const { shared, Align } = createAlignCoreServices({ fileSystemProvider: () => memory });
const doc = shared.workspace.LangiumDocumentFactory.fromString(original, uri);
shared.workspace.LangiumDocuments.addDocument(doc);
await shared.workspace.DocumentBuilder.build([doc], { validation: true });
const mode = process.argv[2];
const t = performance.now();
for (let i = 0; i < 20; i++) {
    if (mode === 'model') buildAlignmentModel([doc]);
    else {
        Align.align.AlignmentModel.invalidate();
        void Align.align.AlignmentModel.modelOf(uri);
        await Align.validation.DocumentValidator.validateDocument(doc, { categories: [MODEL_CHECKS] });
    }
}
console.log(mode, ((performance.now() - t) / 20).toFixed(1), 'ms');
