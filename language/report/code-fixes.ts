// The fix of a diagnostic code in one line, for the report's findings, from the code table
// (language/validation/code-table.ts). The full page is docs/diagnostics/CODE.md, which the
// report links.
import { CODE_TABLE, type CodeFacts } from '../validation/code-table.js';
import { INTERNAL_ERROR_CODE } from '../validation/internal-error.js';

/** The fix of a diagnostic code in one sentence. */
export function fixOf(code: string): string {
    if (code === INTERNAL_ERROR_CODE) return 'A bug in Align, not in the file: the other findings stand, but this check did not run. Please report it.';
    return (CODE_TABLE as Record<string, CodeFacts | undefined>)[code]?.fix ?? "See the code's page.";
}
