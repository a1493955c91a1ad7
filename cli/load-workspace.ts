// Loads the given `.align` files as one workspace and builds them (parse, link, validate).
import { readFileSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { createAlignCoreServices, type AlignCoreServices } from '../language/align-module.js';
import { findAlignFiles } from './find-files.js';
import { UsageError } from './usage-error.js';

export interface LoadedWorkspace {
    services: AlignCoreServices;
    documents: LangiumDocument[];
    /** The absolute paths of the files read, one per document. */
    files: string[];
}

/** Reads, parses, links and validates every `.align` file under the given paths. */
export async function loadWorkspace(paths: string[], options: { today?: string } = {}): Promise<LoadedWorkspace> {
    const files = findAlignFiles(paths);
    const { shared, Align } = createAlignCoreServices();
    Align.align.ValidationOptions.today = options.today;
    const documents = files.map(file => {
        let text: string;
        try {
            // Editors hide a byte order mark; left in, it would shift every column of line 1 by one.
            text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        } catch (error) {
            throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Align, documents, files };
}
