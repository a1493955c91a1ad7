// fast-check arbitraries for `.align` text: a grammar-aware generator of declarations (every
// kind, names from a small pool so references resolve, clash or dangle; properties in any
// order, sometimes duplicated or foreign; out-of-range literals; hostile strings; comments)
// and a mutation arbitrary that breaks generated or example text at random places.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Names and literals

type Kind = 'initiative' | 'stakeholder' | 'group' | 'domain' | 'rule' | 'cadence' | 'milestone' | 'metric' | 'benefit' | 'risk' | 'decision' | 'agreement';

/**
 * Small pools of names per kind, so that references mostly resolve to the right kind of
 * declaration (and the deeper checks — rule conflicts, ambiguity, escalation cycles — run),
 * while a few names sit in two pools so declarations clash.
 */
const KIND_NAMES: Record<Kind, readonly string[]> = {
    initiative: ['Portal'],
    stakeholder: ['Ann', 'Bob', 'CIO', 'Cy'],
    group: ['G', 'Triage'],
    cadence: ['W', 'SteerCo'],
    domain: ['D', 'UX', 'D-042'],
    rule: ['R', 'R2', 'R3'],
    metric: ['M', 'M2'],
    milestone: ['P'],
    benefit: ['B'],
    risk: ['X', 'Risk_1'],
    decision: ['X', 'Dec', 'Dec2', 'D'],
    agreement: ['Ag', '_x']
};

/** Every name of the pools. */
export const NAME_POOL: readonly string[] = [...new Set(Object.values(KIND_NAMES).flat())];

/** Names that the grammar cannot read as a name (keywords) or that are not identifiers at all. */
const ODD_NAMES = ['owner', 'hours', 'by', 'any', 'progress', 'Über', 'a-', '9lives', 'x--y', 'é', 'Dangling'] as const;

/** A name for a declaration of those kinds, or for a reference that accepts those kinds. */
function nameOfKinds(kinds: readonly Kind[], clean = false): fc.Arbitrary<string> {
    const own = fc.constantFrom(...kinds.flatMap(k => KIND_NAMES[k]));
    if (clean) return fc.oneof({ weight: 10, arbitrary: own }, { weight: 1, arbitrary: fc.constantFrom(...NAME_POOL) });
    return fc.oneof(
        { weight: 8, arbitrary: own },
        { weight: 3, arbitrary: fc.constantFrom(...NAME_POOL) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_NAMES) }
    );
}

export const nameArb: fc.Arbitrary<string> = nameOfKinds(Object.keys(KIND_NAMES) as Kind[]);

/** A new name accepted by rename: valid identifiers, half of them already taken. */
export const renameTargetArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...NAME_POOL), fc.constantFrom('Renamed', 'New_1', 'Z-9', '_tmp', 'Ann2'));

const PARTY: readonly Kind[] = ['stakeholder', 'group', 'cadence'];
const PEOPLE: readonly Kind[] = ['stakeholder', 'group'];

const NUMBERS = ['0', '1', '2', '3', '48', '500', '1.5', '0.0', '99999999999999999999'] as const;
const TIME_UNITS = ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters'] as const;
const PERIOD_UNITS = ['day', 'week', 'month', 'quarter'] as const;

export const durationArb: fc.Arbitrary<string> = fc.oneof(
    fc
        .tuple(fc.constantFrom(...NUMBERS), fc.boolean(), fc.constantFrom(...TIME_UNITS))
        .map(([n, business, unit]) => `${n} ${business ? 'business ' : ''}${unit}`),
    fc.tuple(fc.constantFrom('0', '1', '2', '48', '999999'), fc.constantFrom('h', 'd', 'w', 'mo', 'q')).map(([n, u]) => `${n}${u}`)
);

export const dateArb: fc.Arbitrary<string> = fc.oneof(
    {
        weight: 3,
        arbitrary: fc
            .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
            .map(d => d.toISOString().slice(0, 10))
    },
    fc.constantFrom('2027-01-15', '2027-02-30', '2027-13-01', '0000-00-00', '2026-11-24', '2020-01-01', '2028-02-29', '2027-02-29', '9999-12-31'),
    fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
);

