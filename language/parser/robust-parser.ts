// The Langium parser with three guarantees for any text: parsing is linear in the size of
// the file, error recovery never overflows the stack, and a parse that fails anyway yields
// an empty, located syntax error instead of an exception that leaves the parser (shared by
// every later parse) in a broken state.
//
// Langium attaches the comments before each token to the CST by searching the parent's
// children with indexOf; at the first token of every top-level declaration that parent is
// the file, so a file of n declarations cost n²/2 comparisons (a 10 MB file: minutes). The
// node being started is its parent's last child, so the search below starts from the end.
//
// Chevrotain recovers from junk between declarations by skipping it and then *re-entering*
// the repetition recursively, one stack level per recovery: 1,500 broken lines such as
// `stakeholder A "x` exceed Node's stack. The patch below turns that re-entry into a loop
// (a trampoline): the recovery records the call and the enclosing repetition makes it once
// the recovery has returned. The re-entry was the last thing on that path, so the order of
// work, and therefore the result, is unchanged.
import {
    createLangiumParser,
    CstUtils,
    LeafCstNodeImpl,
    type CstNode,
    type LangiumCoreServices,
    type LangiumParser,
    type ParseResult,
    type RootCstNodeImpl
} from 'langium';

type Repetition = (this: Recognizer, ...args: unknown[]) => void;

interface Recognizer {
    manyInternal: Repetition;
    findReSyncTokenType(this: Recognizer): { name: string };
    flattenFollowSet(this: Recognizer): Array<{ name: string }>;
    tryInRepetitionRecovery(this: Recognizer, grammarRule: Repetition, args: unknown[], lookahead: () => boolean, expected: unknown): void;
}

/** Creates the language's parser with stack-safe recovery and a failure fallback. */
export function createRobustParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as { wrapper: Recognizer; stack: unknown[]; nodeBuilder: NodeBuilder };
    trampolineRepetitionRecovery(internals.wrapper);
    attachCommentsFromTheEnd(internals.nodeBuilder);
    const parse = parser.parse.bind(parser);
    parser.parse = <T extends import('langium').AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        try {
            return parse<T>(input, options);
        } catch (error) {
            // The parser object is reused for every document: clear what the failed run left behind.
            internals.stack.length = 0;
            const empty = parse<T>('', options);
            const message = `The file could not be parsed (${error instanceof Error ? error.message : String(error)}). Fix the first syntax error; if there is none, please report this file.`;
            empty.parserErrors.push({
                name: 'ParseFailure',
                message,
                resyncedTokens: [],
                context: { ruleStack: [], ruleOccurrenceStack: [] },
                token: {
                    image: '',
                    startOffset: 0,
                    endOffset: 0,
                    startLine: 1,
                    startColumn: 1,
                    endLine: 1,
                    endColumn: 1,
                    tokenTypeIdx: 0,
                    tokenType: { name: 'EOF' } as never
                }
            } as never);
            return empty;
        }
    };
    return parser;
}

/** Chevrotain's token, as Langium's CST utilities take it. */
type IToken = Parameters<typeof CstUtils.tokenToRange>[0];

interface CompositeNode {
    container?: CompositeNode;
    content: CstNode[];
}

interface NodeBuilder {
    current: CompositeNode;
    rootNode: RootCstNodeImpl;
    addHiddenNodes(tokens: IToken[]): void;
}

/** Langium's addHiddenNodes with the same placement, found by searching from the end. */
function attachCommentsFromTheEnd(builder: NodeBuilder): void {
    builder.addHiddenNodes = function (this: NodeBuilder, tokens: IToken[]) {
        // Most tokens have no comment before them: nothing to attach, nothing to search.
        if (tokens.length === 0) return;
        const nodes: CstNode[] = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = this.rootNode;
            return leaf;
        });
        let current = this.current;
        if (current.content.length > 0) {
            current.content.push(...nodes);
            return;
        }
        // A node just started has no content yet: the comments go before it, in the first
        // ancestor that has earlier content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current as unknown as CstNode);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        this.rootNode.content.unshift(...nodes);
    };
}

function trampolineRepetitionRecovery(recognizer: Recognizer): void {
    // Recovery first looks ahead for a token that may follow the repetition. Between top-level
    // declarations that is only the end of the file, so Chevrotain scanned to the end of the
    // file on every recovery (quadratic in broken lines); the answer is known without scanning.
    const findReSyncTokenType = recognizer.findReSyncTokenType;
    recognizer.findReSyncTokenType = function () {
        const follow = this.flattenFollowSet();
        if (follow.length > 0 && follow.every(type => type.name === 'EOF')) return follow[0];
        return findReSyncTokenType.call(this);
    };
    const manyInternal = recognizer.manyInternal;
    const tryInRepetitionRecovery = recognizer.tryInRepetitionRecovery;
    let pending: unknown[] | undefined;
    const loopingMany: Repetition = function (this: Recognizer, ...args: unknown[]) {
        manyInternal.apply(this, args);
        while (pending) {
            const next = pending;
            pending = undefined;
            manyInternal.apply(this, next);
        }
    };
    recognizer.manyInternal = loopingMany;
    recognizer.tryInRepetitionRecovery = function (grammarRule, args, lookahead, expected) {
        if (grammarRule !== loopingMany) {
            tryInRepetitionRecovery.call(this, grammarRule, args, lookahead, expected);
            return;
        }
        tryInRepetitionRecovery.call(
            this,
            function (...again: unknown[]) {
                pending = again;
            },
            args,
            lookahead,
            expected
        );
    };
}
