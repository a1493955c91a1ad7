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
import { anyDeclaration, namedReference, type NamedReference, type Resolve } from './model-reading.js';

export interface BenefitInfo {
    benefit: Benefit;
    /** `measured by`. */
    metric: NamedReference<Metric>;
    /** `expected at` a milestone. */
    milestone: NamedReference<Milestone>;
    /** `expected by` a date or quarter, as written. */
    by?: string;
}

export interface InitiativeInfo {
    initiative: Initiative;
    sponsor: NamedReference<Declaration>;
    inScope: string[];
    outOfScope: string[];
}

/** A benefit's metric and expected date or milestone. */
export function benefitFacts(benefit: Benefit, resolve: Resolve): BenefitInfo {
    const properties = benefit.properties ?? [];
    const expected = properties.find(isExpectedProperty);
    return {
        benefit,
        metric: namedReference(properties.find(isMeasuredByProperty)?.metric, resolve, isMetric),
        milestone: namedReference(expected?.milestone, resolve, isMilestone),
        by: expected?.when || undefined
    };
}

/** An initiative's sponsor and what is in and out of its scope. */
export function initiativeFacts(initiative: Initiative, resolve: Resolve): InitiativeInfo {
    const properties = initiative.properties ?? [];
    return {
        initiative,
        sponsor: namedReference(properties.find(isSponsorProperty)?.sponsor, resolve, anyDeclaration),
        inScope: properties.filter(isInScopeProperty).flatMap(p => p.items),
        outOfScope: properties.filter(isOutOfScopeProperty).flatMap(p => p.items)
    };
}
