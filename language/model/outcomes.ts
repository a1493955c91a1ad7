// What the model knows about outcomes (docs/language.md, "Delivery"): each benefit's metric and
// when it is expected, and each initiative's sponsor and scope. Names are kept as written as
// well as resolved: the report shows what the author wrote even when it names nothing, and the
// roadmap draws only what resolves.
import {
    isExpectedProperty,
    isInScopeProperty,
    isMeasuredByProperty,
    isMetric,
    isMilestone,
    isOutOfScopeProperty,
    isSponsorProperty,
    type Benefit,
    type Declaration,
    type Initiative,
    type Metric,
    type Milestone
} from '../generated/ast.js';
import type { Reference } from 'langium';
import type { Resolve } from './timeline.js';

/** A reference as written, and the named declaration of the expected kind it resolves to. */
export interface Named<T extends Declaration> {
    written?: string;
    declaration?: T;
}

export interface BenefitInfo {
    benefit: Benefit;
    /** `measured by`. */
    metric: Named<Metric>;
    /** `expected at` a milestone. */
    milestone: Named<Milestone>;
    /** `expected by` a date or quarter, as written. */
    by?: string;
}

export interface InitiativeInfo {
    initiative: Initiative;
    sponsor: Named<Declaration>;
    inScope: string[];
    outOfScope: string[];
}

function named<T extends Declaration>(ref: Reference<Declaration> | undefined, resolve: Resolve, guard: (node: unknown) => node is T): Named<T> {
    const target = ref ? resolve(ref) : undefined;
    return { written: ref?.$refText || undefined, declaration: guard(target) && target.name ? target : undefined };
}

const anyDeclaration = (node: unknown): node is Declaration => node !== undefined;

/** A benefit's metric and expected date or milestone. */
export function benefitFacts(benefit: Benefit, resolve: Resolve): BenefitInfo {
    const properties = benefit.properties ?? [];
    const expected = properties.find(isExpectedProperty);
    return {
        benefit,
        metric: named(properties.find(isMeasuredByProperty)?.metric, resolve, isMetric),
        milestone: named(expected?.milestone, resolve, isMilestone),
        by: expected?.when || undefined
    };
}

/** An initiative's sponsor and what is in and out of its scope. */
export function initiativeFacts(initiative: Initiative, resolve: Resolve): InitiativeInfo {
    const properties = initiative.properties ?? [];
    return {
        initiative,
        sponsor: named(properties.find(isSponsorProperty)?.sponsor, resolve, anyDeclaration),
        inScope: properties.filter(isInScopeProperty).flatMap(p => p.items),
        outOfScope: properties.filter(isOutOfScopeProperty).flatMap(p => p.items)
    };
}
