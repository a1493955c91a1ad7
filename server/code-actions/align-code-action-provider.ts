// Offers the quick fixes of quick-fixes.ts for the diagnostics in the requested range, and a
// waiver (waive-fix.ts) for every waivable one, after the fixes that repair the model.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { todayFor } from '../../language/validation/today.js';
import type { AlignServices } from '../align-services.js';
import { quickFixesFor } from './quick-fixes.js';
import { waiveFix } from './waive-fix.js';
import { createRecord, decidedToday, raisedToday } from './record-fixes.js';
import { DiagnosticCode } from '../../language/validation/diagnostic-codes.js';

export class AlignCodeActionProvider implements CodeActionProvider {
    private readonly services: AlignServices;

    constructor(services: AlignServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const model = this.services.align.AlignmentModel.modelOf(document.uri);
        const today = todayFor(this.services, document.uri);
        const records = this.services.align.DecisionRecords;
        // Without a finding in range, the one action on offer: start a decision's clock.
        if (params.context.diagnostics.length === 0) return raisedToday(document, document.textDocument.offsetAt(params.range.start), today);
        return params.context.diagnostics.flatMap(diagnostic => {
            const waive = waiveFix(diagnostic, document, today);
            const own =
                diagnostic.code === DiagnosticCode.RecordMissing
                    ? createRecord(diagnostic, document, model, records, today)
                    : diagnostic.code === DiagnosticCode.DecisionOverdue
                      ? decidedToday(diagnostic, document, today)
                      : [];
            return [...quickFixesFor(diagnostic, document, model), ...own, ...(waive ? [waive] : [])];
        });
    }
}
