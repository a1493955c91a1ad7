// Drift (spec §10): the semantic difference in alignment between two versions of a project.
// Both models are reduced to facts keyed by declaration name, never by position, so moving,
// reordering or reformatting declarations (or moving them between files) is no drift.
// Pure: reads two models and the diagnostics already on their documents.
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isEscalatesProperty, type Declaration, type Workspace } from '../generated/ast.js';
import type { AlignmentModel, DecisionInfo, Party } from './alignment-model.js';
import { formatEvery, type DurationValue } from './literals.js';
import { kindOf } from './who-decides-answer.js';

export type DriftChange = 'added' | 'removed' | 'changed';

/** A value as reports show it: a name or phrase, a list of names, or null for "none". */
export type DriftValue = string | string[] | null;

/** One property of an element that differs between the versions. */
export interface FieldDrift {
    /** `decider`, `sla`, `owner`, `raci`, `when`, `every`, `attendees`, … */
    field: string;
    /** Whom the field is about, where it is one of many (the stakeholder of a `raci` field). */
    subject?: string;
    before: DriftValue;
    after: DriftValue;
}

/** A decision, domain, rule or cadence that was added, removed or changed. */
export interface ElementDrift {
    name: string;
    change: DriftChange;
    /** For added and removed elements every property they have, else only those that differ. */
    fields: FieldDrift[];
    /** Why a decision's decider is who it is, in the newer version (the older one when removed). */
    reason?: string;
}

export type DriftSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic that only one of the versions has. */
export interface DiagnosticDrift {
    code: string;
    severity: DriftSeverity;
    /** The declaration that holds it (what it is matched by, with the code); null outside any. */
    declaration: string | null;
    message: string;
    /** The document it is in, in the version that has it, and its 1-based line there (display only). */
    uri: string;
    line: number;
}

/** Everything that drifted between two versions of one project. */
export interface ModelDrift {
    decisions: ElementDrift[];
    domains: ElementDrift[];
    rules: ElementDrift[];
    cadences: ElementDrift[];
    diagnostics: { new: DiagnosticDrift[]; resolved: DiagnosticDrift[] };
}

/** A property as compared: `key` decides equality, `value` is what a report shows. */
interface Fact {
    field: string;
    subject?: string;
    value: DriftValue;
    key: string;
}

interface ElementFacts {
    facts: Fact[];
    reason?: string;
}

/** Compares two models of a project: what changed from `before` to `after`, matched by name. */
export function diffModels(before: AlignmentModel, after: AlignmentModel): ModelDrift {
    return {
        decisions: compareElements(decisionFacts(before), decisionFacts(after)),
        domains: compareElements(domainFacts(before), domainFacts(after)),
        rules: compareElements(ruleFacts(before), ruleFacts(after)),
        cadences: compareElements(cadenceFacts(before), cadenceFacts(after)),
        diagnostics: compareDiagnostics(diagnosticsOf(before), diagnosticsOf(after))
    };
}

/** True when nothing drifted. */
export function isDriftEmpty(drift: ModelDrift): boolean {
    return (
        drift.decisions.length +
            drift.domains.length +
            drift.rules.length +
            drift.cadences.length +
            drift.diagnostics.new.length +
            drift.diagnostics.resolved.length ===
        0
    );
}

/** How many errors the newer version has that the older one had not. */
export function countNewErrors(drift: ModelDrift): number {
    return drift.diagnostics.new.filter(d => d.severity === 'error').length;
}

// ---- facts per kind of element ----

function decisionFacts(model: AlignmentModel): Map<string, ElementFacts> {
    return byName(
        model.decisions.values(),
        info => info.decision,
        info => ({
            facts: [partyFact('decider', info.decider), durationFact('sla', slaOf(info))],
            reason: reasonOf(info)
        })
    );
}

function domainFacts(model: AlignmentModel): Map<string, ElementFacts> {
    const raci = new Map<Declaration, Fact[]>();
    for (const cell of model.raci) {
        if (!cell.stakeholder.name) continue;
        const roles = cell.roles.join('');
        const facts = raci.get(cell.domain) ?? [];
        facts.push({ field: 'raci', subject: cell.stakeholder.name, value: roles, key: roles });
        raci.set(cell.domain, facts);
    }
    return byName(
        model.domains.values(),
        info => info.domain,
        info => {
            const owners = names(info.owners);
            const owner = owners.length > 0 ? owners.join(', ') : null;
            // Sorted by stakeholder, so the order stakeholders are declared in is no drift.
            const cells = (raci.get(info.domain) ?? []).sort((a, b) => compare(a.subject!, b.subject!));
            return { facts: [{ field: 'owner', value: owner, key: owner ?? '' }, ...cells] };
        }
    );
}

