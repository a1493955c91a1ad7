// The TextMate grammar colours keywords, names, strings, typed literals and comments.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { reservedWords } from '../../language/references/reserved-words.js';

const require = createRequire(import.meta.url);
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: s => new oniguruma.OnigScanner(s), createOnigString: s => new oniguruma.OnigString(s) }),
        loadGrammar: async () =>
            textmate.parseRawGrammar(readFileSync(new URL('../../syntaxes/align.tmLanguage.json', import.meta.url), 'utf8'), 'align.tmLanguage.json')
    });
    grammar = (await registry.loadGrammar('source.align'))!;
});

/** The scopes of the first token whose text is `text` on the line. */
function scopesOf(line: string, text: string, occurrence = 0): string[] {
    const tokens = grammar.tokenizeLine(line, textmate.INITIAL).tokens;
    const matches = tokens.filter(t => line.slice(t.startIndex, t.endIndex) === text);
    expect(matches.length, `token '${text}' in '${line}': ${tokens.map(t => line.slice(t.startIndex, t.endIndex)).join('|')}`).toBeGreaterThan(occurrence);
    return matches[occurrence].scopes;
}

describe('TextMate grammar', () => {
    it('colours declaration keywords and declared names', () => {
        expect(scopesOf('stakeholder CIO "Chief"', 'stakeholder')).toContain('storage.type.declaration.align');
        expect(scopesOf('stakeholder CIO "Chief"', 'CIO')).toContain('entity.name.type.align');
        expect(scopesOf('stakeholder D-042', 'D-042')).toContain('entity.name.type.align');
    });

    it('colours property keywords and references differently', () => {
        expect(scopesOf('  owner VPPX', 'owner')).toContain('keyword.other.property.align');
        expect(scopesOf('  owner VPPX', 'VPPX')).toContain('variable.other.reference.align');
        expect(scopesOf('escalation path A -> B', '->')).toContain('keyword.operator.arrow.align');
    });

    it('colours strings and their escapes', () => {
        expect(scopesOf('org "say \\"hi\\""', '\\"')).toContain('constant.character.escape.align');
        expect(scopesOf('org "IT"', 'IT')).toContain('string.quoted.double.align');
    });

    it('colours typed literals', () => {
        expect(scopesOf('within 48 hours', '48')).toContain('constant.numeric.duration.align');
        expect(scopesOf('within 48 hours', 'hours')).toContain('keyword.other.unit.align');
        expect(scopesOf('within 3 business days', 'business')).toContain('keyword.other.unit.align');
        expect(scopesOf('within 48h', 'h')).toContain('keyword.other.unit.align');
        expect(scopesOf('every 1mo', 'mo')).toContain('keyword.other.unit.align');
        expect(scopesOf('target 60%', '60%')).toContain('constant.numeric.percentage.align');
        expect(scopesOf('by 2027-06-30', '2027-06-30')).toContain('constant.numeric.date.align');
        expect(scopesOf('by 2027-Q2', '2027-Q2')).toContain('constant.numeric.quarter.align');
        expect(scopesOf('target 500', '500')).toContain('constant.numeric.align');
    });

    it('colours both comment forms', () => {
        expect(scopesOf('owner A // who decides', ' who decides')).toContain('comment.line.double-slash.align');
        expect(scopesOf('/* block */ owner A', ' block ')).toContain('comment.block.align');
    });

    it('colours every keyword of the language grammar as a keyword', () => {
        // Units, statuses and metric kinds are coloured after what they follow (checked above), not on their own.
        const contextual = /^(progress|outcome|issue|blocker|closed|business|minutes?|hours?|days?|weeks?|months?|quarters?|years?)$/;
        const plain = [...reservedWords()]
            .filter(word => !contextual.test(word))
            .filter(word => !scopesOf(`  ${word} X`, word).some(scope => /^(keyword|storage)\./.test(scope)));
        expect(plain).toEqual([]);
    });

    it('colours the v3 literals: fractions and years', () => {
        expect(scopesOf('quorum 2/3', '2/3')).toContain('constant.numeric.fraction.align');
        expect(scopesOf('term 1 year', 'year')).toContain('keyword.other.unit.align');
    });
});
