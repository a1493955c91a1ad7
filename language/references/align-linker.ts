// Langium's linker, with one addition: after an incremental parse (parser/declaration-reparse.ts)
// it resolves again only what the edit can have changed. A reference keeps its target when its
// declaration was not reparsed, its name is not one an edit declared or removed (name lookup is
// the only rule of resolution: references/align-scope.ts), and its target is still in the tree.
// Everything else — new declarations, references to changed names, unresolved references —
// is linked as Langium links it. Any other build links the whole document.
import {
    AstUtils,
    DefaultLinker,
    interruptAndCheck,
    isAstNode,
    type AstNode,
    type AstNodeDescription,
    type IndexManager,
    type LangiumDocument,
    type LangiumDocuments,
    type Reference
} from 'langium';
import { CancellationToken } from 'vscode-jsonrpc';
import type { AlignCoreServices } from '../align-module.js';
import type { Declaration, Workspace } from '../generated/ast.js';
import type { IncrementalEdits } from '../workspace/incremental-edits.js';

/** What a reference resolved to when its document was last linked completely; undefined for an error. */
type Saved = { node: AstNode; description: AstNodeDescription | undefined } | undefined;

/** Langium's reference object with the fields its linker writes. */
type LinkedReference = Reference & { _ref?: unknown; _nodeDescription?: AstNodeDescription };

export class AlignLinker extends DefaultLinker {
    private readonly edits: IncrementalEdits;
    private readonly index: IndexManager;
    private readonly documents: LangiumDocuments;
    /** Targets of the last complete linking, kept through unlinking until the next linking. */
    private readonly saved = new WeakMap<LangiumDocument, Map<LinkedReference, Saved>>();
    /** Documents whose references list is the result of a complete linking of their tree. */
    private readonly complete = new WeakSet<LangiumDocument>();

    constructor(services: AlignCoreServices) {
        super(services);
        this.edits = services.shared.align.IncrementalEdits;
        this.index = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override unlink(document: LangiumDocument): void {
        if (this.complete.has(document)) {
            this.complete.delete(document);
            let saved = this.saved.get(document);
            if (!saved) this.saved.set(document, (saved = new Map()));
            for (const reference of document.references as LinkedReference[]) {
                // The first answer kept is the one from the complete linking.
                if (!('_ref' in reference) || saved.has(reference)) continue;
                const target = reference._ref;
                saved.set(reference, isAstNode(target) ? { node: target, description: reference._nodeDescription } : undefined);
            }
        }
        this.forgetTargets(document);
    }

    /** Langium's unlink, without `delete`: deleting a field makes every reference a slow dictionary object. */
    private forgetTargets(document: LangiumDocument): void {
        for (const reference of document.references as LinkedReference[]) {
            if ('_ref' in reference) {
                reference._ref = undefined;
                reference._nodeDescription = undefined;
            }
        }
        document.references = [];
    }

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        const key = document.uri.toString();
        const pending = this.edits.pendingOf(key);
        const saved = this.saved.get(document);
        const root = document.parseResult.value as Workspace;
        if (!pending || !saved) {
            // Before linking, not after: a cancelled whole linking must not leave targets for a later linking in part.
            this.saved.delete(document);
            await super.link(document, cancelToken);
            for (const declaration of root.declarations ?? []) this.edits.relinked(declaration);
        } else {
            await this.linkChanged(document, root, saved, pending, cancelToken);
        }
        this.saved.delete(document);
        this.edits.forget(key);
        this.complete.add(document);
    }

    /** Restores every target an edit cannot have changed, and links the rest. */
    private async linkChanged(
        document: LangiumDocument,
        root: Workspace,
        saved: Map<LinkedReference, Saved>,
        pending: { names: Set<string>; fresh: Set<Declaration> },
        cancelToken: CancellationToken
    ): Promise<void> {
        // Answers given since unlinking (a request read a reference) were given by a half-built index.
        if (document.references.length > 0) this.forgetTargets(document);
        const descriptions = new Map<AstNode, AstNodeDescription>();
        for (const description of this.index.allElements(undefined, new Set([document.uri.toString()]))) {
            if (description.node) descriptions.set(description.node, description);
        }
        const again = new Set<Declaration>();
        const current = new Map<AstNode, boolean>();
        for (const declaration of pending.fresh) if (inTree(declaration, root)) again.add(declaration);
        for (const [reference, before] of saved) {
            const declaration = declarationHolding(reference);
            if (!declaration || !inTree(declaration, root) || again.has(declaration)) continue;
            if (!before || pending.names.has(reference.$refText) || reference._ref !== undefined || !this.stillDeclared(before.node, current)) {
                again.add(declaration);
                continue;
            }
            reference._ref = before.node;
            reference._nodeDescription = descriptions.get(before.node) ?? before.description;
            document.references.push(reference);
        }
        for (const declaration of [...again].sort((a, b) => index(a) - index(b))) {
            await interruptAndCheck(cancelToken);
            for (const node of AstUtils.streamAst(declaration)) {
                AstUtils.streamReferences(node).forEach(info => this.doLink(info, document));
            }
            this.edits.relinked(declaration);
        }
        // Restored and relinked references are listed out of text order; the reference index
        // (align-reference-descriptions.ts) puts them in order, as it must for references
        // resolved later by requests anyway.
    }

    /** Whether a target is still declared in a document of the workspace (`current` remembers which roots are). */
    private stillDeclared(node: AstNode, current: Map<AstNode, boolean>): boolean {
        const declaration = declarationOf(node);
        const root = declaration?.$container as Workspace | undefined;
        if (!declaration || !root) return false;
        let live = current.get(root);
        if (live === undefined) {
            const document = root.$document;
            live = Boolean(document && this.documents.getDocument(document.uri)?.parseResult.value === root);
            current.set(root, live);
        }
        return live && inTree(declaration, root);
    }
}

/** Whether a declaration is (still) one of the root's declarations. */
function inTree(declaration: Declaration, root: Workspace): boolean {
    return declaration.$container === root && root.declarations[index(declaration)] === declaration;
}

function index(declaration: AstNode): number {
    return declaration.$containerIndex ?? -1;
}

/** The top-level declaration whose text holds a reference. */
function declarationHolding(reference: Reference): Declaration | undefined {
    try {
        const holder = reference.$refNode?.astNode;
        return holder && declarationOf(holder);
    } catch {
        return undefined;
    }
}

/** The top-level declaration a node is part of (itself for a declaration); undefined for the root. */
function declarationOf(node: AstNode): Declaration | undefined {
    let declaration = node;
    while (declaration.$container?.$container) declaration = declaration.$container;
    return declaration.$container ? (declaration as Declaration) : undefined;
}
