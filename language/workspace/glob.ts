// Glob matching for the `exclude` globs of align.config.json, in time polynomial in the
// sizes of the pattern and the path: no regular expression is built from a pattern (V8's
// backtracking would make `a*a*a*a*b` exponential), and no step retries more than the
// classic two-pointer wildcard algorithm does.
//
// Semantics follow picomatch with { dot: true } for the features below:
//   - paths and patterns are '/'-separated and relative; a leading './' is ignored in both;
//   - `**` as a whole segment matches zero or more segments (`drafts/**` matches `drafts`
//     and everything below it); `**` inside a segment (`a**b`) is an ordinary `*`. Unlike
//     picomatch, a trailing `/**` matches zero segments after a wildcard segment too
//     (`legacy-*/**` matches the file `legacy-1`, as `legacy-1/**` would);
//   - `*` matches any run of characters within a segment, `?` exactly one character; both
//     match a leading '.' (dot files), and characters are code points, so `?` matches one emoji;
//   - `[abc]`, `[a-z]`, `[!a]`, `[^a]` and the POSIX classes `[[:alpha:]]` etc. (ASCII);
//   - `\x` matches x literally;
//   - `{a,b}` braces, nested as well, are expanded before matching; a brace without a
//     top-level comma (`{a}`, `{}`) is literal, as in picomatch;
//   - a pattern ending in '/' means the folder and everything below it: `drafts/` is `drafts/**`
//     (picomatch would only match the path "drafts/" itself, which never names a file).
// Not supported:
//   - numeric and letter ranges such as `{1..3}` are taken literally (they have no comma):
//     write `{1,2,3}`;
//   - `.` and `..` segments get no special treatment (the paths matched here are normalized
//     and never contain them).
// Refused with a reason: extended globs (`+(…)`, `*(…)`, `?(…)`, `@(…)`, `!(…)`), regular-
// expression groups `(a|b)`, negation (a leading `!`), absolute patterns (a leading '/'),
// unknown POSIX classes, empty patterns, patterns longer than GLOB_LIMITS.patternLength and
// braces expanding to more than GLOB_LIMITS.braceExpansions patterns.
//
// Cost: a segment matches in O(n·m) for n characters against m tokens; a path matches in
// O(N·M) segment matches for N path segments against M pattern segments, per expansion.

/** A compiled glob, or the reason it is refused. */
export type GlobResult = { ok: true; matches: (path: string) => boolean } | { ok: false; reason: string };

export const GLOB_LIMITS = {
    /** The longest pattern accepted, in UTF-16 code units. */
    patternLength: 1024,
    /** The most patterns one glob may expand to through its braces. */
    braceExpansions: 256
} as const;

/** Compiles one glob (relative, '/'-separated, dot files matched like picomatch's {dot:true}). */
export function compileGlob(pattern: string): GlobResult {
    try {
        const compiled = compile(pattern);
        return { ok: true, matches: path => matchesAny(compiled, splitPath(path)) };
    } catch (error) {
        if (error instanceof GlobRefused) return { ok: false, reason: error.message };
        throw error;
    }
}

/**
 * One matcher for a list of globs: true when any matches. Refused globs match nothing;
 * use compileGlob to learn why they are refused.
 */
export function globMatcher(patterns: string[]): (path: string) => boolean {
    const compiled: Segment[][] = [];
    for (const pattern of patterns) {
        try {
            compiled.push(...compile(pattern));
        } catch (error) {
            if (!(error instanceof GlobRefused)) throw error;
        }
    }
    return path => matchesAny(compiled, splitPath(path));
}

class GlobRefused extends Error {}

// ---------------------------------------------------------------------------------------
// Compiling

type Token =
    | { kind: 'char'; cp: number }
    | { kind: 'any' }
    | { kind: 'star' }
    /** `ranges` holds inclusive [low, high] code point pairs, flattened. */
    | { kind: 'class'; negated: boolean; ranges: number[] };

type Segment = { kind: 'globstar' } | { kind: 'literal'; text: string } | { kind: 'wild'; tokens: Token[] };

