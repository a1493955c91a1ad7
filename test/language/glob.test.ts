// The exclude globs of align.config.json: picomatch's meaning ({ dot: true }) in polynomial time.
import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { compileGlob, globMatcher, GLOB_LIMITS } from '../../language/workspace/glob.js';

function matcher(pattern: string): (path: string) => boolean {
    const result = compileGlob(pattern);
    if (!result.ok) throw new Error(`${pattern} refused: ${result.reason}`);
    return result.matches;
}

function reason(pattern: string): string {
    const result = compileGlob(pattern);
    if (result.ok) throw new Error(`${pattern} accepted`);
    return result.reason;
}

describe('glob matching', () => {
    const cases: Array<[pattern: string, matching: string[], notMatching: string[]]> = [
        ['drafts/**', ['drafts/a.align', 'drafts/x/y.align', 'drafts', './drafts/a.align'], ['other/drafts.align', 'other/drafts/a.align', 'draftsy/a.align']],
        ['drafts/', ['drafts/a.align', 'drafts/x/y.align'], ['other/drafts.align']],
        ['./drafts/**', ['drafts/a.align'], ['other/drafts.align']],
        ['**/*.draft.align', ['a.draft.align', 'x/y/a.draft.align', '.hidden/a.draft.align'], ['a.align', 'draft.align/x', 'a.draft.align.bak']],
        ['*.align', ['a.align', '.align', '.hidden.align'], ['a/b.align', 'a.alignx', 'a.md']],
        ['**/vendor/**', ['vendor', 'vendor/a.align', 'x/vendor/y/z.align'], ['vendors/a.align', 'x/myvendor/a.align']],
        ['{a,b}/*.align', ['a/x.align', 'b/y.align'], ['c/x.align', 'a/b/x.align', '{a,b}/x.align']],
        ['{a,b/{c,d}}/**', ['a/x', 'b/c/x', 'b/d/x/y'], ['b/e/x', 'b/x']],
        ['*.{align,md}', ['a.align', 'b.md'], ['c.txt']],
        ['x{a,}', ['xa', 'x'], ['xb']],
        ['{a}', ['{a}'], ['a']],
        ['{1..3}', ['{1..3}'], ['1', '2']],
        ['a**b', ['ab', 'axxb'], ['ax/xb']],
        ['legacy-*/**', ['legacy-1', 'legacy-1/a.align'], ['legacy', 'x/legacy-1']],
        ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b'], ['a/x/c', 'b']],
        ['**', ['a', '.hidden/x.align', 'a/.b/c'], []],
        ['*', ['a', '.env'], ['a/b']],
        ['?.align', ['a.align', 'é.align', '😀.align'], ['ab.align', '.align']],
        ['[abc].align', ['a.align', 'c.align'], ['d.align', 'A.align']],
        ['[a-c]x', ['bx'], ['dx', 'Bx']],
        ['[!a]x', ['bx', '!x'], ['ax']],
        ['[^a]x', ['bx'], ['ax']],
        ['[]]', [']'], ['a']],
        ['[a-]', ['a', '-'], ['b']],
        ['[\\]]', [']'], ['\\']],
        ['[😀-😂].align', ['😁.align'], ['😃.align']],
        ['[[:digit:]]*', ['1st.align'], ['first.align']],
        ['[[:upper:][:digit:]]', ['A', '7'], ['a']],
        ['\\*.align', ['*.align'], ['a.align']],
        ['\\[a].align', ['[a].align'], ['a.align']],
        ['a\\{b,c}', ['a{b,c}'], ['ab', 'ac']],
        ['\\!a', ['!a'], ['b']],
        ['notes (old).align', ['notes (old).align'], ['notes old.align']],
        ['\\+(a)', ['+(a)'], ['a']]
    ];
    for (const [pattern, matching, notMatching] of cases) {
        it(pattern, () => {
            const matches = matcher(pattern);
            for (const path of matching) expect(matches(path), `${pattern} should match ${path}`).toBe(true);
            for (const path of notMatching) expect(matches(path), `${pattern} should not match ${path}`).toBe(false);
        });
    }

    it('globMatcher: any of the globs, refused globs match nothing', () => {
        const matches = globMatcher(['drafts/**', '!(x)', '**/*.draft.align']);
        expect(matches('drafts/a.align')).toBe(true);
        expect(matches('x/b.draft.align')).toBe(true);
        expect(matches('y')).toBe(false);
        expect(globMatcher([])('a.align')).toBe(false);
    });
});

