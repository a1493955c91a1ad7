// The RACI picture of a large project. The RACI view holds one cell per stakeholder and domain:
// 15,000 people × 10,000 domains is 150 million cells, more memory than a process has, before
// the summary (select-view.ts) would cut it to 30 columns. So buildView gives the RACI view a
// model that already holds only what that summary keeps; the view and the renderer draw it
// unchanged, and the picture is the one the summary would have drawn, in the preview, the CLI
// and the report alike.
import { errorsIn, isNamed } from '../views/sources.js';
import { SUMMARY_LIMITS } from './select-view.js';
import type { LocatedError } from '../view-model.js';
import type { AlignmentModel } from '../../model/alignment-model.js';

export interface NarrowedRaci {
    model: AlignmentModel;
    /** What is left out, worded as the summary words it. */
    note: string;
}

/** Cells past which the whole matrix is not built at all: 4 million references, about 32 MB. */
export const RACI_BUILD_LIMIT = 4_000_000;

/** True when the whole matrix has more cells than `limit`. */
export function raciTooBig(model: AlignmentModel, limit = RACI_BUILD_LIMIT): boolean {
    const domains = [...model.domains.keys()].filter(isNamed).length;
    const people = model.stakeholders.filter(isNamed).length;
    return domains * people > limit;
}

/**
 * The model restricted as the RACI summary restricts the view: the domains with errors (else
 * the first ones), at most SUMMARY_LIMITS.raciDomains, and the people with a role in them.
 */
export function narrowRaciModel(model: AlignmentModel, errors: LocatedError[]): NarrowedRaci {
    const domains = [...model.domains.keys()].filter(isNamed);
    const flagged = domains.filter(domain => errorsIn(domain, errors).length > 0);
    const kept = new Set((flagged.length > 0 ? flagged : domains).slice(0, SUMMARY_LIMITS.raciDomains));
    const raci = model.raci.filter(cell => kept.has(cell.domain) && cell.roles.length > 0);
    const people = new Set(raci.map(cell => cell.stakeholder));
    const narrowed: AlignmentModel = {
        ...model,
        domains: new Map([...model.domains].filter(([domain]) => kept.has(domain))),
        stakeholders: model.stakeholders.filter(stakeholder => people.has(stakeholder)),
        raci
    };
    const which = flagged.length > 0 ? 'with errors' : 'first';
    return { model: narrowed, note: `Summary: the ${kept.size} ${which} of ${domains.length} domains, and the people with a role in them.` };
}
