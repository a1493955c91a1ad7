// Syntax errors in the words of the language. Chevrotain says "Expecting token of type 'ID' but
// found `}`"; an architect needs "`owner` needs a stakeholder's name, in domain Payments". The
// sentence is built from the parser's exception (what it expected, what it found, the grammar
// rules it was inside) and from the partial tree (which declaration the error sits in). What a
// block may hold, and what each property takes, is read from the grammar, so a property added to
// align.langium is described without another edit here.
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Declaration, Workspace } from '../generated/ast.js';
import { AlignGrammar } from '../generated/grammar.js';
import { describeKinds, referenceSlot } from '../references/reference-kinds.js';
import { isReservedWord } from '../references/reserved-words.js';

type ParserError = LangiumDocument['parseResult']['parserErrors'][number];

/** A token as the messages need it: its text, its type name and where it starts. */
interface Token {
    image: string;
    type: string;
    offset: number;
}

/** What the grammar says about one property rule (`DecidedByProperty`). */
interface PropertyFacts {
    /** The keywords it starts with, as written: `decided by`. */
    words: string;
    /** The feature that holds its reference(s), if it names declarations. */
    reference?: string;
    /** The keyword between the names of a list: `,` or `->`. */
    separator?: string;
}

/** What the grammar says about one declaration rule (`Domain`). */
interface DeclarationFacts {
    keyword: string;
    /** Its property rules, in grammar order. */
    properties: string[];
}

interface GrammarFacts {
    declarations: Map<string, DeclarationFacts>;
    properties: Map<string, PropertyFacts>;
    /** The first keyword of a property → the declaration rules whose block may hold it. */
    kindsWithProperty: Map<string, string[]>;
    terminals: Set<string>;
}

/** Terminals as people say them. */
const VALUE_WORDS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a text in double quotes',
    NUMBER: 'a number such as `500`',
    PERCENT: 'a percentage such as `60%`',
    DATE: 'a date such as `2027-06-30`',
    QUARTER: 'a quarter such as `2027-Q2`',
    SHORT_DURATION: 'a duration such as `48 hours`'
};

/** How a declaration goes on after its name, for a keyword the parser expected there. */
const FOLLOW_EXAMPLES: Record<string, string> = { every: 'every week', on: 'on 2027-06-30' };

/** Langium suffixes the rule names it gives Chevrotain with a zero-width space; drop it. */
const RULE_SUFFIX = /\u200B/g;

/** Longer images (a long "string") are cut in messages. */
const SHOWN_LENGTH = 40;

let facts: GrammarFacts | undefined;

/** The plain-words message of one parser error, placed in its document. */
export function syntaxErrorMessage(error: ParserError, document: LangiumDocument): string {
    // The robust parser's own fallback already says what happened in plain words.
    if (error.name === 'ParseFailure') return error.message;
    const grammar = (facts ??= collectFacts());
    const root = document.parseResult.value;
    const found = foundToken(error, document);
    const rules = (error.context?.ruleStack ?? []).map(rule => rule.replace(RULE_SUFFIX, ''));
    const expected = expectedSequences(error);
    const depth = rules.findIndex(rule => grammar.declarations.has(rule));
    if (depth < 0) return topLevelMessage(grammar, root, found);
    const kind = rules[depth];
    const declaration = declarationAt(root, found.offset, kind);
    const context: BlockContext = {
        grammar,
        root,
        found,
        expected,
        kind,
        label: labelOf(grammar, kind, declaration),
        previous: previousToken(error, root, found.offset),
        inner: rules.slice(depth + 1),
        earlyExit: error.name === 'EarlyExitException'
    };
    return declarationMessage(context);
}

