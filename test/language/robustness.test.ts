// No text may crash the language: truncated and mutated documents always build, and every
// diagnostic they produce carries a code of spec §4.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** The example's files as one text. */
function exampleText(name: string): string {
    const folder = new URL(`../../examples/${name}/`, import.meta.url);
    return readdirSync(folder)
        .filter(f => f.endsWith('.align'))
        .sort()
        .map(f => readFileSync(new URL(f, folder), 'utf8'))
        .join('\n');
}

/** A small deterministic pseudo-random generator, so failures reproduce. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

describe('robustness', () => {
    // patient-portal holds v1 and v2 syntax and a decision that was made; node-governance holds bodies and authority.
    it.each(['patient-portal', 'node-governance'])(
        'builds every truncation and mutation of %s without throwing',
        async example => {
            const source = exampleText(example);
            const next = random(42);
            const variants: string[] = [];
            for (let i = 1; i <= 100; i++) variants.push(source.slice(0, Math.floor((source.length * i) / 100)));
            const tokens = source.split(/(\s+)/);
            for (let i = 0; i < 100; i++) {
                const copy = [...tokens];
                for (let k = 0; k < 5; k++) {
                    const at = Math.floor(next() * copy.length);
                    if (next() < 0.5) copy.splice(at, 1);
                    else copy.splice(at, 0, copy[Math.floor(next() * copy.length)]);
                }
                variants.push(copy.join(''));
            }
            variants.push('{'.repeat(5000), '"unterminated', '\u0000\u0001\uffff', 'domain', 'rule R { when touches }');
            const codes = new Set<string>(ALL_DIAGNOSTIC_CODES);
            for (const text of variants) {
                const ws = await buildWorkspace(text);
                for (const diagnostic of ws.all()) {
                    expect(codes.has(String(diagnostic.code)), `${diagnostic.code}: ${diagnostic.message}`).toBe(true);
                }
            }
        },
        240000
    );
});
