// Waivers (spec §7): `// align-waive CODE[, CODE…] until YYYY-MM-DD: REASON` on the line
// directly above a declaration or property accepts the named findings on it until the date.
// Expired, unused and malformed waivers are findings themselves, so a waiver cannot quietly
// outlive its reason.
import { CstUtils, toDiagnosticSeverity, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { isDeclaration } from '../generated/ast.js';
import { addDays, parseDate } from '../model/literals.js';
import { ALL_DIAGNOSTIC_CODES, DiagnosticCode } from './diagnostic-codes.js';
import { INTERNAL_ERROR_CODE } from './internal-error.js';

/** Codes no waiver can hide: the text must parse, the config must be read, waivers must be right. */
export const UNWAIVABLE_CODES: ReadonlySet<string> = new Set([
    DiagnosticCode.Syntax,
    DiagnosticCode.ConfigInvalid,
    DiagnosticCode.WaiverExpired,
    DiagnosticCode.WaiverUnused,
    DiagnosticCode.WaiverInvalid,
    INTERNAL_ERROR_CODE
]);

const WAIVER = /^\/\/\s*align-waive\b(.*)$/;

/** True when a finding with this code may be waived. */
export function isWaivable(code: string): boolean {
    return (ALL_DIAGNOSTIC_CODES as readonly string[]).includes(code) && !UNWAIVABLE_CODES.has(code);
}

/** The elements a waiver can stand above: a declaration or one of its properties. */
export function isWaiverTarget(node: AstNode): boolean {
    return isDeclaration(node) || node.$type.endsWith('Property');
}

/** The text of a waiver comment for `code` until `until` (the quick fix writes this). */
export function waiverComment(codes: string[], until: string, reason: string): string {
    return `// align-waive ${codes.join(', ')} until ${until}: ${reason}`;
}

/** The date a new waiver runs to: 30 days after today. */
export function waiverEnd(today: string, days = 30): string {
    return addDays(today, days);
}

const waived = new WeakMap<LangiumDocument, Diagnostic[]>();

/** The findings a valid waiver hid in this document at its last validation (for --show-waived). */
export function waivedDiagnostics(document: LangiumDocument): Diagnostic[] {
    return waived.get(document) ?? [];
}

interface Waiver {
    comment: CstNode;
    codes: string[];
    until: string;
    target?: Range;
    used: boolean;
}

/** Applies the document's waivers to its findings: returns what is reported, records what was hidden. */
export function applyWaivers(document: LangiumDocument, diagnostics: Diagnostic[], today: string): Diagnostic[] {
    const root = document.parseResult.value.$cstNode;
    const reported: Diagnostic[] = [];
    const hidden: Diagnostic[] = [];
    const waivers: Waiver[] = [];
    for (const comment of root ? waiverComments(root) : []) {
        const parsed = parseWaiver(comment.text);
        if ('problem' in parsed) {
            reported.push(
                finding(
                    comment,
                    'error',
                    DiagnosticCode.WaiverInvalid,
                    `This waiver ${parsed.problem}. Write it as \`// align-waive CODE until YYYY-MM-DD: reason\`.`
                )
            );
            continue;
        }
        const target = targetBelow(document, comment);
        if (!target) {
            reported.push(
                finding(
                    comment,
                    'error',
                    DiagnosticCode.WaiverInvalid,
                    'This waiver is not directly above a declaration or property, so it waives nothing. Put it on the line right above the element it is about.'
                )
            );
            continue;
        }
        if (parsed.until < today) {
            reported.push(
                finding(
                    comment,
                    'error',
                    DiagnosticCode.WaiverExpired,
                    `This waiver of ${parsed.codes.join(', ')} expired on ${parsed.until} (today is ${today}), so the findings are reported again. Fix them, or renew the waiver with a new date and reason.`
                )
            );
            continue;
        }
        waivers.push({ comment, codes: parsed.codes, until: parsed.until, target, used: false });
    }
    const waiverAt = waiverIndex(waivers);
    for (const diagnostic of diagnostics) {
        const waiver = waiverAt(String(diagnostic.code), diagnostic.range.start);
        if (waiver) {
            waiver.used = true;
            hidden.push(diagnostic);
        } else {
            reported.push(diagnostic);
        }
    }
    for (const waiver of waivers.filter(w => !w.used)) {
        reported.push(
            finding(
                waiver.comment,
                'warning',
                DiagnosticCode.WaiverUnused,
                `This waiver of ${waiver.codes.join(', ')} hides nothing: the line below has no such finding. Remove it.`
            )
        );
    }
    waived.set(document, hidden);
    return reported;
}

function parseWaiver(text: string): { codes: string[]; until: string; reason: string } | { problem: string } {
    const body = WAIVER.exec(text)?.[1] ?? '';
    const form = waiverForm(body);
    if (!form) return { problem: 'is not of the form `CODE until YYYY-MM-DD: reason`' };
    const codes = form.codes
        .split(',')
        .map(code => code.trim())
        .filter(code => code.length > 0);
    const unknown = codes.find(code => !(ALL_DIAGNOSTIC_CODES as readonly string[]).includes(code));
    if (codes.length === 0) return { problem: 'names no code' };
    if (unknown) return { problem: `names \`${unknown}\`, which is not a diagnostic code of Align` };
    const fixed = codes.find(code => !isWaivable(code));
    if (fixed) return { problem: `names \`${fixed}\`, which cannot be waived` };
    const date = parseDate(form.date);
    if (!date.ok) return { problem: `has the date \`${form.date}\`, which is not a real date written YYYY-MM-DD` };
    const reason = form.reason.trim();
    if (!reason) return { problem: 'gives no reason after the colon' };
    return { codes, until: date.value.text, reason };
}

/**
 * Splits ` CODES until DATE: REASON` into its parts with index searches, never a backtracking
 * regular expression: a comment of thousands of spaces must cost its length, not its cube.
 */
function waiverForm(body: string): { codes: string; date: string; reason: string } | undefined {
    if (!/^\s/.test(body)) return undefined;
    const until = /\suntil\s/g;
    for (let match = until.exec(body); match; match = until.exec(body)) {
        const codes = body.slice(0, match.index).trim();
        if (!codes) continue;
        const rest = body.slice(match.index + match[0].length).trimStart();
        const colon = rest.indexOf(':');
        if (colon < 0) return undefined;
        const date = rest.slice(0, colon).trimEnd();
        if (!date || /\s/.test(date)) return undefined;
        return { codes, date, reason: rest.slice(colon + 1) };
    }
    return undefined;
}

/** Every `// align-waive` comment of the document. */
// An incremental parse (parser/declaration-reparse.ts) keeps the syntax tree's root and changes
// its text, so the comments found are kept with the text they were found in.
const commentsOf = new WeakMap<CstNode, { text: string; comments: CstNode[] }>();

function waiverComments(root: CstNode): CstNode[] {
    const text = root.root.fullText;
    let found = commentsOf.get(root);
    if (!found || found.text !== text) {
        // Most files waive nothing: a search of the text spares them a walk of every syntax node.
        const comments = !text.includes('align-waive')
            ? []
            : CstUtils.streamCst(root)
                  .filter(node => node.hidden && CstUtils.isCommentNode(node, ['SL_COMMENT']) && WAIVER.test(node.text))
                  .toArray();
        commentsOf.set(root, (found = { text, comments }));
    }
    return found.comments;
}

/** The range of the declaration or property that starts on the line below the comment. */
function targetBelow(document: LangiumDocument, comment: CstNode): Range | undefined {
    const text = document.textDocument;
    const line = comment.range.start.line + 1;
    if (line >= text.lineCount) return undefined;
    const lineText = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = lineText.search(/\S/);
    if (indent < 0) return undefined;
    const offset = text.offsetAt({ line, character: indent });
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    if (!leaf || leaf.offset !== offset) return undefined;
    let target: AstNode | undefined;
    for (let node: AstNode | undefined = leaf.astNode; node; node = node.$container) {
        if (isWaiverTarget(node) && node.$cstNode?.offset === offset) target = node;
    }
    return target?.$cstNode?.range;
}

/**
 * Finds the first waiver (in document order) of a code whose element contains a position, in
 * logarithmic time: elements nest or are apart, so the ones containing a position are the chain
 * of enclosing elements of the last one starting before it. A linear search per finding made
 * 20,000 waivers quadratic.
 */
function waiverIndex(waivers: Waiver[]): (code: string, position: Range['start']) => Waiver | undefined {
    const byStart = waivers
        .map((waiver, order) => ({ waiver, order, enclosing: -1 }))
        .sort((a, b) => compare(a.waiver.target!.start, b.waiver.target!.start) || compare(b.waiver.target!.end, a.waiver.target!.end) || a.order - b.order);
    const open: number[] = [];
    byStart.forEach((entry, index) => {
        while (open.length > 0 && !contains(byStart[open[open.length - 1]].waiver.target!, entry.waiver.target!.start)) open.pop();
        entry.enclosing = open.length > 0 ? open[open.length - 1] : -1;
        open.push(index);
    });
    return (code, position) => {
        let low = 0;
        let high = byStart.length - 1;
        let last = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (compare(byStart[middle].waiver.target!.start, position) <= 0) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        let found: (typeof byStart)[number] | undefined;
        for (let index = last; index >= 0; index = byStart[index].enclosing) {
            const entry = byStart[index];
            if (contains(entry.waiver.target!, position) && entry.waiver.codes.includes(code) && (!found || entry.order < found.order)) found = entry;
        }
        return found?.waiver;
    };
}

function compare(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}

function contains(range: Range, position: Range['start']): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}

function finding(comment: CstNode, severity: 'error' | 'warning', code: string, message: string): Diagnostic {
    return { range: comment.range, severity: toDiagnosticSeverity(severity), code, message, source: 'align' };
}