/** The message of a lexer error: characters Align does not use, where they are. */
export function lexerErrorMessage(document: LangiumDocument, offset: number, skipped: string): string {
    const where = lexerPlace(document.parseResult.value, offset);
    if (skipped === '"') return `This "string"${where} is not closed before the end of its line. Add the closing ".`;
    const characters = [...skipped];
    // Chevrotain quotes one UTF-16 unit (half an emoji) and an offset; quote what the editor shows,
    // with invisible characters made visible.
    const shown = characters
        .slice(0, 20)
        .map(c => (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(c) ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c))
        .join('');
    const more = characters.length > 20 ? `… (${characters.length} characters)` : '';
    const what = characters.length === 1 ? 'character' : 'characters';
    const them = characters.length === 1 ? 'it' : 'them';
    return `Unexpected ${what} '${shown}${more}'${where}: Align text is made of keywords, names, "strings", numbers, dates and durations. Remove ${them}, or put ${them} inside a "string".`;
}

// ---------------------------------------------------------------------------------------------
// Errors inside a declaration

interface BlockContext {
    grammar: GrammarFacts;
    root: AstNode;
    found: Token;
    expected: string[][];
    /** The declaration rule the error is in (`Domain`). */
    kind: string;
    /** `domain Payments`, or `this domain` while it has no name. */
    label: string;
    previous: Token | undefined;
    /** The rules below the declaration, outermost first (`DomainProperty`, `OwnerProperty`). */
    inner: string[];
    earlyExit: boolean;
}

/** An error inside a declaration, by what the parser was reading when it stopped. */
function declarationMessage(c: BlockContext): string {
    const last = c.inner[c.inner.length - 1];
    const property = [...c.inner].reverse().find(rule => c.grammar.properties.has(rule));
    const where = `, in ${c.label}`;
    const first = firstTokens(c.expected);
    // Names are the ID terminal itself (no rule of their own: one syntax node less per name).
    if (first.length === 1 && first[0] === 'ID') return property ? referenceMessage(c, property) : nameMessage(c);
    if (expectsDuration(first, last)) return durationMessage(c, first, property);
    if (first.length > 0 && first.every(isValue)) {
        return `\`${valueKeyword(c, property)}\` needs ${oneOf(first.map(type => VALUE_WORDS[type]))}${notFound(c)}${where}`;
    }
    // Only a list that must have two entries (`escalation path A -> B`) can exit early.
    const list = property ? c.grammar.properties.get(property) : undefined;
    if (c.earlyExit && list?.separator) {
        return `\`${list.words}\` needs at least two names joined by \`${list.separator}\`, such as \`Team ${list.separator} SteerCo\`${where}`;
    }
    if (c.inner.length === 0 && first.length === 1 && first[0] === '}') return blockMessage(c);
    if (first.length > 0 && first.every(type => isKeyword(c.grammar, type))) return keywordMessage(c, property, first);
    const wanted = describeExpected(c.grammar, c.expected);
    if (c.found.type === 'EOF') return `the file ends before ${c.label} is complete: expected ${wanted}`;
    return `unexpected ${shownToken(c.found)}${where}: expected ${wanted}`;
}

/** A declaration without a usable name: `stakeholder`, `stakeholder owner`, `stakeholder 42`. */
function nameMessage(c: BlockContext): string {
    const keyword = c.grammar.declarations.get(c.kind)!.keyword;
    if (isReservedWord(c.found.image)) return `\`${c.found.image}\` is a keyword of Align and cannot be the name of a ${keyword}; choose another name`;
    // `stakeholder "Chief Information Officer"`: the title came without the name before it.
    if (c.found.type === 'STRING') return `\`${keyword}\` needs a name before its title, such as \`${keyword} ${sampleName(keyword)} ${shownImage(c.found)}\``;
    if (isValue(c.found.type)) return `${shownToken(c.found)} cannot be the name of a ${keyword}: a name starts with a letter or \`_\``;
    return `\`${keyword}\` needs a name after it, such as \`${keyword} ${sampleName(keyword)}\``;
}

