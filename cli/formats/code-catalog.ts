// The code table as the CLI's machine-readable formats (SARIF's rule list) read it: the default
// severity and summary of every code, from language/validation/code-table.ts.
import { CODE_TABLE, type CodeFacts, type DefaultSeverity } from '../../language/validation/code-table.js';

export type { DefaultSeverity };

export type CodeEntry = Pick<CodeFacts, 'severity' | 'summary'>;

/** One entry per code. */
export const CODE_CATALOG = CODE_TABLE;
