// Where a diagnostic lies in the model rather than in the text: the top-level declaration and
// the property around its start. Unlike a line number this survives edits elsewhere in the
// file, which is what makes a stable fingerprint for CI (SARIF partialFingerprints).
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { isWorkspace } from '../../language/generated/ast.js';

export interface Anchor {
    /** The name of the top-level declaration. */
    declaration?: string;
    /** The AST type of the property inside that declaration, e.g. `OwnerProperty`. */
    property?: string;
}

/** The declaration and property that hold the given position; empty outside any declaration. */
export function anchorAt(document: LangiumDocument, position: Position): Anchor {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) return {};
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    let property: AstNode | undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (node.$container && isWorkspace(node.$container)) {
            const name = (node as { name?: unknown }).name;
            return {
                ...(typeof name === 'string' ? { declaration: name } : {}),
                ...(property ? { property: property.$type } : {})
            };
        }
        if (node.$containerProperty === 'properties') property = node;
    }
    return {};
}
