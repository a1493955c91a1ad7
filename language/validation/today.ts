// Which date is "today" for a file: the run's (`--today`, a test) wins over the project's
// `today` (spec §6), which wins over the clock. Every time-based rule and the waiver quick fix
// ask here, so they can never disagree.
import type { LangiumDocument } from 'langium';
import type { AlignCoreServices } from '../align-module.js';
import { todayIso } from '../model/literals.js';

/** Today's date (YYYY-MM-DD) for the project holding this document. */
export function todayFor(services: AlignCoreServices, uri: LangiumDocument['uri']): string {
    return services.align.ValidationOptions.today ?? services.align.Projects.projectOf(uri).config.today ?? todayIso();
}
