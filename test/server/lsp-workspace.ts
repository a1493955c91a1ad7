// Builds an in-memory workspace with the full language-server services, to call providers directly.
import { URI, type LangiumDocument } from 'langium';
import { createAlignServices, type AlignServices } from '../../server/align-services.js';
import { MemoryFileSystem } from '../../language/workspace/memory-file-system.js';

export interface LspWorkspace {
    services: AlignServices;
    document(file?: string): LangiumDocument;
    /** Changes a file's text and rebuilds, as an edit in the editor does. */
    setFile(file: string, text: string): Promise<void>;
}

/** Parses, links and validates the files (name → text) with the language server's services. */
export async function buildLspWorkspace(files: Record<string, string> | string): Promise<LspWorkspace> {
    const memory = new MemoryFileSystem();
    const { shared, Align } = createAlignServices({ fileSystemProvider: () => memory });
    Align.align.ValidationOptions.today = '2026-11-24';
    const given = typeof files === 'string' ? [['main.align', files] as const] : Object.entries(files);
    // Every file is readable (decision records); only .align files are documents.
    for (const [name, text] of given) memory.files.set(URI.file(`/ws/${name}`).toString(), text);
    const entries = given.filter(([name]) => !/\.(md|markdown|txt)$/i.test(name));
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of entries) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services: Align,
        document: (file = entries[0][0]) => documents.get(file)!,
        async setFile(file, text) {
            memory.files.set(URI.file(`/ws/${file}`).toString(), text);
            await shared.workspace.DocumentBuilder.update([URI.file(`/ws/${file}`)], []);
        }
    };
}

export { applyEdits } from '../helpers/text.js';
