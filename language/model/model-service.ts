// Holds the alignment model of the current workspace build: computed lazily on first read
// after a build, dropped whenever documents change, so every reader sees the same instance.
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { AlignmentModel } from './alignment-model.js';
import { buildAlignmentModel } from './build-model.js';
import { compareUris } from '../references/align-scope.js';

export class AlignmentModelService {
    private cached: AlignmentModel | undefined;
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.invalidate());
        builder.onBuildPhase(DocumentState.Linked, () => this.invalidate());
    }

    /** The model of the current build (computed on first use). */
    get model(): AlignmentModel {
        this.cached ??= buildAlignmentModel(this.workspaceDocuments());
        return this.cached;
    }

    /** Forgets the model so the next read recomputes it. */
    invalidate(): void {
        this.cached = undefined;
    }

    private workspaceDocuments(): LangiumDocument[] {
        return this.shared.workspace.LangiumDocuments.all
            .filter(doc => doc.state >= DocumentState.Linked)
            .toArray()
            // Sorted so that the model, and every diagram drawn from it, is the same for the same files.
            .sort((a, b) => compareUris(a.uri.toString(), b.uri.toString()));
    }
}