export const quarterArb: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('2027-Q1', '2027-Q4', '2027-Q5', '2027-Q0', '2027-Q123', '0000-Q1'),
    fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 0, max: 9 })).map(([y, q]) => `${y}-Q${q}`)
);

export const percentArb: fc.Arbitrary<string> = fc.constantFrom('0%', '60%', '100%', '150%', '99.5%', '100.0001%', '0.0%', '100000%');

/** Text fragments that have hurt renderers, Markdown, Mermaid or the layout before. */
const HOSTILE = [
    '%%{init: {"theme":"dark"}}%%',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '![p](https://evil/x.png)',
    '[run](command:workbench.action.terminal.new)',
    '# heading',
    '*bold* _it_ `code`',
    '"quoted"',
    'back\\slash',
    'é ü 中文 🎉 👨‍👩‍👧',
    '\u0000\u0007\u001b[31m',
    '\u202e RTL',
    'line\u2028sep\u2029',
    '\t',
    '-->',
    ']]',
    '; x',
    '| pipe |',
    '{}',
    '&amp; &lt;',
    '${x}',
    'A->B',
    'end',
    'subgraph',
    'click X call',
    '\\n',
    '  ',
    'x'.repeat(120),
    ''
] as const;

/** Source text that is valid inside a STRING literal as written (escape sequences). */
const RAW_ESCAPES = ['\\n', '\\t', '\\"', '\\\\', '\\u00e9', '\\x', '\\ '] as const;

function escapeForString(content: string): string {
    return content.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

const stringPieceArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE).map(escapeForString) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }).map(escapeForString) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }).map(escapeForString) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES) }
);

/** A STRING literal with hostile, escaped content. */
export const stringArb: fc.Arbitrary<string> = fc.array(stringPieceArb, { maxLength: 3 }).map(pieces => `"${pieces.join(' ')}"`);

const stringListArb = fc.array(stringArb, { minLength: 1, maxLength: 3 }).map(items => items.join(', '));

export const commentArb: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }).map(s => `// ${s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')}\n`),
    fc.constantFrom('//\n', '// owner Ann }\n', '/* { "a" -> */', '/**/', '/* multi\n line */', '/* %%{init}%% <b> */')
);

// ---------------------------------------------------------------------------------------------
// Declarations

/**
 * The properties each kind accepts, as the grammar says. `clean` tables name declarations of
 * the kinds each slot accepts (never a keyword or a non-identifier).
 */
function propertyTable(clean: boolean): Record<Kind, Array<fc.Arbitrary<string>>> {
    const ref = (...kinds: Kind[]) => nameOfKinds(kinds, clean);
    const refList = (kinds: readonly Kind[]) => fc.array(nameOfKinds(kinds, clean), { minLength: 1, maxLength: clean ? 3 : 4 }).map(names => names.join(', '));
    const escalatesArb = fc.tuple(ref(...PARTY), fc.option(durationArb)).map(([n, d]) => `escalates to ${n}${d ? ` after ${d}` : ''}`);
    const decidedByArb = fc.tuple(ref(...PARTY), fc.option(durationArb)).map(([n, d]) => `decided by ${n}${d ? ` within ${d}` : ''}`);
    const ownerArb = refList(['stakeholder']).map(l => `owner ${l}`);

    return {
        initiative: [ref('stakeholder').map(n => `sponsor ${n}`), stringListArb.map(l => `in scope ${l}`), stringListArb.map(l => `out of scope ${l}`)],
        stakeholder: [stringArb.map(s => `org ${s}`)],
        group: [refList(PEOPLE).map(l => `members ${l}`)],
        domain: [ownerArb, refList(PEOPLE).map(l => `consulted ${l}`), refList(PEOPLE).map(l => `informed ${l}`)],
        rule: [
            fc.oneof(
                fc.constant('when crosses any'),
                refList(['domain']).map(l => `when touches ${l}`)
            ),
            decidedByArb,
            escalatesArb
        ],
        cadence: [refList(PEOPLE).map(l => `attendees ${l}`), escalatesArb],
        milestone: [],
        metric: [ownerArb, fc.oneof(fc.constantFrom(...NUMBERS), percentArb).map(v => `target ${v}`), fc.oneof(dateArb, quarterArb).map(v => `by ${v}`)],
        benefit: [
            ref('metric').map(n => `measured by ${n}`),
            fc.oneof(
                ref('milestone').map(n => `expected at ${n}`),
                fc.oneof(dateArb, quarterArb).map(v => `expected by ${v}`)
            )
        ],
        risk: [ownerArb, stringArb.map(s => `mitigation ${s}`), escalatesArb],
        decision: [refList(['domain']).map(l => `affects ${l}`), decidedByArb, dateArb.map(d => `due ${d}`)],
        agreement: [
            stringArb.map(s => `channel ${s}`),
            durationArb.map(d => `response within ${d}`),
            fc.array(ref(...PARTY), { minLength: 2, maxLength: 4 }).map(steps => `escalation path ${steps.join(' -> ')}`)
        ]
    };
}

