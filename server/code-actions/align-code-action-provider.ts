// Offers the quick fixes of quick-fixes.ts for the diagnostics in the requested range, and a
// waiver (waive-fix.ts) for every waivable one, after the fixes that repair the model.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { todayFor } from '../../language/validation/today.js';
import type { AlignServices } from '../align-services.js';
import { quickFixesFor } from './quick-fixes.js';
import { waiveFix } from './waive-fix.js';

export class AlignCodeActionProvider implements CodeActionProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const model = this.services.align.AlignmentModel.modelOf(document.uri);
        const today = todayFor(this.services, document.uri);
        return params.context.diagnostics.flatMap(diagnostic => {
            const waive = waiveFix(diagnostic, document, today);
            return [...quickFixesFor(diagnostic, document, model), ...(waive ? [waive] : [])];
        });
    }
}