/** The pattern's expansions, each a list of segments. Throws GlobRefused. */
function compile(pattern: string): Segment[][] {
    if (typeof pattern !== 'string') throw new GlobRefused('the pattern is not a string');
    if (pattern.length > GLOB_LIMITS.patternLength) {
        throw new GlobRefused(`the pattern is longer than ${GLOB_LIMITS.patternLength} characters`);
    }
    if (stripDotSlash(pattern) === '') throw new GlobRefused('the pattern is empty');
    const chars = Array.from(pattern);
    checkSyntax(chars);
    const expansions = new Set(expandBraces(chars));
    const result: Segment[][] = [];
    for (const expansion of expansions) {
        const text = stripDotSlash(expansion);
        if (text.startsWith('!')) {
            throw new GlobRefused("negated globs ('!…') are not supported; list only what to exclude");
        }
        if (text.startsWith('/')) {
            throw new GlobRefused("the pattern starts with '/'; globs are relative to the folder holding align.config.json");
        }
        if (text !== '') result.push(segmentsOf(Array.from(text)));
    }
    return result;
}

function stripDotSlash(text: string): string {
    while (text.startsWith('./')) text = text.slice(2);
    return text;
}

/** Refuses extended globs and regular-expression groups, which picomatch would honour. */
function checkSyntax(chars: string[]): void {
    let parens = 0;
    let previous = ''; // the previous character when unescaped and outside a class
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        let current = c;
        if (c === '\\') {
            i++;
            current = '';
        } else if (c === '[') {
            const cls = parseClass(chars, i);
            if (cls) {
                i = cls.end - 1;
                current = '';
            }
        } else if (c === '(') {
            if (previous !== '' && '+*?@!'.includes(previous)) {
                throw new GlobRefused(`extended globs such as ${previous}(…) are not supported; use * and {a,b}`);
            }
            parens++;
        } else if (c === ')') {
            if (parens > 0) parens--;
        } else if (c === '|' && parens > 0) {
            throw new GlobRefused('groups such as (a|b) are not supported; use {a,b}');
        }
        previous = current;
    }
}

// Braces. One pass pairs each '{' with its '}' (skipping escapes and [classes]) and notes
// the commas directly inside each pair; a tree is built from that, its expansion count is
// computed (capped) before any expansion is built, so the work stays within the limits.

/** Text, or a brace group: its alternatives. */
type BraceNode = string | BraceNode[][];

function expandBraces(chars: string[]): string[] {
    const close = new Map<number, number>();
    const commas = new Map<number, number[]>();
    const stack: number[] = [];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '\\') {
            i++;
        } else if (c === '[') {
            const cls = parseClass(chars, i);
            if (cls) i = cls.end - 1;
        } else if (c === '{') {
            stack.push(i);
            commas.set(i, []);
        } else if (c === '}' && stack.length > 0) {
            close.set(stack.pop()!, i);
        } else if (c === ',' && stack.length > 0) {
            commas.get(stack[stack.length - 1])!.push(i);
        }
    }
    const tree = braceSequence(chars, 0, chars.length, close, commas);
    if (countExpansions(tree) > GLOB_LIMITS.braceExpansions) {
        throw new GlobRefused(`the braces expand to more than ${GLOB_LIMITS.braceExpansions} patterns`);
    }
    return expandSequence(tree);
}

/** chars[from, to) as a sequence of text and brace groups (a group: its alternatives). */
function braceSequence(chars: string[], from: number, to: number, close: Map<number, number>, commas: Map<number, number[]>): BraceNode[] {
    const parts: BraceNode[] = [];
    let text = '';
    for (let i = from; i < to; i++) {
        const end = chars[i] === '{' ? close.get(i) : undefined;
        if (end === undefined) {
            text += chars[i];
            continue;
        }
        const inner = commas.get(i)!;
        if (inner.length === 0) {
            // `{a}` and `{}` are literal; braces inside still expand.
            text += '{';
            parts.push(text);
            text = '';
            parts.push([braceSequence(chars, i + 1, end, close, commas)]);
            text = '}';
        } else {
            parts.push(text);
            text = '';
            const bounds = [i, ...inner, end];
            const alternatives: BraceNode[][] = [];
            for (let k = 0; k + 1 < bounds.length; k++) {
                alternatives.push(braceSequence(chars, bounds[k] + 1, bounds[k + 1], close, commas));
            }
            parts.push(alternatives);
        }
        i = end;
    }
    parts.push(text);
    return parts;
}