const PROPERTIES = propertyTable(false);
const CLEAN_PROPERTIES = propertyTable(true);

const KINDS = Object.keys(PROPERTIES) as Kind[];
const ALL_PROPERTIES = KINDS.flatMap(kind => PROPERTIES[kind]);

/** The part between the name and the block, where the kind needs one. */
function headerTail(kind: Kind): fc.Arbitrary<string> {
    switch (kind) {
        case 'cadence':
            return fc.oneof(fc.constantFrom(...PERIOD_UNITS), durationArb).map(p => `every ${p}`);
        case 'milestone':
            return dateArb.map(d => `on ${d}`);
        case 'metric':
            return fc.constantFrom('progress', 'outcome');
        default:
            return fc.constant('');
    }
}

/**
 * A block's properties: the kind's own ones in any order, duplicates possible, rarely a foreign
 * one; or, when clean, each of the kind's properties at most once, in any order.
 */
function propertiesArb(kind: Kind, clean: boolean): fc.Arbitrary<string[]> {
    if (clean) {
        const own = CLEAN_PROPERTIES[kind];
        // Each property at most once, except for a rare duplicate (still valid syntax).
        return fc
            .tuple(
                fc.tuple(...own),
                fc.shuffledSubarray(
                    own.map((_, i) => i),
                    { minLength: Math.max(0, own.length - 1) }
                ),
                fc.option(fc.nat(), { freq: 6 })
            )
            .map(([values, order, dup]) => {
                const props = order.map(i => values[i]);
                if (dup !== null && props.length > 0) props.splice(dup % (props.length + 1), 0, props[dup % props.length]);
                return props;
            });
    }
    const own = PROPERTIES[kind];
    const one =
        own.length === 0
            ? fc.oneof(...ALL_PROPERTIES)
            : fc.oneof({ weight: 12, arbitrary: fc.oneof(...own) }, { weight: 1, arbitrary: fc.oneof(...ALL_PROPERTIES) });
    return fc.array(one, { maxLength: 5 });
}

/**
 * One declaration: mostly complete, sometimes half-typed (`decision` alone, a missing header
 * part, an unclosed block), with comments between its parts.
 */
