// Reparses only the top-level declarations an edit touched, and splices them into the
// syntax tree in place of the old ones (docs/performance.md, "A keystroke in a large file").
//
// Every declaration starts with its own keyword and nothing in one declaration depends on
// another's text, so the declarations around an edit parse the same alone as in the whole
// file. The fragment is parsed at its real position (the text before it blanked, line breaks
// kept), so its offsets, lines and columns are right as they come; the declarations after it
// are shifted. The answer is used only when the old tree and the fragment parse cleanly:
// error recovery can reach across declarations, and then only a whole parse is the truth.
import type { AstNode, CstNode, ParseResult } from 'langium';
import type { Declaration, Workspace } from '../generated/ast.js';

/** What an incremental parse replaced. */
export interface DeclarationEdit {
    /** The declarations taken out of the tree. */
    removed: Declaration[];
    /** The declarations put in their place, parsed from the new text. */
    added: Declaration[];
}

interface Position {
    line: number;
    character: number;
}
interface Range {
    start: Position;
    end: Position;
}

/** Langium's CST classes as this module writes them; their fields are public in JavaScript. */
interface MutableLeaf {
    _offset: number;
    _range: Range;
    root: unknown;
}
interface MutableComposite {
    content: CstNode[];
    _rangeCache?: Range;
    root: unknown;
}
interface MutableRoot extends MutableComposite {
    _text: string;
}

const LINE_BREAK = /\r\n?|\n/g;

/**
 * Parses again only the declarations around the change from the tree's text to `text`, and
 * updates `root` in place. Undefined when that cannot be done exactly: the caller then
 * parses the whole text.
 */
export function reparseDeclarations(root: Workspace, text: string, parse: (input: string) => ParseResult<AstNode>): DeclarationEdit | undefined {
    const rootCst = root.$cstNode as unknown as (CstNode & MutableRoot) | undefined;
    const declarations = root.declarations;
    if (!rootCst || declarations.length === 0 || declarations.some(declaration => !declaration.$cstNode)) return undefined;
    const old = rootCst._text;
    if (old === text) return undefined;
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    const oldChangeEnd = old.length - suffix;
    const delta = text.length - old.length;

    // Declarations that overlap or touch the change, widened by one on each side.
    const first = firstIndex(declarations, d => d.$cstNode!.end >= prefix);
    const last = firstIndex(declarations, d => d.$cstNode!.offset > oldChangeEnd) - 1;
    const lo = Math.max(0, Math.min(first, last + 1) - 1);
    const hi = Math.min(declarations.length - 1, Math.max(last, first - 1) + 1);
    const start = lo > 0 ? declarations[lo - 1].$cstNode!.end : 0;
    const end = hi < declarations.length - 1 ? declarations[hi + 1].$cstNode!.offset : old.length;
    if (start > prefix || end < oldChangeEnd) return undefined;

    const fragment = parse(blanked(text, start) + text.slice(start, end + delta));
    const report = (fragment as { lexerReport?: { diagnostics?: unknown[] } }).lexerReport;
    if (fragment.lexerErrors.length > 0 || fragment.parserErrors.length > 0 || (report?.diagnostics?.length ?? 0) > 0) return undefined;
    const parsed = fragment.value as Workspace;
    const fragmentCst = parsed.$cstNode as unknown as MutableComposite | undefined;
    if (!fragmentCst) return undefined;

    // Where the unchanged text after the fragment starts, before and after the edit.
    const after = hi < declarations.length - 1 ? declarations[hi + 1].$cstNode!.range.start : undefined;
    const breaksBefore = countBreaks(old.slice(start, end));
    const breaksAfter = countBreaks(text.slice(start, end + delta));
    const shift = after
        ? { line: after.line, lineDelta: breaksAfter - breaksBefore, characterDelta: columnOf(text, end + delta) - after.character, offsetDelta: delta }
        : undefined;

    // The syntax tree: the fragment's nodes replace the old ones between `start` and `end`.
    const content = rootCst.content;
    const from = firstIndex(content, node => node.offset >= start);
    const to = firstIndex(content, node => node.offset >= end);
    const fresh = [...fragmentCst.content];
    for (const node of fresh) adopt(node as unknown as MutableComposite, rootCst);
    const moved = content.slice(to);
    content.splice(from, to - from, ...fresh);
    rootCst._text = text;
    delete rootCst._rangeCache;
    if (shift && (shift.offsetDelta !== 0 || shift.lineDelta !== 0 || shift.characterDelta !== 0)) {
        for (const node of moved) shiftNode(node as unknown as MutableComposite, shift);
    }

    // The AST: the fragment's declarations replace the old ones, under the same root.
    const added = parsed.declarations;
    const removed = declarations.splice(lo, hi - lo + 1, ...added);
    for (let index = lo; index < declarations.length; index++) {
        const declaration = declarations[index] as Declaration & { $container: AstNode; $containerProperty: string; $containerIndex: number };
        declaration.$container = root;
        declaration.$containerProperty = 'declarations';
        declaration.$containerIndex = index;
    }
    return { removed, added };
}

/** The text before `offset` with every character but line breaks made a space. */
function blanked(text: string, offset: number): string {
    return text.slice(0, offset).replace(/[^\r\n]/g, ' ');
}

function commonPrefix(a: string, b: string): number {
    const limit = Math.min(a.length, b.length);
    let i = 0;
    while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
    const limit = Math.min(a.length, b.length) - prefix;
    let i = 0;
    while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
    return i;
}

/** The first index whose item satisfies `test`, which holds from some index on; the length if none. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (test(items[mid])) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

function countBreaks(text: string): number {
    return text.match(LINE_BREAK)?.length ?? 0;
}

/** The column of `offset`: its distance from the line break before it, as the lexer counts. */
function columnOf(text: string, offset: number): number {
    let i = offset - 1;
    while (i >= 0 && text[i] !== '\n' && text[i] !== '\r') i--;
    return offset - (i + 1);
}

/** Gives a node of the fragment's tree the document's root. */
function adopt(node: MutableComposite, root: unknown): void {
    node.root = root;
    if (Array.isArray(node.content)) for (const child of node.content) adopt(child as unknown as MutableComposite, root);
}

interface Shift {
    line: number;
    lineDelta: number;
    characterDelta: number;
    offsetDelta: number;
}

function shiftPosition(position: Position, shift: Shift): Position {
    return {
        line: position.line + shift.lineDelta,
        character: position.line === shift.line ? position.character + shift.characterDelta : position.character
    };
}

/** Moves a node after the edit by the edit's length and lines, with new range objects. */
function shiftNode(node: MutableComposite, shift: Shift): void {
    if (Array.isArray(node.content)) {
        delete node._rangeCache;
        for (const child of node.content) shiftNode(child as unknown as MutableComposite, shift);
        return;
    }
    const leaf = node as unknown as MutableLeaf;
    leaf._offset += shift.offsetDelta;
    const range = leaf._range;
    if (shift.lineDelta !== 0 || range.start.line === shift.line || range.end.line === shift.line) {
        leaf._range = { start: shiftPosition(range.start, shift), end: shiftPosition(range.end, shift) };
    }
}