/** A property that names declarations, without the name: `owner }`, `members A, }`. */
function referenceMessage(c: BlockContext, property: string): string {
    const facts = c.grammar.properties.get(property)!;
    const slot = facts.reference ? referenceSlot(property, facts.reference) : undefined;
    const keyword = slot?.keyword ?? facts.words;
    const kinds = slot?.accepts ?? [];
    const name = kinds.length === 1 ? `${describeKinds(kinds)}'s name` : kinds.length > 1 ? `the name of ${describeKinds(kinds)}` : 'a name';
    const after = c.previous && c.previous.image === facts.separator ? ` after the \`${facts.separator}\`` : '';
    const another = after ? (kinds.length === 1 ? `another ${name.replace(/^an? /, '')}` : `another name`) : name;
    const keywordNote = isReservedWord(c.found.image) ? ` (\`${c.found.image}\` is a keyword, not a name)` : '';
    const value = isValue(c.found.type) ? `, not ${shownToken(c.found)}` : '';
    return `\`${keyword}\` needs ${another}${after}${value}, in ${c.label}${keywordNote}`;
}

/** `within }`, `after soon`, `every }`, `within 48 }`. */
function durationMessage(c: BlockContext, first: string[], property: string | undefined): string {
    const where = `, in ${c.label}`;
    if (first.includes('hours') || first.includes('hour')) {
        const number = c.previous && (c.previous.type === 'NUMBER' || c.previous.image === 'business') ? c.previous.image : 'the number';
        return `\`${number}\` needs a unit: \`minutes\`, \`hours\`, \`days\`, \`weeks\`, \`months\`, \`quarters\` or \`years\`${notFound(c)}${where}`;
    }
    const keyword = valueKeyword(c, property);
    // A cadence meets every week, month or quarter, or at an interval such as `every 2 weeks`.
    if (first.includes('week')) return `\`${keyword}\` needs a period such as \`week\` or a duration such as \`2 weeks\`${notFound(c)}${where}`;
    return `\`${keyword}\` needs a duration such as \`48 hours\`${notFound(c)}${where}`;
}

/** The parser wanted the `}` that closes the block; say why the found token cannot be there. */
function blockMessage(c: BlockContext): string {
    const { grammar, found, label } = c;
    if (found.type === 'EOF') return `${label} is missing its closing \`}\``;
    if ([...grammar.declarations.values()].some(d => d.keyword === found.type)) return `${label} is missing its closing \`}\` before \`${found.image}\``;
    if (found.type === '{') return `unexpected \`{\` in ${label}: a block cannot hold another block`;
    const single = singleReference(c);
    if (single) return single;
    const has = propertiesSentence(grammar, c.kind);
    if (found.type === 'ID') {
        const comma = missingSeparator(c);
        if (comma) return comma;
        const own = grammar.declarations.get(c.kind)!.properties.map(p => grammar.properties.get(p)!.words);
        const guess = closest(
            found.image,
            own.map(words => words.split(' ')[0])
        );
        const meant = guess ? own.find(words => words.split(' ')[0] === guess) : undefined;
        if (meant) return `\`${found.image}\` is not a property of ${label}: did you mean \`${meant}\`? ${capitalize(has)}`;
        return `\`${found.image}\` is not a property of ${label}: ${has}`;
    }
    if (grammar.kindsWithProperty.has(found.type)) return `\`${found.image}\` is not a property of ${label}: ${has}`;
    return `unexpected ${shownToken(found)} in ${label}: ${has}`;
}

/** A keyword must come next: `decided by`, `when crosses`, `cadence C every`, `metric M progress`. */
function keywordMessage(c: BlockContext, property: string | undefined, first: string[]): string {
    const wanted = oneOf(first.map(keyword => `\`${keyword}\``));
    const where = `, in ${c.label}`;
    if (property && c.previous && isKeyword(c.grammar, c.previous.type)) {
        return `\`${c.previous.image}\` must be followed by ${wanted}${notFound(c)}${where}`;
    }
    const example = first.length === 1 && FOLLOW_EXAMPLES[first[0]] ? `, as in \`${c.label} ${FOLLOW_EXAMPLES[first[0]]}\`` : '';
    return `${c.label} needs ${wanted} after its name${notFound(c)}${example}`;
}