export function declarationArb(kind?: Kind, clean = false): fc.Arbitrary<string> {
    const kindArb = kind ? fc.constant(kind) : fc.constantFrom(...KINDS);
    return kindArb.chain(k =>
        fc
            .record({
                name: nameOfKinds([k], clean),
                title: fc.option(stringArb, { freq: 2 }),
                tail: headerTail(k),
                block: clean
                    ? k === 'milestone'
                        ? fc.constant(undefined)
                        : propertiesArb(k, true)
                    : fc.option(propertiesArb(k, false), { freq: k === 'milestone' ? 1 : 5, nil: undefined }),
                shape: clean
                    ? fc.constant('complete')
                    : fc.constantFrom(
                          'complete',
                          'complete',
                          'complete',
                          'complete',
                          'complete',
                          'complete',
                          'complete',
                          'complete',
                          'keyword-only',
                          'no-tail',
                          'unclosed',
                          'no-open'
                      ),
                comment: fc.option(commentArb, { freq: clean ? 8 : 4 }),
                layout: fc.constantFrom('oneline', 'lines', 'lines', 'messy')
            })
            .map(({ name, title, tail, block, shape, comment, layout }) => {
                if (shape === 'keyword-only') return k;
                const head = [k, name, title ?? '', shape === 'no-tail' ? '' : tail].filter(Boolean).join(' ');
                if (block === undefined) return comment ? `${head} ${comment}` : head;
                const props = [...(block ?? [])];
                if (comment && props.length > 0) props.splice(props.length >> 1, 0, comment.trimEnd() + '\n');
                const sep = layout === 'oneline' ? ' ' : layout === 'lines' ? '\n    ' : '\t\r\n  ';
                const open = shape === 'no-open' ? '' : '{';
                const close = shape === 'unclosed' ? '' : layout === 'oneline' ? ' }' : '\n}';
                return `${head} ${open}${props.map(p => sep + p).join('')}${close}`;
            })
    );
}

const separatorArb = fc.constantFrom('\n', '\n', '\n\n', ' ', '\r\n', '\n\n\n');

function fileOf(declaration: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> {
    return fc
        .array(fc.tuple(declaration, separatorArb, fc.option(commentArb, { freq: 6 })), { maxLength })
        .map(parts => parts.map(([decl, sep, comment]) => `${comment ?? ''}${decl}${sep}`).join(''));
}

/** A whole file of generated declarations of any kind, with comments and blank lines between them. */
export const generatedFileArb: fc.Arbitrary<string> = fileOf(declarationArb(), 8);

/** A file of complete declarations of any kind: no syntax error, but any number of findings. */
export const cleanFileArb: fc.Arbitrary<string> = fileOf(declarationArb(undefined, true), 8);

/**
 * A syntactically clean file centred on the decision framework: people, domains, rules and
 * decisions whose references mostly resolve to the right kinds, so that rule conflicts,
 * ambiguous owners, overridden deciders, SLAs and escalation chains are exercised.
 */
export const frameworkFileArb: fc.Arbitrary<string> = fileOf(
    fc.oneof(
        { weight: 4, arbitrary: declarationArb('rule', true) },
        { weight: 3, arbitrary: declarationArb('decision', true) },
        { weight: 3, arbitrary: declarationArb('domain', true) },
        { weight: 3, arbitrary: declarationArb('stakeholder', true) },
        { weight: 1, arbitrary: declarationArb('group', true) },
        { weight: 1, arbitrary: declarationArb('cadence', true) },
        { weight: 1, arbitrary: declarationArb('agreement', true) },
        { weight: 1, arbitrary: declarationArb(undefined, true) }
    ),
    12
);

// ---------------------------------------------------------------------------------------------
// Examples and mutations

const EXAMPLE_FOLDER = new URL('../../examples/patient-portal/', import.meta.url);

/** The example files of patient-portal (name → text). */
export const EXAMPLE_FILES: Record<string, string> = Object.fromEntries(
    readdirSync(EXAMPLE_FOLDER)
        .filter(f => f.endsWith('.align'))
        .sort()
        .map(f => [f, readFileSync(new URL(f, EXAMPLE_FOLDER), 'utf8')])
);

export const exampleTextArb: fc.Arbitrary<string> = fc.constantFrom(...Object.values(EXAMPLE_FILES), Object.values(EXAMPLE_FILES).join('\n'));

/** Tokens that are inserted at random places by mutations. */
export const MUTATION_TOKENS = [
    '{',
    '}',
    '{',
    '}',
    ',',
    '->',
    '"',
    '"',
    '-',
    '%',
    '/*',
    '*/',
    '//',
    '\n',
    '\r',
    '\t',
    ' ',
    '\u0000',
    '😀',
    'decision',
    'domain',
    'rule',
    'cadence',
    'every',
    'metric',
    'milestone',
    'on',
    'owner',
    'affects',
    'decided',
    'by',
    'within',
    'escalates',
    'to',
    'after',
    'when',
    'touches',
    'crosses',
    'any',
    'members',
    'attendees',
    'target',
    'expected',
    'at',
    'escalation',
    'path',
    'response',
    'business',
    'hours',
    'Ann',
    'D',
    'X',
    '48',
    '48h',
    '2027-02-30',
    '2027-Q5',
    '150%',
    '"s"'
] as const;

export type MutationOp =
    { kind: 'delete' | 'duplicate' | 'swap'; a: number; b: number; c: number } | { kind: 'truncate'; a: number } | { kind: 'insert'; a: number; token: string };

export const mutationOpArb: fc.Arbitrary<MutationOp> = fc.oneof(
    {
        weight: 3,
        arbitrary: fc.record({
            kind: fc.constantFrom('delete', 'duplicate', 'swap') as fc.Arbitrary<'delete' | 'duplicate' | 'swap'>,
            a: fc.nat(),
            b: fc.nat({ max: 40 }),
            c: fc.nat()
        })
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), a: fc.nat() }) },
    {
        weight: 4,
        arbitrary: fc.record({
            kind: fc.constant('insert' as const),
            a: fc.nat(),
            token: fc.oneof(fc.constantFrom(...MUTATION_TOKENS), fc.string({ maxLength: 4 }))
        })
    }
);

