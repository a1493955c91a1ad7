// Where a keystroke's time goes, in process: a character typed into a name and deleted again
// in one document of a generated workspace, and each build phase of the update timed. Prints
// figures; the editor part (editor.ts) measures the same through the real server.
import { DocumentState, URI } from 'langium';
import { createAlignCoreServices } from '../../language/align-module.js';
import type { AlignCoreServices } from '../../language/align-module.js';
import { MODEL_CHECKS } from '../../language/validation/align-validator.js';
import { MemoryFileSystem } from '../../language/workspace/memory-file-system.js';
import { realisticFiles, realisticText } from '../pathological/generators.js';
import { median, row } from './table.js';

const PHASES: Array<[DocumentState, string]> = [
    [DocumentState.Parsed, 'parse'],
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'reference index'],
    [DocumentState.Validated, 'validate']
];

/** Times `count` keystrokes in the middle document of `files`, phase by phase. */
async function phasesOf(label: string, files: Record<string, string>, count: number): Promise<void> {
    const memory = new MemoryFileSystem();
    const uris = Object.keys(files).map(name => URI.parse(`file:///bench/${name}`));
    Object.values(files).forEach((text, i) => memory.files.set(uris[i].toString(), text));
    const { shared } = createAlignCoreServices({ fileSystemProvider: () => memory });
    const documents = uris.map(uri => shared.workspace.LangiumDocumentFactory.fromString(memory.files.get(uri.toString())!, uri));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const edited = uris[Math.floor(uris.length / 2)];
    const original = memory.files.get(edited.toString())!;
    const at = original.indexOf('stakeholder P', Math.floor(original.length / 2)) + 'stakeholder P'.length;
    const times = new Map<string, number[]>(PHASES.map(([, name]) => [name, []]));
    const totals: number[] = [];
    let mark = 0;
    for (const [state, name] of PHASES) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => {
            const now = performance.now();
            times.get(name)!.push(now - mark);
            mark = now;
        });
    }
    for (let i = 0; i < count; i++) {
        memory.files.set(edited.toString(), i % 2 === 0 ? original.slice(0, at) + 'x' + original.slice(at) : original);
        const t0 = performance.now();
        mark = t0;
        await shared.workspace.DocumentBuilder.update([edited], []);
        totals.push(performance.now() - t0);
    }
    console.log(`\n${label}: ${count} keystrokes, in process, median per build phase`);
    console.log(row(['phase', 'median']));
    for (const [, name] of PHASES) console.log(row([name, `${median(times.get(name)!.slice(-count)).toFixed(1)} ms`]));
    console.log(row(['whole update', `${median(totals).toFixed(1)} ms`]));
    // Inside validation: the project's model, and the checks of the edited file that read it.
    const services = shared.ServiceRegistry.getServices(edited) as AlignCoreServices;
    const document = shared.workspace.LangiumDocuments.getDocument(edited)!;
    const model: number[] = [];
    const modelChecks: number[] = [];
    for (let i = 0; i < 7; i++) {
        services.align.AlignmentModel.invalidate();
        let t = performance.now();
        void services.align.AlignmentModel.modelOf(edited);
        model.push(performance.now() - t);
        t = performance.now();
        await services.validation.DocumentValidator.validateDocument(document, { categories: [MODEL_CHECKS] });
        modelChecks.push(performance.now() - t);
    }
    console.log(row(['(the project model, built)', `${median(model).toFixed(1)} ms`]));
    console.log(row(['(the edited file: model checks)', `${median(modelChecks).toFixed(1)} ms`]));
}

/** The keystroke's phases in the workspaces of issue 19. */
export async function keystrokePhases(count = 30): Promise<void> {
    await phasesOf('10k lines in one file', { 'one.align': realisticText(250) }, count);
    await phasesOf('10k lines in 200 files', realisticFiles(250, 200), count);
}