/** How many strings a sequence expands to, capped just above the limit. */
function countExpansions(sequence: BraceNode[]): number {
    const cap = GLOB_LIMITS.braceExpansions + 1;
    let product = 1;
    for (const part of sequence) {
        if (typeof part === 'string') continue;
        let sum = 0;
        for (const alternative of part) sum = Math.min(cap, sum + countExpansions(alternative));
        product = Math.min(cap, product * sum);
    }
    return product;
}

function expandSequence(sequence: BraceNode[]): string[] {
    let results = [''];
    for (const part of sequence) {
        if (typeof part === 'string') {
            results = results.map(r => r + part);
        } else {
            const options = part.flatMap(expandSequence);
            results = results.flatMap(r => options.map(o => r + o));
        }
    }
    return results;
}

// Tokens and segments.

function segmentsOf(chars: string[]): Segment[] {
    const segments: Segment[] = [];
    let tokens: Token[] = [];
    let raw = '';
    const finish = () => {
        let segment: Segment;
        if (raw === '**') segment = { kind: 'globstar' };
        else if (tokens.every(t => t.kind === 'char')) {
            segment = { kind: 'literal', text: String.fromCodePoint(...tokens.map(t => (t as { cp: number }).cp)) };
        } else segment = { kind: 'wild', tokens };
        // `**/**` is `**`.
        if (!(segment.kind === 'globstar' && segments[segments.length - 1]?.kind === 'globstar')) segments.push(segment);
        tokens = [];
        raw = '';
    };
    let cls: ReturnType<typeof parseClass>;
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '/') {
            finish();
            continue;
        }
        if (c === '\\' && i + 1 < chars.length) {
            tokens.push({ kind: 'char', cp: chars[i + 1].codePointAt(0)! });
            raw += c + chars[++i];
        } else if (c === '*') {
            if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
            raw += c;
        } else if (c === '?') {
            tokens.push({ kind: 'any' });
            raw += c;
        } else if (c === '[' && (cls = parseClass(chars, i))) {
            tokens.push({ kind: 'class', negated: cls.negated, ranges: cls.ranges });
            raw += chars.slice(i, cls.end).join('');
            i = cls.end - 1;
        } else {
            tokens.push({ kind: 'char', cp: c.codePointAt(0)! });
            raw += c;
        }
    }
    // A trailing '/' means the folder and everything in it.
    if (segments.length > 0 && raw === '') raw = '**';
    finish();
    return segments;
}

const POSIX_CLASSES: Record<string, number[]> = {
    alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
    alpha: [0x41, 0x5a, 0x61, 0x7a],
    ascii: [0x00, 0x7f],
    blank: [0x09, 0x09, 0x20, 0x20],
    cntrl: [0x00, 0x1f, 0x7f, 0x7f],
    digit: [0x30, 0x39],
    graph: [0x21, 0x7e],
    lower: [0x61, 0x7a],
    print: [0x20, 0x7e],
    punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
    space: [0x09, 0x0d, 0x20, 0x20],
    upper: [0x41, 0x5a],
    word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
    xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66]
};

/**
 * The class opening at chars[start] === '[': its members and the index after its ']', or
 * undefined when there is no closing ']' (the '[' is then literal). A ']' right after
 * '[', '[!' or '[^' is a member.
 */
