// The outline: one symbol per declaration, its icon from node-kinds.ts and its display title
// (`stakeholder CIO "Chief Information Officer"`) as the grey detail next to the name, so the
// outline and breadcrumbs read as the people and domains they stand for.
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isDeclaration } from '../../language/generated/ast.js';
import { plainLine } from '../../language/text/markdown.js';

export class AlignDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = isDeclaration(astNode) ? titleOf(astNode) : undefined;
        return title ? { ...symbol, detail: title } : symbol;
    }

    /** Only declarations have names, so nothing below one is listed: the walk stops there. */
    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        return isDeclaration(astNode) ? undefined : super.getChildSymbols(document, astNode);
    }
}

/** A declaration's title as one line of plain text; undefined when it has none or it is blank. */
export function titleOf(declaration: { title?: string }): string | undefined {
    // An escaped `\n` in the title would break the outline row.
    const title = plainLine(declaration.title).trim();
    return title.length > 0 ? title : undefined;
}