/** `members A B`: two names of a list with no `,` between them. */
function missingSeparator(c: BlockContext): string | undefined {
    const before = leafBefore(c);
    if (!before || before.tokenType.name !== 'ID') return undefined;
    const property = before.astNode.$type;
    const facts = c.grammar.properties.get(property);
    if (!facts?.separator) return undefined;
    const keyword = (facts.reference ? referenceSlot(property, facts.reference)?.keyword : undefined) ?? facts.words;
    return `a \`${facts.separator}\` is missing between \`${before.text}\` and \`${c.found.image}\`: the names in \`${keyword}\` are separated by \`${facts.separator}\`, in ${c.label}`;
}

/** `sponsor A, B`: a list where the property takes one name. */
function singleReference(c: BlockContext): string | undefined {
    const before = c.found.type === ',' ? leafBefore(c) : undefined;
    if (!before) return undefined;
    const property = before.astNode.$type;
    const facts = c.grammar.properties.get(property);
    if (!facts?.reference || facts.separator) return undefined;
    const keyword = referenceSlot(property, facts.reference)?.keyword ?? facts.words;
    return `\`${keyword}\` takes one name, not a list, in ${c.label}`;
}

/** The last name or keyword before the found token in the tree (comments skipped). */
function leafBefore(c: BlockContext): LeafCstNode | undefined {
    const root = c.root.$cstNode;
    if (!root || c.found.offset <= 0) return undefined;
    const leaf = CstUtils.findLeafNodeBeforeOffset(root, c.found.offset - 1);
    return leaf && !leaf.hidden && leaf.offset < c.found.offset ? leaf : undefined;
}

/** The keyword a value belongs to: the one just before it (`within`, `on`), else the property's. */
function valueKeyword(c: BlockContext, property: string | undefined): string {
    if (c.previous && isKeyword(c.grammar, c.previous.type) && /^[a-z]/.test(c.previous.image)) return c.previous.image;
    return property ? c.grammar.properties.get(property)!.words : c.grammar.declarations.get(c.kind)!.keyword;
}

/** `, not `soon`` when a wrong value was written; nothing when the value is simply missing. */
function notFound(c: BlockContext): string {
    const { found, grammar } = c;
    if (found.type === 'EOF' || found.type === '{' || found.type === '}' || found.type === ',') return '';
    if (grammar.kindsWithProperty.has(found.type) || [...grammar.declarations.values()].some(d => d.keyword === found.type)) return '';
    return `, not ${shownToken(found)}`;
}

/** True when the parser was reading a duration, or could have started one. */
function expectsDuration(first: string[], last: string | undefined): boolean {
    if (last === 'Duration' || last === 'TimeUnit') return true;
    return first.includes('NUMBER') && first.includes('SHORT_DURATION');
}

// ---------------------------------------------------------------------------------------------
// Errors between declarations

