// The quick fix "Waive for 30 days" (spec §7): writes a waiver comment on the line above the
// declaration or property that carries the finding, with a reason for the author to replace.
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { isWaivable, isWaiverTarget, waiverComment, waiverEnd } from '../../language/validation/waivers.js';

/** The placeholder the author replaces with the real reason (a waiver without one is invalid). */
export const REASON_PLACEHOLDER = 'REASON: say why this is accepted for now';

/** The waive action for a finding, or undefined when its code cannot be waived. */
export function waiveFix(diagnostic: Diagnostic, document: LangiumDocument, today: string): CodeAction | undefined {
    const code = String(diagnostic.code);
    if (!isWaivable(code)) return undefined;
    const target = lineStartingElement(document, document.textDocument.offsetAt(diagnostic.range.start));
    const cst = target?.$cstNode;
    if (!cst) return undefined;
    const line = cst.range.start.line;
    const lineText = document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: cst.range.start.character } });
    const indent = /^\s*/.exec(lineText)![0];
    const until = waiverEnd(today);
    return {
        title: `Waive ${code} for 30 days (until ${until})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {
            changes: {
                [document.uri.toString()]: [
                    {
                        range: { start: { line, character: 0 }, end: { line, character: 0 } },
                        newText: `${indent}${waiverComment([code], until, REASON_PLACEHOLDER)}\n`
                    }
                ]
            }
        }
    };
}

/**
 * The declaration or property holding the offset that begins its own line (only such an
 * element can carry a waiver on the line above); walks outwards from the innermost.
 */
function lineStartingElement(document: LangiumDocument, offset: number): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    const text = document.textDocument.getText();
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (!isWaiverTarget(node)) continue;
        const start = node.$cstNode?.offset ?? -1;
        let before = start - 1;
        while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
        if (start >= 0 && (before < 0 || text[before] === '\n')) return node;
    }
    return undefined;
}
