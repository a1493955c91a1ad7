// Where in the text a quick fix reads and writes: the element a diagnostic sits on, the span
// that removes a property cleanly, the place a new property or declaration goes. Shared by the
// fix families so that every fix leaves the same layout the formatter would.
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { isValidName } from '../../language/references/names.js';
import { insertAt, type OffsetEdit } from './fix-action.js';
import type { Template } from '../../language/text/snippet-edits.js';

/** One level of block indentation, as the formatter writes it. */
export const INDENT = '    ';

/** The offset where a diagnostic starts. */
export function diagnosticOffset(diagnostic: Diagnostic, document: LangiumDocument): number {
    return document.textDocument.offsetAt(diagnostic.range.start);
}

/** The innermost element of a kind that holds the token at this offset. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, offset: number, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (guard(node)) return node;
    }
    return undefined;
}

/** The element of a kind the diagnostic starts on. */
export function nodeOfDiagnostic<T extends AstNode>(diagnostic: Diagnostic, document: LangiumDocument, guard: (node: unknown) => node is T): T | undefined {
    return nodeAt(document, diagnosticOffset(diagnostic, document), guard);
}

/** The document an element lives in (model facts span the files of a project). */
export function documentOf(node: AstNode): LangiumDocument {
    return AstUtils.getDocument(node);
}

/** The whitespace a line starts with, for the line that holds the offset. */
export function indentAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** True when only spaces or tabs stand between the start of its line and the offset. */
export function startsItsLine(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

/**
 * The offset just past the line break ending the line that holds the offset, when the rest of
 * that line is blank or a `// …` comment (so text inserted there starts a line of its own and
 * keeps the comment where it was); undefined when something else follows on the line.
 */
export function nextLineStart(text: string, offset: number): number | undefined {
    const newline = text.indexOf('\n', offset);
    const rest = text.slice(offset, newline < 0 ? text.length : newline);
    if (!/^[ \t\r]*(\/\/.*)?$/.test(rest)) return undefined;
    return newline < 0 ? undefined : newline + 1;
}

/**
 * The span that removes an element together with the whitespace in front of it on its line
 * and the line break before that, so no blank line or double space is left. The line break
 * stays when the line before ends in a `// …` comment, which would otherwise swallow the rest.
 * In the middle of a line the spaces before it go too, unless that would join the tokens on
 * either side.
 */
export function removalSpan(document: LangiumDocument, cst: CstNode): { start: number; end: number } {
    const text = document.textDocument.getText();
    let start = cst.offset;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    if (start > 0 && text[start - 1] === '\n' && !endsInLineComment(document, start - 1)) start--;
    else if (start > 0 && text[start - 1] !== '\n' && !/^(\s|\}|$)/.test(text.slice(cst.end, cst.end + 1))) start = cst.offset;
    return { start, end: cst.end };
}

/** An edit removing an element as removalSpan says. */
export function removal(document: LangiumDocument, cst: CstNode): OffsetEdit {
    return { document, ...removalSpan(document, cst), text: '' };
}

/** True when the line ending at `newline` ends in a `// …` comment, which must keep its line break. */
function endsInLineComment(document: LangiumDocument, newline: number): boolean {
    const text = document.textDocument.getText();
    let last = newline - 1;
    while (last >= 0 && /[ \t\r]/.test(text[last])) last--;
    const root = document.parseResult.value.$cstNode;
    const leaf = last >= 0 && root ? CstUtils.findLeafNodeAtOffset(root, last) : undefined;
    return leaf !== undefined && CstUtils.isCommentNode(leaf, ['SL_COMMENT']);
}

/** The `{` and `}` of a declaration's block, when it has them. */
export function braces(declaration: AstNode): { open?: CstNode; close?: CstNode } {
    const cst = declaration.$cstNode;
    if (!cst) return {};
    const own = CstUtils.streamCst(cst)
        .filter(node => node.astNode === declaration && !('content' in node))
        .toArray();
    return {
        open: own.find(node => node.text === '{'),
        close: [...own].reverse().find(node => node.text === '}')
    };
}

/**
 * Adds a property to a declaration's block: on a line of its own after the last property of a
 * block that spans lines, before the `}` of a one-line block, or in a new block when there is
 * none. Multi-line text is inserted at the start of a line, where an editor expanding it as a
 * snippet has no indentation of its own to add.
 */
export function addProperty(document: LangiumDocument, declaration: AstNode & { properties?: AstNode[] }, property: Template): OffsetEdit | undefined {
    const cst = declaration.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const { open, close } = braces(declaration);
    const indent = indentAt(text, cst.offset);
    if (!open) return insertAt(document, cst.end, [` {\n${indent}${INDENT}`, ...property, `\n${indent}}`]);
    const last = (declaration.properties ?? [])
        .map(p => p.$cstNode)
        .filter((n): n is CstNode => n !== undefined)
        .reduce<CstNode | undefined>((latest, node) => (!latest || node.end > latest.end ? node : latest), undefined);
    const anchor = last ?? open;
    if (close && close.range.start.line === open.range.start.line) return insertAt(document, anchor.end, [' ', ...property]);
    const propertyIndent = last && startsItsLine(text, last.offset) ? indentAt(text, last.offset) : indent + INDENT;
    const lineStart = nextLineStart(text, anchor.end);
    return lineStart !== undefined
        ? insertAt(document, lineStart, [propertyIndent, ...property, '\n'])
        : insertAt(document, anchor.end, [`\n${propertyIndent}`, ...property]);
}

/**
 * Adds declarations after an element at the top level (on the line after it when the rest of
 * its line is blank or a comment), or at the end of the document, separated by a blank line.
 */
export function addDeclarations(document: LangiumDocument, after: AstNode | undefined, declarations: Template): OffsetEdit {
    const text = document.textDocument.getText();
    const end = after?.$cstNode?.end;
    if (end === undefined) {
        const separator = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
        return insertAt(document, text.length, [separator, ...declarations, '\n']);
    }
    const lineStart = nextLineStart(text, end);
    return lineStart !== undefined ? insertAt(document, lineStart, ['\n', ...declarations, '\n']) : insertAt(document, end, ['\n\n', ...declarations, '\n']);
}

/**
 * Hands out names that no declaration of the project, no reserved name and no name handed out
 * before uses; `fallback` stands in for a base that is not a valid name.
 */
export function nameMaker(model: AlignmentModel, reserved: string[] = []): (base: string, fallback: string) => string {
    const taken = new Set([...model.declarationsByName.keys(), ...reserved]);
    return (base, fallback) => {
        const stem = isValidName(base) ? base : fallback;
        let name = stem;
        for (let i = 2; taken.has(name); i++) name = `${stem}${i}`;
        taken.add(name);
        return name;
    };
}