/** Applies one mutation; positions are taken modulo the text's length so any op fits any text. */
export function mutate(text: string, op: MutationOp): string {
    const at = (n: number) => n % (text.length + 1);
    switch (op.kind) {
        case 'truncate':
            return text.slice(0, at(op.a));
        case 'insert': {
            const i = at(op.a);
            return text.slice(0, i) + op.token + text.slice(i);
        }
        case 'delete': {
            const i = at(op.a);
            return text.slice(0, i) + text.slice(i + op.b);
        }
        case 'duplicate': {
            const i = at(op.a);
            const slice = text.slice(i, i + op.b);
            const j = at(op.c);
            return text.slice(0, j) + slice + text.slice(j);
        }
        case 'swap': {
            // Swap two non-overlapping slices of length b (or shorter at the end).
            let i = at(op.a);
            let j = at(op.c);
            if (i > j) [i, j] = [j, i];
            const len = Math.min(op.b, j - i);
            const first = text.slice(i, i + len);
            const second = text.slice(j, j + len);
            return text.slice(0, i) + second + text.slice(i + len, j) + first + text.slice(j + second.length);
        }
    }
}

export function mutateAll(text: string, ops: readonly MutationOp[]): string {
    return ops.reduce(mutate, text);
}

/** A mutated version of a base text (1–4 random slice edits, truncations or token insertions). */
export function mutatedArb(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
    return fc.tuple(base, fc.array(mutationOpArb, { minLength: 1, maxLength: 4 })).map(([text, ops]) => mutateAll(text, ops));
}

/** One file's text: generated, mutated-generated, mutated example or a verbatim example. */
export const fileTextArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: generatedFileArb },
    { weight: 2, arbitrary: frameworkFileArb },
    { weight: 3, arbitrary: mutatedArb(fc.oneof(generatedFileArb, frameworkFileArb)) },
    { weight: 2, arbitrary: mutatedArb(exampleTextArb) },
    { weight: 1, arbitrary: exampleTextArb }
);

function workspaceOf(file: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>> {
    return fc.array(file, { minLength: 1, maxLength: 4 }).map(texts => Object.fromEntries(texts.map((text, i) => [`f${i}.align`, text])));
}

/** A workspace of 1–4 files, `f0.align` … `f3.align`. */
export const workspaceArb: fc.Arbitrary<Record<string, string>> = workspaceOf(fileTextArb);

/** A workspace of 1–4 files without syntax errors (generated clean, framework or example files). */
export const cleanWorkspaceArb: fc.Arbitrary<Record<string, string>> = workspaceOf(
    fc.oneof({ weight: 3, arbitrary: cleanFileArb }, { weight: 3, arbitrary: frameworkFileArb }, { weight: 1, arbitrary: exampleTextArb })
);
