// Formats `.align` text: one declaration per line (at most one blank line between), blocks
// with one property per line indented inside `{ }`, one space between tokens, `, ` and ` -> `.
// A block written on one line with at most one property stays on one line
// (`stakeholder CIO "Chief" { org "IT" }`), the common style for short declarations.
import { CstUtils, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import { isWorkspace, type Workspace } from '../../language/generated/ast.js';

export class AlignFormatter extends AbstractFormatter {

    protected format(node: AstNode): void {
        if (isWorkspace(node)) {
            this.formatWorkspace(node);
        } else if (node.$container && isWorkspace(node.$container)) {
            this.formatDeclaration(node);
        }
    }

    private formatWorkspace(workspace: Workspace): void {
        const formatter = this.getNodeFormatter(workspace);
        workspace.declarations.forEach((declaration, index) => {
            formatter.node(declaration).prepend(index === 0
                ? Formatting.noIndent()
                : Formatting.fit(Formatting.newLines(1), Formatting.newLines(2)));
        });
    }

    private formatDeclaration(declaration: AstNode): void {
        const cst = declaration.$cstNode;
        if (!cst) return;
        const formatter = this.getNodeFormatter(declaration);
        const tokens = leaves(cst);
        const open = tokens.find(token => token.text === '{' && token.astNode === declaration);
        const close = [...tokens].reverse().find(token => token.text === '}' && token.astNode === declaration);
        const properties = (declaration as { properties?: AstNode[] }).properties ?? [];
        const inline = cst.range.start.line === cst.range.end.line && properties.length <= 1;

        // Every token after the first is separated by one space, except around commas.
        for (const token of tokens.slice(1)) {
            if (token === open || token === close || properties.some(p => p.$cstNode?.offset === token.offset)) continue;
            formatter.cst([token]).prepend(token.text === ',' ? Formatting.noSpace() : Formatting.oneSpace());
        }
        if (!open || !close) return;
        formatter.cst([open]).prepend(Formatting.oneSpace());
        if (inline) {
            properties.forEach(property => formatter.node(property).prepend(Formatting.oneSpace()));
            formatter.cst([close]).prepend(Formatting.oneSpace());
        } else {
            properties.forEach(property => formatter.node(property).prepend(Formatting.indent()));
            formatter.cst([close]).prepend(properties.length === 0 ? Formatting.oneSpace() : Formatting.newLine());
        }
    }
}

function leaves(node: CstNode): CstNode[] {
    return CstUtils.streamCst(node).filter(n => n.hidden !== true && !('content' in n)).toArray();
}