function ruleFacts(model: AlignmentModel): Map<string, ElementFacts> {
    return byName(
        model.rules.values(),
        info => info.rule,
        info => {
            const when = info.crossesAny ? 'crosses any' : info.touches.length > 0 ? `touches ${names(info.touches).join(', ')}` : null;
            return {
                facts: [
                    { field: 'when', value: when, key: when ?? '' },
                    partyFact('decider', info.decider),
                    durationFact('sla', info.within),
                    partyFact('escalates to', info.escalatesTo),
                    durationFact('escalates after', info.escalatesAfter)
                ]
            };
        }
    );
}

function cadenceFacts(model: AlignmentModel): Map<string, ElementFacts> {
    const escalatesTo = new Map<Declaration, Party>();
    for (const edge of model.escalationEdges) {
        if (isEscalatesProperty(edge.source) && !escalatesTo.has(edge.from)) escalatesTo.set(edge.from, edge.to);
    }
    return byName(
        model.cadences,
        cadence => cadence,
        cadence => {
            const interval = model.cadenceInterval.get(cadence);
            const attendees = names(model.cadenceAttendees.get(cadence) ?? []);
            return {
                facts: [
                    { field: 'every', value: interval ? formatEvery(interval) : null, key: durationKey(interval) },
                    { field: 'attendees', value: attendees, key: attendees.join(',') },
                    durationFact('length', model.cadenceLength.get(cadence)),
                    partyFact('escalates to', escalatesTo.get(cadence))
                ]
            };
        }
    );
}

/** The SLA that binds the decider: the rule's `within`, when the rule's decider is the one honoured. */
function slaOf(info: DecisionInfo): DurationValue | undefined {
    return info.decider !== undefined && info.decider === info.framework.decider ? info.framework.sla : undefined;
}

function reasonOf(info: DecisionInfo): string {
    if (!info.explicit) return info.framework.explanation;
    const own = `${info.explicit.name}, named by the decision's own decided by`;
    return info.overridesFramework ? `${own}; the framework says ${info.framework.explanation}` : own;
}

function partyFact(field: string, party: Party | undefined): Fact {
    const name = party?.name ?? null;
    // The kind is part of the key: a stakeholder and a group of the same name are not the same decider.
    return { field, value: name, key: name === null ? '' : `${kindOf(party)}:${name}` };
}

function durationFact(field: string, value: DurationValue | undefined): Fact {
    return { field, value: value?.text ?? null, key: durationKey(value) };
}

/** `48 hours`, `48h` and `2 days` are the same SLA; `2 business days` is not. */
function durationKey(value: DurationValue | undefined): string {
    return value ? `${value.hours}${value.business ? ' business' : ''}` : '';
}

/** Facts of each named element; a name declared twice counts once, as its first declaration (as references resolve). */
function byName<T>(items: Iterable<T>, declarationOf: (item: T) => Declaration, factsOf: (item: T) => ElementFacts): Map<string, ElementFacts> {
    const result = new Map<string, ElementFacts>();
    for (const item of items) {
        const name = declarationOf(item).name;
        if (name && !result.has(name)) result.set(name, factsOf(item));
    }
    return result;
}

function names(declarations: Declaration[]): string[] {
    return [...new Set(declarations.map(d => d.name).filter((n): n is string => !!n))].sort(compare);
}

// ---- comparison ----

function compareElements(before: Map<string, ElementFacts>, after: Map<string, ElementFacts>): ElementDrift[] {
    const result: ElementDrift[] = [];
    for (const name of [...new Set([...before.keys(), ...after.keys()])].sort(compare)) {
        const old = before.get(name);
        const now = after.get(name);
        if (!old || !now) {
            const side = (now ?? old)!;
            const fields = side.facts.filter(fact => fact.key !== '').map(fact => withSubject(fact, now ? null : fact.value, now ? fact.value : null));
            result.push({ name, change: now ? 'added' : 'removed', fields, ...(side.reason ? { reason: side.reason } : {}) });
            continue;
        }
        const fields = changedFields(old.facts, now.facts);
        if (fields.length > 0) result.push({ name, change: 'changed', fields, ...(now.reason ? { reason: now.reason } : {}) });
    }
    return result;
}

