// Generators of large and pathological workspaces, shared by the pathological-input suite
// (which compares 1× and 10× sizes in one run) and the benchmarks.

/**
 * One realistic unit of about 40 lines: six stakeholders, a group, four domains with RACI,
 * a rule, two cadences, a metric, a risk and three decisions. Every 20th unit is misaligned
 * (a cross-domain decision no rule covers, and a domain with two owners).
 */
export function realisticUnit(i: number): string {
    const p = (k: number) => `P${i}_${k}`;
    const misaligned = i % 20 === 19;
    return [
        `// Unit ${i}`,
        ...[0, 1, 2, 3, 4, 5].map(k => `stakeholder ${p(k)} "Person ${k} of unit ${i}" { org "Org ${k % 3}" }`),
        `group Board${i} "Board ${i}" {`,
        `    members ${p(0)}, ${p(1)}, ${p(2)}`,
        `}`,
        ...[0, 1, 2, 3].map(k =>
            [
                `domain D${i}_${k} "Domain ${k} of unit ${i}" {`,
                `    owner ${p(k)}${misaligned && k === 3 ? `, ${p(4)}` : ''}`,
                `    consulted ${p((k + 1) % 6)}`,
                `    informed ${p(5)}`,
                `}`
            ].join('\n')
        ),
        misaligned
            ? ''
            : `rule Cross${i} "Cross-domain in unit ${i}" {\n    when touches D${i}_0, D${i}_1\n    decided by Board${i} within 48 hours\n    escalates to Steer${i} after 1 week\n}`,
        `cadence Weekly${i} every week { attendees ${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)} }`,
        `cadence Steer${i} "Steering ${i}" every 2 weeks { attendees Board${i}, ${p(5)} }`,
        `metric Adoption${i} outcome { owner ${p(1)} target 60% by 2027-06-30 }`,
        `risk Delay${i} { owner ${p(2)} mitigation "Plan B" escalates to Steer${i} after 2 weeks }`,
        `decision X${i}_0 { affects D${i}_0, D${i}_1 due 2027-03-01 }`,
        `decision X${i}_1 { affects D${i}_2 }`,
        `decision X${i}_2 { affects ${misaligned ? `D${i}_2, ` : ''}D${i}_3 }`
    ].join('\n');
}

/** `count` realistic units in one text. */
export function realisticText(count: number, from = 0): string {
    return Array.from({ length: count }, (_, k) => realisticUnit(from + k)).join('\n\n') + '\n';
}

/** The same units spread over `files` files. */
export function realisticFiles(count: number, files: number): Record<string, string> {
    const perFile = Math.ceil(count / files);
    const result: Record<string, string> = {};
    for (let f = 0; f * perFile < count; f++) {
        result[`unit-${String(f).padStart(4, '0')}.align`] = realisticText(Math.min(perFile, count - f * perFile), f * perFile);
    }
    return result;
}

/** `n` equally specific rules with two different deciders, plus a domain without owner. */
export function conflictingRules(n: number): string {
    const rules = Array.from({ length: n }, (_, i) => `rule R${i} { when touches D1, D2 decided by ${i % 2 ? 'P' : 'Q'} within 48 hours }`);
    return (
        [
            'stakeholder P',
            'stakeholder Q',
            'cadence W every week { attendees P, Q }',
            'domain D1 { owner P }',
            'domain D2 { owner Q }',
            ...rules,
            'domain Orphan { }'
        ].join('\n') + '\n'
    );
}

/** `n` cadences without attendees, one per line. */
export function bareCadences(n: number): string {
    return Array.from({ length: n }, (_, i) => `cadence C${i} every week`).join('\n') + '\n';
}

/** `n` declarations sharing one name. */
export function sameName(n: number): string {
    return Array.from({ length: n }, (_, i) => (i % 2 ? 'stakeholder X' : 'domain X { owner X }')).join('\n') + '\n';
}

/** `n` groups, each containing the next one, the last a stakeholder (valid, n deep from G0). */
export function nestedGroups(n: number): string {
    const groups = Array.from({ length: n }, (_, i) => `group G${i} { members ${i === n - 1 ? 'S' : `G${i + 1}`} }`);
    return (
        [
            'stakeholder S',
            'cadence W every week { attendees S }',
            'domain A { owner S }',
            'domain B { owner T }',
            'stakeholder T',
            'rule R { when crosses any decided by G0 within 1 week }',
            ...groups
        ].join('\n') + '\n'
    );
}

/** `n` cadences escalating to the next, the last to the first: one cycle of n steps. */
export function escalationRing(n: number): string {
    return ['stakeholder P', ...Array.from({ length: n }, (_, i) => `cadence C${i} every week { attendees P escalates to C${(i + 1) % n} }`)].join('\n') + '\n';
}

/** One group whose `members` lists `n` stakeholders. */
export function longMembers(n: number): string {
    const people = Array.from({ length: n }, (_, i) => `stakeholder M${i}`);
    return [...people, `group Big { members ${people.map((_, i) => `M${i}`).join(', ')} }`].join('\n') + '\n';
}

/** One group whose `members` names a domain `n` times (each a reference-kind error). */
export function domainAsMembers(n: number): string {
    return ['stakeholder A', 'domain Arch { owner A }', `group Big { members ${Array(n).fill('Arch').join(', ')} }`].join('\n') + '\n';
}

/** `n` stakeholders and `n` domains, each stakeholder consulted on its own domain and informed on the next. */
export function raciSquare(n: number): string {
    const people = Array.from({ length: n }, (_, i) => `stakeholder S${i} { org "Org ${i % 7}" }`);
    const domains = Array.from({ length: n }, (_, i) => `domain D${i} { owner S${i} consulted S${(i + 1) % n} informed S${(i + 2) % n} }`);
    return [...people, ...domains].join('\n') + '\n';
}

/** An agreement whose escalation path has `n` steps through `n` cadences. */
export function longEscalationPath(n: number): string {
    const cadences = Array.from({ length: n }, (_, i) => `cadence C${i} every week { attendees P }`);
    return ['stakeholder P', ...cadences, `agreement A { escalation path ${cadences.map((_, i) => `C${i}`).join(' -> ')} }`].join('\n') + '\n';
}
