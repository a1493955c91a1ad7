// The line breaks between top-level declarations and the comments around them. Blocks (a
// declaration laid out over several lines) are set apart by exactly one blank line; one-line
// declarations may stay together, as a list of stakeholders usually is, but never on one line
// and never with more than one blank line between. A comment belongs to what it touches: one on
// the line where a declaration ends stays there, comments right above a declaration (no blank
// line between) stay right above it, so the blank line goes above them; any other comment keeps
// its place with at most one blank line around it. Right below a comment a blank line is never
// added, nor the last one removed: a waiver applies to the line below it (spec §7).
import type { CstNode } from 'langium';

/** How many line breaks to put before a node: the existing count, clamped to [min, max]. */
export interface LineBreaks {
    min: number;
    max: number;
}

const EXACTLY_ONE_BLANK: LineBreaks = { min: 2, max: 2 };
const AT_MOST_ONE_BLANK: LineBreaks = { min: 1, max: 2 };
const NEXT_LINE: LineBreaks = { min: 1, max: 1 };

/** The existing number of line breaks, clamped into the planned range. */
export function clampBreaks(existing: number, breaks: LineBreaks): number {
    return Math.min(breaks.max, Math.max(breaks.min, existing));
}

/**
 * Plans the line breaks before each top-level comment and declaration of a file (the
 * children of its root CST node); a node without an entry stays where it is written.
 * `spansLines` tells whether a declaration is laid out over several lines.
 */
export function planTopLevelSpacing(children: readonly CstNode[], spansLines: (declaration: CstNode) => boolean): Map<CstNode, LineBreaks> {
    const plan = new Map<CstNode, LineBreaks>();
    let previous: CstNode | undefined;
    let comments: CstNode[] = [];
    for (const child of children) {
        if (child.hidden) {
            comments.push(child);
            continue;
        }
        planGap(plan, previous, comments, child, spansLines);
        previous = child;
        comments = [];
    }
    planGap(plan, previous, comments, undefined, spansLines);
    return plan;
}

/** The comments between two declarations (or the start or end of the file) and the declaration after them. */
function planGap(
    plan: Map<CstNode, LineBreaks>,
    above: CstNode | undefined,
    comments: CstNode[],
    below: CstNode | undefined,
    spansLines: (declaration: CstNode) => boolean
): void {
    const trailing = trailingCount(above, comments);
    const header = headerStart(comments, trailing, below);
    // The blank line between two declarations: exact around a block, else at most one.
    const separator = (index: number): LineBreaks => {
        // After a comment that stands on its own: it has a blank line below it, or it would be in the header.
        if (index > trailing) return EXACTLY_ONE_BLANK;
        // Never a blank line right below a comment: a waiver (`// align-waive …`) applies to the
        // line below it, so moving that line away would change what the file means.
        if (index > 0) return AT_MOST_ONE_BLANK;
        return above && below && (spansLines(above) || spansLines(below)) ? EXACTLY_ONE_BLANK : AT_MOST_ONE_BLANK;
    };
    for (let index = trailing; index < comments.length; index++) {
        const before = index > 0 ? comments[index - 1] : above;
        // The first comment of a file, and a comment sharing a line with another, stay as written.
        if (!before || sameLine(before, comments[index])) continue;
        plan.set(comments[index], index === header ? separator(index) : index > header ? NEXT_LINE : AT_MOST_ONE_BLANK);
    }
    const before = comments.at(-1) ?? above;
    if (!below || !before) return;
    if (header < comments.length) {
        // A comment right above the declaration stays right above it (or before it on its line).
        if (!sameLine(before, below)) plan.set(below, NEXT_LINE);
    } else {
        plan.set(below, separator(comments.length));
    }
}

/** How many comments at the start of the gap continue the line where the declaration above ends. */
function trailingCount(above: CstNode | undefined, comments: CstNode[]): number {
    if (!above) return 0;
    let count = 0;
    let line = above.range.end.line;
    while (count < comments.length && comments[count].range.start.line === line) {
        line = comments[count].range.end.line;
        count++;
    }
    return count;
}

/** The index of the first comment attached to the declaration below (no blank line between); comments.length if none. */
function headerStart(comments: CstNode[], trailing: number, below: CstNode | undefined): number {
    if (!below) return comments.length;
    let start = comments.length;
    let next = below;
    while (start > trailing && next.range.start.line - comments[start - 1].range.end.line <= 1) {
        start--;
        next = comments[start];
    }
    return start;
}

function sameLine(before: CstNode, after: CstNode): boolean {
    return before.range.end.line === after.range.start.line;
}