function changedFields(before: Fact[], after: Fact[]): FieldDrift[] {
    const id = (fact: Fact) => `${fact.field}\u0000${fact.subject ?? ''}`;
    const old = new Map(before.map(fact => [id(fact), fact]));
    const now = new Map(after.map(fact => [id(fact), fact]));
    const fields: FieldDrift[] = [];
    // In the newer version's order, then what only the older one had.
    for (const key of new Set([...now.keys(), ...old.keys()])) {
        const a = old.get(key);
        const b = now.get(key);
        if ((a?.key ?? '') === (b?.key ?? '')) continue;
        fields.push(withSubject((b ?? a)!, a?.value ?? null, b?.value ?? null));
    }
    return fields;
}

function withSubject(fact: Fact, before: DriftValue, after: DriftValue): FieldDrift {
    return { field: fact.field, ...(fact.subject !== undefined ? { subject: fact.subject } : {}), before, after };
}

// ---- diagnostics ----

const SEVERITIES: DriftSeverity[] = ['error', 'warning', 'info', 'hint'];

function diagnosticsOf(model: AlignmentModel): DiagnosticDrift[] {
    return model.documents.flatMap(document => {
        const declarationAt = declarationLocator(document);
        return (document.diagnostics ?? []).map((d: Diagnostic): DiagnosticDrift => ({
            code: String(d.code ?? 'unknown'),
            severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error',
            declaration: declarationAt(document.textDocument.offsetAt(d.range.start)),
            message: d.message,
            uri: document.uri.toString(),
            line: d.range.start.line + 1
        }));
    });
}

/**
 * The name of the declaration holding an offset. A diagnostic between declarations (a waiver
 * comment) belongs to the declaration below it, the one the comment is about.
 */
function declarationLocator(document: LangiumDocument): (offset: number) => string | null {
    const declarations = ((document.parseResult?.value as Workspace | undefined)?.declarations ?? []).filter(d => d.$cstNode);
    return offset => {
        // Declarations are in text order: the first one ending after the offset holds it or follows it.
        let low = 0;
        let high = declarations.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (declarations[middle].$cstNode!.end <= offset) low = middle + 1;
            else high = middle;
        }
        return declarations[low]?.name ?? null;
    };
}

/**
 * New and resolved diagnostics, matched by code, declaration and severity (a warning that
 * became an error is a new error). Within one such key identical messages pair first, so a
 * message that merely names something else is no drift; what stays unpaired drifted.
 */
function compareDiagnostics(before: DiagnosticDrift[], after: DiagnosticDrift[]): ModelDrift['diagnostics'] {
    const key = (d: DiagnosticDrift) => `${d.code}\u0000${d.declaration ?? ''}\u0000${d.severity}`;
    const groups = new Map<string, { before: DiagnosticDrift[]; after: DiagnosticDrift[] }>();
    const group = (d: DiagnosticDrift) => {
        let entry = groups.get(key(d));
        if (!entry) groups.set(key(d), (entry = { before: [], after: [] }));
        return entry;
    };
    before.forEach(d => group(d).before.push(d));
    after.forEach(d => group(d).after.push(d));
    const added: DiagnosticDrift[] = [];
    const resolved: DiagnosticDrift[] = [];
    for (const entry of groups.values()) {
        const old = [...entry.before];
        const unmatched: DiagnosticDrift[] = [];
        for (const d of entry.after) {
            const same = old.findIndex(o => o.message === d.message);
            if (same >= 0) old.splice(same, 1);
            else unmatched.push(d);
        }
        // Same code on the same declaration, reworded: still the same finding.
        const paired = Math.min(unmatched.length, old.length);
        added.push(...unmatched.slice(paired));
        resolved.push(...old.slice(paired));
    }
    const order = (a: DiagnosticDrift, b: DiagnosticDrift) =>
        compare(a.declaration ?? '', b.declaration ?? '') || compare(a.code, b.code) || compare(a.message, b.message);
    return { new: added.sort(order), resolved: resolved.sort(order) };
}

/** Code-unit order, the same on every machine (localeCompare follows the locale). */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
