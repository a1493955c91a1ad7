// Inside a project every `.align` file shares one namespace and the alignment model spans all
// of them, so a change anywhere in a project (a new rule, a renamed stakeholder, a deleted
// file) can change the diagnostics of every file of that project: all of them are
// revalidated. Relinking is needed only where a reference can now resolve differently:
// Langium's default (references into a changed file, or unresolved ones) plus references to
// a name a changed file now declares, which may now resolve to that file (spec §6: a
// duplicated name resolves to its first declaration in file-path order). Another project
// cannot see the change, so its files are left as they are.
import {
    DefaultDocumentBuilder,
    DocumentState,
    isOperationCancelled,
    URI,
    type BuildOptions,
    type LangiumDocument,
    type MultiReference,
    type Reference
} from 'langium';
import { ALL_CHECKS } from '../validation/align-validator.js';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { AlignSharedCoreServices } from '../align-module.js';
import type { AlignProjects } from './projects.js';
import type { IncrementalEdits } from './incremental-edits.js';

export class AlignDocumentBuilder extends DefaultDocumentBuilder {
    // Langium's default for updates runs only its fast checks; the model's checks must run on
    // every edit too, since an edit anywhere in a project can change their findings.
    override updateBuildOptions: BuildOptions = { validation: { categories: [...ALL_CHECKS] } };

    private readonly projects: AlignProjects;
    private readonly edits: IncrementalEdits;

    constructor(services: AlignSharedCoreServices) {
        super(services);
        this.projects = services.align.Projects;
        this.edits = services.align.IncrementalEdits;
        // A reference read while a build was under way (a request from before the edit still
        // running) may have been resolved against a half-built index and kept its error: the
        // build's own linking skips a reference that already has a target. Every document about
        // to be linked forgets such early answers, so linking sees the complete index.
        this.onBuildPhase(DocumentState.ComputedScopes, documents => {
            for (const document of documents) {
                if (document.state === DocumentState.ComputedScopes) {
                    this.serviceRegistry.getServices(document.uri).references.Linker.unlink(document);
                }
            }
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        this.revalidateProjectsOf([...changed, ...deleted]);
        // Only another file of the project can have a reference that a new name takes over.
        const shared = this.sharesAProject(changed);
        const namesBefore = shared ? this.exportedNames(changed) : new Set<string>();
        // One edited document may be parsed and linked in part; several changes are built whole.
        this.edits.allow(changed.length === 1 && deleted.length === 0 ? changed[0].toString() : undefined);
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.edits.disallow();
        }
        if (shared) await this.relinkNewlyDeclared(changed, namesBefore, cancelToken);
    }

    /**
     * Tells every listener that a document reached a state. Langium stops telling the rest once
     * the build is cancelled, although the document keeps the state: a request waiting for it
     * (the outline waits for Parsed) then waits forever, and the validator never hears that the
     * document was linked again, so it kept findings of an older text. A listener that cares
     * about cancellation checks the token itself; the build stops at its next check.
     */
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            }
        }
    }

    /**
     * Whether a document must be linked again because files it refers to changed. Langium asks
     * the reference index, which a cancelled build may not have written for a document it had
     * already linked: that document kept targets in a replaced tree (a stale finding, found by
     * test/language/incremental-parse.test.ts). Its references themselves say where they point.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        return document.state === DocumentState.Linked && document.references.some(reference => pointsInto(reference, changedUris));
    }

    /** Whether any other document is in the project of one of these. */
    private sharesAProject(uris: URI[]): boolean {
        const keys = new Set(uris.map(uri => uri.toString()));
        const touched = new Set(uris.map(uri => this.projects.projectOf(uri).id));
        return this.langiumDocuments.all.some(document => !keys.has(document.uri.toString()) && touched.has(this.projects.projectOf(document.uri).id));
    }

    /** Every other document of a touched project is validated again, but keeps its links. */
    private revalidateProjectsOf(uris: URI[]): void {
        const projects = this.projects;
        const touched = new Set(uris.map(uri => projects.projectOf(uri).id));
        if (touched.size === 0) return;
        for (const document of this.langiumDocuments.all) {
            if (document.state >= DocumentState.Validated && touched.has(projects.projectOf(document.uri).id)) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
    }

    private exportedNames(uris: URI[]): Set<string> {
        const names = new Set<string>();
        const keys = new Set(uris.map(uri => uri.toString()));
        for (const description of this.indexManager.allElements(undefined, keys)) names.add(description.name);
        return names;
    }

    /**
     * A name a changed file declares that it did not declare before may take over references
     * elsewhere in the project (it may come first in file-path order): those documents are
     * relinked and validated again. Rare while typing: a reference to a name nobody declared
     * was unresolved, and Langium already relinked it.
     */
    private async relinkNewlyDeclared(changed: URI[], namesBefore: Set<string>, cancelToken?: CancellationToken): Promise<void> {
        const projects = this.projects;
        const added = [...this.exportedNames(changed)].filter(name => !namesBefore.has(name));
        if (added.length === 0) return;
        const newNames = new Set(added);
        const changedKeys = new Set(changed.map(uri => uri.toString()));
        const touched = new Set(changed.map(uri => projects.projectOf(uri).id));
        const stale = this.langiumDocuments.all
            .filter(
                document =>
                    !changedKeys.has(document.uri.toString()) &&
                    touched.has(projects.projectOf(document.uri).id) &&
                    document.references.some(reference => newNames.has(reference.$refText) && !pointsInto(reference, changedKeys))
            )
            .toArray();
        if (stale.length === 0) return;
        for (const document of stale) this.resetToState(document, DocumentState.ComputedScopes);
        await super.update([], [], cancelToken);
    }
}

/** Whether a linked reference resolved to a declaration in one of these documents (by URI). */
function pointsInto(reference: Reference | MultiReference, uris: Set<string>): boolean {
    const target = 'ref' in reference ? reference.$nodeDescription?.documentUri : undefined;
    return target !== undefined && uris.has(target.toString());
}