/** An error between declarations: a stray token, a property outside a block, a half-typed keyword. */
function topLevelMessage(grammar: GrammarFacts, root: AstNode, found: Token): string {
    const before = declarationBefore(root, found.offset);
    const after = before ? ` after ${labelOf(grammar, before.$type, before)}` : '';
    const keywords = [...grammar.declarations.values()].map(d => d.keyword);
    const start = `a declaration starts with a keyword such as ${oneOf(['stakeholder', 'domain', 'rule', 'decision'].filter(k => keywords.includes(k)).map(k => `\`${k}\``))}`;
    if (found.type === '}') return `unexpected \`}\`${after}: no block is open here; remove it`;
    if (found.type === '{') {
        const facts = before ? grammar.declarations.get(before.$type) : undefined;
        if (before && facts && facts.properties.length === 0) return `unexpected \`{\`${after}: ${article(facts.keyword)} ${facts.keyword} has no block`;
        return `unexpected \`{\`${after}: a block opens once, right after a declaration's name or title`;
    }
    const kinds = grammar.kindsWithProperty.get(found.type);
    if (kinds) {
        const facts = before ? grammar.declarations.get(before.$type) : undefined;
        if (before && facts && kinds.includes(before.$type) && !hasBlock(before)) {
            const label = labelOf(grammar, before.$type, before);
            return `${label} has no \`{\` before \`${found.image}\`: write \`${label} { ${found.image} … }\``;
        }
        const owners = kinds.map(kind => grammar.declarations.get(kind)!.keyword).map(keyword => `${article(keyword)} ${keyword}`);
        return `\`${found.image}\` is outside any block${after}: it belongs inside the \`{ … }\` of ${oneOf(owners)}`;
    }
    if (found.type === 'ID') {
        const guess = closest(found.image, keywords);
        if (guess) return `\`${found.image}\` is not a keyword of Align: did you mean \`${guess}\`?`;
    }
    if (found.type === 'EOF') return `the file ends too early${after}`;
    return `unexpected ${shownToken(found)}${after}: ${start}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the exception

/** The token the parser stopped at, with the end of the text standing for the end of the file. */
function foundToken(error: ParserError, document: LangiumDocument): Token {
    const token = error.token;
    const type = token.tokenType?.name ?? 'EOF';
    if (type === 'EOF' || Number.isNaN(token.startOffset)) return { image: '', type: 'EOF', offset: document.textDocument.getText().length };
    return { image: token.image, type, offset: token.startOffset };
}

/** The token before the error: Chevrotain's, unless recovery moved it past the error. */
function previousToken(error: ParserError, root: AstNode, offset: number): Token | undefined {
    const previous = (error as { previousToken?: ParserError['token'] }).previousToken;
    if (previous && !Number.isNaN(previous.startOffset) && previous.startOffset < offset) {
        return { image: previous.image, type: previous.tokenType?.name ?? '', offset: previous.startOffset };
    }
    const leaf = root.$cstNode && offset > 0 ? CstUtils.findLeafNodeBeforeOffset(root.$cstNode, offset - 1) : undefined;
    if (!leaf || leaf.hidden || leaf.offset >= offset) return undefined;
    return { image: leaf.text, type: leaf.tokenType.name, offset: leaf.offset };
}

/** What the parser expected, as token sequences (`[['decided', 'by'], ['when']]`). */
function expectedSequences(error: ParserError): string[][] {
    if (error.name === 'NotAllInputParsedException') return [['EOF']];
    const single = /^Expecting (?:token of type '(.+)'|keyword '(.+)'|`(.+)`) but found/s.exec(error.message);
    if (single) return [[single[1] ?? single[2] ?? single[3]]];
    const sequences: string[][] = [];
    for (const line of error.message.split('\n')) {
        const match = /^\s*(?:\d+\.\s*)?<?\[(.*)\]>?\s*$/.exec(line);
        if (match && match[1] !== '') sequences.push(match[1].split(', '));
    }
    return sequences;
}

/** The distinct first tokens of the expected sequences. */
function firstTokens(sequences: string[][]): string[] {
    return [...new Set(sequences.map(sequence => sequence[0]))];
}

/** The expected sequences in words: `` `crosses any` ``, `a name`, `the end of the file`. */
function describeExpected(grammar: GrammarFacts, sequences: string[][]): string {
    const phrases = sequences.map(sequence => {
        const parts: string[] = [];
        let keywords: string[] = [];
        const flush = () => {
            if (keywords.length > 0) parts.push(`\`${keywords.join(' ')}\``);
            keywords = [];
        };
        for (const type of sequence) {
            if (isKeyword(grammar, type)) {
                keywords.push(type);
                continue;
            }
            flush();
            parts.push(type === 'EOF' ? 'the end of the file' : (VALUE_WORDS[type] ?? type.toLowerCase()));
        }
        flush();
        return parts.join(' ');
    });
    const distinct = [...new Set(phrases)];
    return distinct.length === 0 ? 'something else' : oneOf(distinct.slice(0, 8));
}

