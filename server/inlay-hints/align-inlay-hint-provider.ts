// Inlay hints of `.align` files: who decides each decision, read from the alignment model
// (never recomputed here), unless `align.inlayHints.deciders` is off.
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { isDecision } from '../../language/generated/ast.js';
import type { AlignServices } from '../align-services.js';
import { deciderHint } from './decider-hint.js';

export class AlignInlayHintProvider extends AbstractInlayHintProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        super();
        this.services = services;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        // Switched off: skip the walk over the document altogether.
        if (!this.services.editor.Settings.inlayHintDeciders) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (!isDecision(node)) return;
        // The model of the node's project, cached per build: one map lookup per decision.
        const info = this.services.align.AlignmentModel.modelOf(AstUtils.getDocument(node).uri).decisions.get(node);
        const hint = info && deciderHint(info);
        if (hint) accept(hint);
    }
}