describe('agreement with picomatch { dot: true }', () => {
    // Ordinary patterns; left out are the deliberate differences (a trailing '/', `?`
    // against characters outside the BMP, `{1..3}`, `*/**` against a file at the top) and
    // picomatch's reading of `[!a]` (as `[!a]` or `[a!]` with { dot: true }).
    const patterns = [
        '*.align',
        '**/*.align',
        'drafts/**',
        'drafts/*',
        '**/drafts/**',
        '**/vendor/**',
        'a/**/b.align',
        '**/*.draft.align',
        '*',
        '**',
        'a/*/c.align',
        '?.align',
        'a?c.align',
        '[ab].align',
        '[a-c]*.align',
        '[^a]*.align',
        '{a,b}/*.align',
        '{a,b/{c,d}}/**',
        '*.{align,md}',
        '**/.hidden/**',
        '.*',
        '**/.*',
        'a\\*b.align',
        'x/**/y/**/z.align',
        'docs/**/*.md',
        '**/*',
        '*/*',
        '*/**/*.md',
        'a/**',
        'a*',
        '*a*',
        '**/a*.align',
        'legacy-*/**',
        '[[:digit:]]*.align',
        'examples/*/drafts/*.align',
        '**/*draft*',
        '**/{tmp,temp}/**',
        'a/b/c.align',
        'café/*.align',
        '**/é.align',
        '??.align',
        '*.ALIGN',
        './docs/**'
    ];
    const paths = [
        'a.align',
        'b.align',
        'c.align',
        'ab.align',
        'abc.align',
        'x.md',
        'drafts/a.align',
        'drafts/x/y.align',
        'other/drafts.align',
        'other/drafts/z.align',
        'drafts',
        'vendor/lib.align',
        'x/vendor/y/z.align',
        'vendor',
        'a/b.align',
        'a/x/b.align',
        'a/x/y/b.align',
        'a/b/c.align',
        'a/b/d/c.align',
        'b/c/q.md',
        'b/d/q.md',
        'plan.draft.align',
        'x/plan.draft.align',
        '.hidden/x.align',
        'x/.hidden/y/z.align',
        '.env',
        'a/.env',
        'a*b.align',
        'axb.align',
        'x/y/z.align',
        'x/q/y/r/z.align',
        'docs/guide.md',
        'docs/a/b/guide.md',
        'legacy-2023/old.align',
        '1st.align',
        'café/menu.align',
        'x/é.align',
        'A.ALIGN',
        'tmp/x',
        'a/temp/b/c',
        'examples/portal/drafts/a.align'
    ];
    for (const pattern of patterns) {
        it(pattern, () => {
            const ours = matcher(pattern);
            const theirs = picomatch(pattern, { dot: true });
            const disagreements = paths.filter(path => ours(path) !== theirs(path));
            expect(disagreements).toEqual([]);
        });
    }
});

describe('refused globs', () => {
    it('extended globs', () => {
        expect(reason('+(a*)+(a*)+(a*)+(a*)+(a*)+(a*)b')).toBe('extended globs such as +(…) are not supported; use * and {a,b}');
        expect(reason('!(x)')).toBe('extended globs such as !(…) are not supported; use * and {a,b}');
        for (const pattern of ['*(a)', 'x/?(a).align', '@(a|b)', '{a,b+(c)}']) expect(reason(pattern)).toMatch(/^extended globs/);
    });

    it('negation, groups, absolute, empty and unknown classes', () => {
        expect(reason('!drafts/**')).toMatch(/negated/);
        expect(reason('{!a,b}')).toMatch(/negated/);
        expect(reason('(a|b).align')).toMatch(/\{a,b\}/);
        expect(reason('/drafts/**')).toMatch(/relative/);
        expect(reason('')).toMatch(/empty/);
        expect(reason('./')).toMatch(/empty/);
        expect(reason('[[:letter:]]')).toMatch(/\[:letter:\]/);
    });

    it('patterns over the length limit', () => {
        expect(compileGlob('a'.repeat(GLOB_LIMITS.patternLength)).ok).toBe(true);
        expect(reason('a'.repeat(GLOB_LIMITS.patternLength + 1))).toMatch(/longer than 1024/);
    });

    it('braces expanding beyond the limit', () => {
        expect(GLOB_LIMITS.braceExpansions).toBe(256);
        expect(compileGlob('{a,b}'.repeat(8)).ok).toBe(true); // 256
        expect(reason('{a,b}'.repeat(9))).toMatch(/more than 256/); // 512
        // Nested: 2^40 expansions, refused without being built.
        expect(reason('{a,b}'.repeat(40))).toMatch(/more than 256/);
        expect(reason('{'.repeat(20) + 'a,b' + '},{a,b}'.repeat(20) + '{a,b}'.repeat(10))).toMatch(/more than 256/);
    });
});

describe('polynomial time', () => {
    /** The fastest of five runs of `repeats` calls, in milliseconds. */
    function time(fn: () => void, repeats: number): number {
        let best = Infinity;
        for (let run = 0; run < 5; run++) {
            const start = performance.now();
            for (let i = 0; i < repeats; i++) fn();
            best = Math.min(best, performance.now() - start);
        }
        return best;
    }

    function expectLinearish(matches: (path: string) => boolean, input: (scale: number) => string): void {
        const small = input(1);
        const large = input(10);
        const short = time(() => matches(small), 20);
        const long = time(() => matches(large), 20);
        expect(long).toBeLessThan(200 * short);
    }

    it('a*a*a*a*a*a*a*a*a*a*b against 5,000 a', () => {
        const matches = matcher('a*a*a*a*a*a*a*a*a*a*b');
        expect(matches('a'.repeat(5000))).toBe(false);
        expect(matches('a'.repeat(5000) + 'b')).toBe(true);
        expectLinearish(matches, scale => 'a'.repeat(5000 * scale));
    });

    it('**/**/**/**/**/**/**/**/x against 200 segments', () => {
        const matches = matcher('**/**/**/**/**/**/**/**/x');
        expect(matches('a/'.repeat(200) + 'a')).toBe(false);
        expect(matches('a/'.repeat(200) + 'x')).toBe(true);
        expectLinearish(matches, scale => 'a/'.repeat(200 * scale) + 'a');
    });

    it('*a*a*a*a*a*a*a*a*a*a*b/**/a*a*a*b with many long segments', () => {
        const matches = matcher('**/*a*a*a*a*a*a*a*a*a*a*b/**/a*a*a*b');
        expectLinearish(matches, scale => `${'a'.repeat(200)}/`.repeat(20 * scale) + 'a');
    });
});
