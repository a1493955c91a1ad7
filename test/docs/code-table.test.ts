// The code table (language/validation/code-table.ts) is the one home of each code's severity,
// summary and fix; README's table of codes must say the same, so it is checked here.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { CODE_TABLE } from '../../language/validation/code-table.js';
import { fixOf } from '../../language/report/code-fixes.js';

const README = readFileSync(join(resolve(__dirname, '../..'), 'README.md'), 'utf8');

/** README's rows `| \`code\` | severity | … |`, by code. */
function readmeRows(): Map<string, string> {
    const rows = new Map<string, string>();
    for (const match of README.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)) rows.set(match[1], match[2].trim());
    return rows;
}

describe('the code table', () => {
    it('has an entry for every code, with a summary and a fix sentence', () => {
        for (const code of ALL_DIAGNOSTIC_CODES) {
            const facts = CODE_TABLE[code as keyof typeof CODE_TABLE];
            expect(facts, code).toBeDefined();
            expect(facts.summary).toMatch(/\.$/);
            expect(fixOf(code)).toBe(facts.fix);
        }
    });

    it("agrees with README's table: every code listed, with its default severity", () => {
        const rows = readmeRows();
        const disagreements = ALL_DIAGNOSTIC_CODES.filter(code => !rows.get(code)?.startsWith(CODE_TABLE[code as keyof typeof CODE_TABLE].severity));
        expect(disagreements).toEqual([]);
    });
});
