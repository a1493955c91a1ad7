// Offers the quick fixes of quick-fixes.ts for the diagnostics in the requested range.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { AlignServices } from '../align-services.js';
import { quickFixesFor } from './quick-fixes.js';

export class AlignCodeActionProvider implements CodeActionProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const model = this.services.align.AlignmentModel.modelOf(document.uri);
        return params.context.diagnostics.flatMap(diagnostic => quickFixesFor(diagnostic, document, model));
    }
}