// ---------------------------------------------------------------------------------------------
// The partial tree

/** The declaration of this kind that the error is in: the last one that starts before it. */
function declarationAt(root: AstNode, offset: number, kind: string): Declaration | undefined {
    const declaration = declarationBefore(root, offset);
    return declaration?.$type === kind ? declaration : undefined;
}

/**
 * The last declaration that starts before the offset (binary search: a broken file can have
 * thousands of errors and of declarations).
 */
function declarationBefore(root: AstNode, offset: number): Declaration | undefined {
    const declarations = (root as Workspace).declarations ?? [];
    let low = 0;
    let high = declarations.length - 1;
    let found: Declaration | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const start = declarations[middle].$cstNode?.offset ?? Number.POSITIVE_INFINITY;
        if (start < offset) {
            found = declarations[middle];
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}

/** ` in domain D` or ` after domain D` for a lexer error, or nothing outside any declaration. */
function lexerPlace(root: AstNode, offset: number): string {
    const declaration = declarationBefore(root, offset);
    const grammar = (facts ??= collectFacts());
    if (!declaration || !grammar.declarations.has(declaration.$type)) return '';
    const inside = offset < (declaration.$cstNode?.end ?? 0);
    return ` ${inside ? 'in' : 'after'} ${labelOf(grammar, declaration.$type, declaration)}`;
}

/** `domain Payments`; `this domain` while it has no name yet. */
function labelOf(grammar: GrammarFacts, kind: string, declaration: Declaration | undefined): string {
    const keyword = grammar.declarations.get(kind)?.keyword ?? kind.toLowerCase();
    return declaration?.name ? `${keyword} ${declaration.name}` : `this ${keyword}`;
}

/** True when the declaration has its `{ … }` (at least the opening brace). */
function hasBlock(declaration: Declaration): boolean {
    return GrammarUtils.findNodeForKeyword(declaration.$cstNode, '{') !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Words

/** `a rule has `when`, `decided by`, `escalates to``. */
function propertiesSentence(grammar: GrammarFacts, kind: string): string {
    const facts = grammar.declarations.get(kind)!;
    const words = facts.properties.map(p => `\`${grammar.properties.get(p)!.words}\``);
    if (words.length === 0) return `${article(facts.keyword)} ${facts.keyword} has no properties`;
    return `${article(facts.keyword)} ${facts.keyword} has ${words.join(', ')}`;
}

/** A token for a message: `` `owner` ``, or `the end of the file`. */
function shownToken(token: Token): string {
    return token.type === 'EOF' ? 'the end of the file' : `\`${shownImage(token)}\``;
}

/** A token's text, cut after SHOWN_LENGTH characters. */
function shownImage(token: Token): string {
    const image = [...token.image];
    return image.length > SHOWN_LENGTH ? `${image.slice(0, SHOWN_LENGTH).join('')}…` : token.image;
}

/** `A`, `A or B`, `A, B or C`. */
function oneOf(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function article(word: string): string {
    return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A made-up name for the example of a declaration with its name missing. */
function sampleName(keyword: string): string {
    return keyword === 'stakeholder' ? 'CIO' : `My${capitalize(keyword)}`;
}

/** True for a keyword's token type (Langium names those after the keyword), false for terminals. */
function isKeyword(grammar: GrammarFacts, type: string): boolean {
    return type !== 'EOF' && type !== '' && !grammar.terminals.has(type);
}

/** True for the typed literals and strings: values, not names. */
function isValue(type: string): boolean {
    return type in VALUE_WORDS && type !== 'ID';
}

/** The candidate a half-typed or misspelt word most likely meant (`decisio` → `decision`). */
function closest(word: string, candidates: string[]): string | undefined {
    const typed = word.toLowerCase();
    if (typed.length < 3) return undefined;
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of new Set(candidates)) {
        if (candidate === word) continue;
        const score = candidate.startsWith(typed) ? 0.5 : editDistance(typed, candidate);
        const limit = candidate.length >= 6 ? 2 : 1;
        if (score <= limit && score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

/** Levenshtein distance, on two short words. */
function editDistance(a: string, b: string): number {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}

// ---------------------------------------------------------------------------------------------
// The grammar

/** Reads the declarations, their properties and the terminals from the grammar, once. */
function collectFacts(): GrammarFacts {
    const grammar = AlignGrammar();
    const terminals = new Set(grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
    terminals.add('EOF');
    const declarations = new Map<string, DeclarationFacts>();
    const properties = new Map<string, PropertyFacts>();
    const kindsWithProperty = new Map<string, string[]>();
    // `declarations+=(Initiative | Stakeholder | …)` in the entry rule; in each of those,
    // `properties+=(OwnerProperty | ConsultedProperty | …)`.
    const entry = grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry);
    for (const rule of entry && GrammarAST.isParserRule(entry) ? assignedRules(entry, 'declarations') : []) {
        const own = assignedRules(rule, 'properties');
        declarations.set(rule.name, { keyword: leadingKeywords(rule.definition)[0] ?? rule.name.toLowerCase(), properties: own.map(p => p.name) });
        for (const property of own) {
            if (!properties.has(property.name)) properties.set(property.name, propertyFacts(property));
            const first = leadingKeywords(property.definition)[0];
            if (first) kindsWithProperty.set(first, [...(kindsWithProperty.get(first) ?? []), rule.name]);
        }
    }
    return { declarations, properties, kindsWithProperty, terminals };
}

/** The parser rules a rule assigns to a feature: `properties+=(WhenProperty | DecidedByProperty | …)`. */
function assignedRules(rule: GrammarAST.ParserRule, feature: string): GrammarAST.ParserRule[] {
    const assignment = AstUtils.streamAst(rule.definition).find(node => GrammarAST.isAssignment(node) && node.feature === feature);
    if (!assignment || !GrammarAST.isAssignment(assignment)) return [];
    const terminal = assignment.terminal;
    const calls = GrammarAST.isAlternatives(terminal) ? terminal.elements : [terminal];
    return calls.flatMap(call => {
        const target = GrammarAST.isRuleCall(call) ? call.rule.ref : undefined;
        return target && GrammarAST.isParserRule(target) ? [target] : [];
    });
}

/** What one property rule starts with, names and separates its names with. */
function propertyFacts(rule: GrammarAST.ParserRule): PropertyFacts {
    const contents = AstUtils.streamAllContents(rule.definition).toArray();
    const reference = contents.find(node => GrammarAST.isAssignment(node) && GrammarAST.isCrossReference(node.terminal));
    // A list repeats `separator name`: `(',' owners+=[Declaration:Name])*`.
    const repeat = contents.find(
        node =>
            GrammarAST.isGroup(node) &&
            (node.cardinality === '*' || node.cardinality === '+') &&
            node.elements.length === 2 &&
            GrammarAST.isKeyword(node.elements[0]) &&
            GrammarAST.isAssignment(node.elements[1]) &&
            GrammarAST.isCrossReference(node.elements[1].terminal)
    );
    return {
        words: leadingKeywords(rule.definition).join(' '),
        reference: reference && GrammarAST.isAssignment(reference) ? reference.feature : undefined,
        separator: repeat && GrammarAST.isGroup(repeat) ? (repeat.elements[0] as GrammarAST.Keyword).value : undefined
    };
}

/** The keywords an element starts with: `'decided' 'by' decider=…` → `decided`, `by`. */
function leadingKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    // A flag: `reserved?='reserved'`.
    if (GrammarAST.isAssignment(element) && GrammarAST.isKeyword(element.terminal)) return [element.terminal.value];
    if (!GrammarAST.isGroup(element)) return [];
    const words: string[] = [];
    for (const part of element.elements) {
        if (!GrammarAST.isKeyword(part) || part.cardinality) break;
        words.push(part.value);
    }
    return words;
}
