// `align diagram`: not built yet; says so with the usage exit status.
import { UsageError } from '../usage-error.js';

/** Runs `align diagram` and returns the exit status. */
export async function runDiagram(_paths: string[], _options: { view: string; format: string; output?: string }): Promise<number> {
    throw new UsageError('diagram is not built yet in this version');
}
