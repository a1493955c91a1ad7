// Decisions that were made, in the editor: create the record `record "PATH"` names (never over
// a file that exists), mark an overdue decision decided today, and start the clock on a
// decision with `raised on` today.
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { isDecision, isRaisedOnProperty, isRecordProperty, type Decision } from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import type { DecisionRecords } from '../../language/records/decision-records.js';
import { madrRecord } from '../../language/records/madr.js';
import { editAction, quickFix } from './fix-action.js';
import { addProperty, nodeOfDiagnostic } from './text-places.js';

/** `record-missing`: creates the record at the path written, prefilled as `align adr` writes it. */
export function createRecord(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel, records: DecisionRecords, today: string): CodeAction[] {
    const property = nodeOfDiagnostic(diagnostic, document, isRecordProperty);
    const decision = property && isDecision(property.$container) ? property.$container : undefined;
    const info = decision ? model.decisions.get(decision) : undefined;
    if (!property?.path?.trim() || !info) return [];
    const uri = records.uriOf(document, property.path).toString();
    return [
        {
            title: `Create the decision record ${property.path}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: {
                documentChanges: [
                    // ignoreIfExists: a record someone wrote meanwhile is never replaced.
                    { kind: 'create', uri, options: { ignoreIfExists: true, overwrite: false } },
                    {
                        textDocument: { uri, version: null },
                        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: madrRecord(info, model, today) }]
                    }
                ]
            }
        }
    ];
}

/** `decision-overdue`: the decision was made today, so it is no longer overdue. */
export function decidedToday(diagnostic: Diagnostic, document: LangiumDocument, today: string): CodeAction[] {
    const decision = decisionAt(document, document.textDocument.offsetAt(diagnostic.range.start));
    const edit = decision && addProperty(document, decision, [`decided on ${today}`]);
    return decision && edit ? [quickFix(`Mark ${decision.name} decided today (decided on ${today})`, diagnostic, [edit])] : [];
}

/** A decision at the cursor without `raised on`: add it with today's date, so its SLA can be measured. */
export function raisedToday(document: LangiumDocument, offset: number, today: string): CodeAction[] {
    const decision = decisionAt(document, offset);
    if (!decision || decision.properties.some(isRaisedOnProperty)) return [];
    const edit = addProperty(document, decision, [`raised on ${today}`]);
    if (!edit) return [];
    return [editAction(`Add raised on ${today} to ${decision.name}`, CodeActionKind.RefactorRewrite, [edit])];
}

/** The decision whose text holds the offset. */
function decisionAt(document: LangiumDocument, offset: number): Decision | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, isDecision) : undefined;
}
