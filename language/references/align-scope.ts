// Name resolution: every top-level name is visible in every file of its project (spec §6)
// and nothing is local, so a reference is looked up in one map of the project's exports.
// Langium's default adds each file's declarations as local symbols scanned as a list per
// reference (quadratic in a large file), and orders the index by which file changed last
// (a duplicated name resolved differently after each edit). Here the lookup is a map and a
// duplicated name resolves to its first declaration in file-path order, in the editor and
// the CLI alike.
import {
    AstUtils,
    DefaultIndexManager,
    DocumentState,
    DefaultScopeComputation,
    DefaultScopeProvider,
    MultiMap,
    MultiMapScope,
    stream,
    WorkspaceCache,
    type AstNodeDescription,
    type LangiumDocument,
    type LangiumDocuments,
    type LocalSymbols,
    type ReferenceInfo,
    type Scope,
    type Stream
} from 'langium';
import type { AlignCoreServices } from '../align-module.js';
import type { AlignProjects } from '../workspace/projects.js';
import { compareUris } from '../workspace/uri-order.js';
import { Declaration } from '../generated/ast.js';

/** Computes no local symbols: Align has a single workspace-wide namespace. */
export class AlignScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}

/**
 * Resolves every reference in the workspace's global scope only. Every reference of the
 * grammar targets `Declaration` (the kind a slot accepts is checked by `reference-kind`), so
 * the type is not looked up: completion in half-typed text asks with container and property
 * pairs that do not exist in the grammar, and the lookup would throw.
 */
export class AlignScopeProvider extends DefaultScopeProvider {
    private readonly projects: AlignProjects;
    private readonly documents: LangiumDocuments;
    private readonly projectScopes: WorkspaceCache<string, Scope>;

    /**
     * False from the start of an update until every document's names are back in the index.
     * In between, a request still running from before the edit (inlay hints, code lens) may
     * look a name up: a scope built then lacks the changed file's names, and once cached it
     * made the next linking report a thousand declared names as undeclared until the next edit.
     */
    private indexComplete = false;

    constructor(services: AlignCoreServices) {
        super(services);
        this.projects = services.align.Projects;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.projectScopes = new WorkspaceCache(services.shared);
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onUpdate(() => {
            this.indexComplete = false;
        });
        builder.onBuildPhase(DocumentState.IndexedContent, () => {
            this.projectScopes.clear();
            this.indexComplete = this.documents.all.every(document => document.state >= DocumentState.IndexedContent);
        });
    }

    override getScope(context: ReferenceInfo): Scope {
        return this.getGlobalScope(Declaration.$type, context);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const project = this.projects.projectOf(AstUtils.getDocument(context.container).uri);
        const compute = () => {
            const uris = new Set(this.documents.all.map(document => document.uri.toString()).filter(uri => this.projects.projectOf(uri).id === project.id));
            return new MultiMapScope(this.indexManager.allElements(referenceType, uris));
        };
        // A scope of a half-built index answers the one question asked and is then forgotten.
        return this.indexComplete ? this.projectScopes.get(project.id, compute) : compute();
    }
}

/** Lists exported names in file-path order, whatever order the files were (re)indexed in. */
export class AlignIndexManager extends DefaultIndexManager {
    override allElements(nodeType?: string, uris?: Set<string>): Stream<AstNodeDescription> {
        const documentUris = [...this.symbolIndex.keys()].filter(uri => !uris || uris.has(uri)).sort(compareUris);
        return stream(documentUris).flatMap(uri => this.getFileDescriptions(uri, nodeType));
    }
}
