// What the incremental parses of a document changed since it was last linked completely, so
// that linking and validation redo only what an edit can have changed (docs/performance.md,
// "A keystroke in a large file"). An update that changes one document may use it; anything
// else (several files, a deleted file, a full parse) forgets it and everything is redone.
import type { AstNode } from 'langium';
import type { Declaration } from '../generated/ast.js';
import type { DeclarationEdit } from '../parser/declaration-reparse.js';

/** The changes of a document not yet linked. */
export interface PendingEdits {
    /** Names declared by a removed or an added declaration: references to them may resolve differently. */
    readonly names: Set<string>;
    /** Declarations parsed anew and not yet linked. */
    readonly fresh: Set<Declaration>;
}

export class IncrementalEdits {
    private allowed: string | undefined;
    private readonly pending = new Map<string, PendingEdits>();
    private generation = 0;
    private readonly linkGenerations = new WeakMap<AstNode, number>();

    /** Allows incremental parsing of one document during the update under way (none: undefined). */
    allow(uri: string | undefined): void {
        this.allowed = uri;
        for (const key of [...this.pending.keys()]) if (key !== uri) this.pending.delete(key);
    }

    /** Ends the update: no document is parsed incrementally until the next one allows it. */
    disallow(): void {
        this.allowed = undefined;
    }

    /** Whether this document may be parsed incrementally now. */
    isAllowed(uri: string): boolean {
        return this.allowed === uri;
    }

    /** Adds an incremental parse's changes to what the document's next linking must redo. */
    record(uri: string, edit: DeclarationEdit): void {
        let pending = this.pending.get(uri);
        if (!pending) this.pending.set(uri, (pending = { names: new Set(), fresh: new Set() }));
        for (const declaration of edit.removed) {
            if (declaration.name) pending.names.add(declaration.name);
            pending.fresh.delete(declaration);
        }
        for (const declaration of edit.added) {
            if (declaration.name) pending.names.add(declaration.name);
            pending.fresh.add(declaration);
        }
    }

    /** The document's changes not yet linked, if only incremental parses happened since. */
    pendingOf(uri: string): PendingEdits | undefined {
        return this.pending.get(uri);
    }

    /** Forgets a document's changes: it is parsed or linked whole. */
    forget(uri: string): void {
        this.pending.delete(uri);
    }

    /** Notes that a declaration's references were resolved anew. */
    relinked(declaration: AstNode): void {
        this.linkGenerations.set(declaration, ++this.generation);
    }

    /** A number that changes whenever the declaration's references are resolved anew. */
    linkGenerationOf(declaration: AstNode): number | undefined {
        return this.linkGenerations.get(declaration);
    }
}