function parseClass(chars: string[], start: number): { end: number; negated: boolean; ranges: number[] } | undefined {
    let i = start + 1;
    let negated = false;
    if (chars[i] === '!' || chars[i] === '^') {
        negated = true;
        i++;
    }
    const ranges: number[] = [];
    const member = (): number => {
        if (chars[i] === '\\' && i + 1 < chars.length) i++;
        return chars[i++].codePointAt(0)!;
    };
    for (let first = true; i < chars.length; first = false) {
        if (chars[i] === ']' && !first) return { end: i + 1, negated, ranges };
        if (chars[i] === '[' && chars[i + 1] === ':') {
            const close = findPosixClose(chars, i + 2);
            if (close >= 0) {
                const name = chars.slice(i + 2, close).join('');
                const members = POSIX_CLASSES[name];
                if (!members) {
                    throw new GlobRefused(
                        `unknown character class [:${name}:]; known are ${Object.keys(POSIX_CLASSES)
                            .map(n => `[:${n}:]`)
                            .join(', ')}`
                    );
                }
                ranges.push(...members);
                i = close + 2;
                continue;
            }
        }
        const low = member();
        if (chars[i] === '-' && i + 1 < chars.length && chars[i + 1] !== ']') {
            i++;
            const high = member();
            ranges.push(low, high); // low > high matches nothing
        } else {
            ranges.push(low, low);
        }
    }
    return undefined;
}

/** Index of the ':' of the ':]' ending a POSIX class name starting at `from`, or -1. */
function findPosixClose(chars: string[], from: number): number {
    for (let i = from; i + 1 < chars.length; i++) {
        if (chars[i] === ':' && chars[i + 1] === ']') return i;
        if (!(chars[i] >= 'a' && chars[i] <= 'z')) return -1;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------
// Matching

function splitPath(path: string): string[] {
    path = stripDotSlash(path);
    return path === '' ? [] : path.split('/');
}

function matchesAny(expansions: Segment[][], path: string[]): boolean {
    if (path.length === 0) return false;
    return expansions.some(segments => matchPath(segments, path));
}

/**
 * The two-pointer wildcard algorithm over segments, `**` being the star and a segment
 * match being the equality: on a mismatch, go back to just after the last `**` and let it
 * swallow one more segment. O(N·M) segment matches.
 */
function matchPath(pattern: Segment[], path: string[]): boolean {
    let p = 0;
    let s = 0;
    let starP = -1;
    let starS = 0;
    while (s < path.length) {
        if (p < pattern.length && pattern[p].kind === 'globstar') {
            starP = p++;
            starS = s;
        } else if (p < pattern.length && matchSegment(pattern[p], path[s])) {
            p++;
            s++;
        } else if (starP >= 0) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p].kind === 'globstar') p++;
    return p === pattern.length;
}

function matchSegment(segment: Segment, text: string): boolean {
    if (segment.kind === 'literal') return segment.text === text;
    if (segment.kind === 'globstar') return true;
    return matchTokens(segment.tokens, text);
}

/**
 * The same algorithm within a segment: `*` is the star, every other token one code point
 * (read from the string as it goes, a character outside the BMP being two code units). O(n·m).
 */
function matchTokens(tokens: Token[], text: string): boolean {
    let t = 0;
    let s = 0;
    let starT = -1;
    let starS = 0;
    while (s < text.length) {
        if (t < tokens.length && tokens[t].kind === 'star') {
            starT = t++;
            starS = s;
            continue;
        }
        const cp = text.codePointAt(s)!;
        if (t < tokens.length && matchOne(tokens[t], cp)) {
            t++;
            s += cp > 0xffff ? 2 : 1;
        } else if (starT >= 0) {
            t = starT + 1;
            starS += text.codePointAt(starS)! > 0xffff ? 2 : 1;
            s = starS;
        } else {
            return false;
        }
    }
    while (t < tokens.length && tokens[t].kind === 'star') t++;
    return t === tokens.length;
}

function matchOne(token: Token, cp: number): boolean {
    switch (token.kind) {
        case 'char':
            return token.cp === cp;
        case 'any':
            return true;
        case 'star':
            return false;
        case 'class': {
            let inside = false;
            for (let i = 0; i < token.ranges.length && !inside; i += 2) {
                inside = token.ranges[i] <= cp && cp <= token.ranges[i + 1];
            }
            return inside !== token.negated;
        }
    }
}
