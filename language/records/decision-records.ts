// The decision records that `record "PATH"` names, read once per build before validation (a
// check cannot wait for a file), through the workspace's file system: the disk for the CLI and
// the desktop server, the editor's files for the web server, memory for tests.
import { AstUtils, DocumentState, UriUtils, type LangiumDocument, type URI } from 'langium';
import { isDecision, isRecordProperty, type Workspace } from '../generated/ast.js';
import type { AlignSharedCoreServices } from '../align-module.js';
import { parseRecord, type RecordFacts } from './parse-record.js';

/** A record as read: missing (unreadable, or too big to be one), or its text and what it says. */
export type RecordRead = { found: false } | { found: true; facts?: RecordFacts };

/** Records bigger than this are not read: a record is a page of Markdown. */
const MAX_RECORD_BYTES = 1_000_000;

export class DecisionRecords {
    private readonly reads = new Map<string, RecordRead>();

    constructor(private readonly shared: AlignSharedCoreServices) {
        // Before validation, so the checks find every record of the documents being built.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, async documents => {
            // A record several decisions name is read once per build.
            const uris = new Map(documents.flatMap(document => this.pathsOf(document)).map(uri => [uri.toString(), uri] as const));
            await Promise.all([...uris.values()].map(uri => this.load(uri)));
        });
    }

    /** The URI a record path names, relative to the document that declares it. */
    uriOf(document: LangiumDocument | URI, path: string): URI {
        const base = 'uri' in document ? document.uri : document;
        return UriUtils.resolvePath(UriUtils.dirname(base), path);
    }

    /** The record at a path written in a document, as last read; undefined before any build read it. */
    read(document: LangiumDocument, path: string): RecordRead | undefined {
        return this.reads.get(this.uriOf(document, path).toString());
    }

    private pathsOf(document: LangiumDocument): URI[] {
        const workspace = document.parseResult.value as Workspace;
        return (workspace.declarations ?? [])
            .filter(isDecision)
            .flatMap(decision => (decision.properties ?? []).filter(isRecordProperty))
            .filter(property => typeof property.path === 'string' && property.path.trim() !== '')
            .map(property => this.uriOf(AstUtils.getDocument(property), property.path));
    }

    // Read again on every build: the record may have changed on disk since.
    private async load(uri: URI): Promise<void> {
        let read: RecordRead;
        try {
            // Only a regular file is read: a fifo or a device (`record "/dev/zero"`) would never end.
            const node = await this.shared.workspace.FileSystemProvider.stat(uri);
            if (!node.isFile) throw new Error('not a regular file');
            const text = await this.shared.workspace.FileSystemProvider.readFile(uri);
            read = text.length > MAX_RECORD_BYTES ? { found: true } : { found: true, facts: parseRecord(text) };
        } catch {
            read = { found: false };
        }
        this.reads.set(uri.toString(), read);
    }
}
