// Fingerprints that identify a finding across runs (spec §8): built from the code, the
// project, the declaration and the property, never from line numbers, so a finding keeps its
// identity when lines are inserted above it and CI can tell new findings from old ones.
import { createHash } from 'node:crypto';
import type { Finding } from '../output.js';

/** The key under which the fingerprint sits in SARIF's partialFingerprints; bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'alignFingerprint/v1';

/**
 * One fingerprint per finding, in the order given. Findings with the same code in the same
 * declaration and property are told apart by an occurrence counter (`:1`, `:2`, …), counted
 * in the given order, so callers must pass the findings in a stable order (by place).
 */
export function fingerprints(findings: readonly Finding[]): string[] {
    const seen = new Map<string, number>();
    return findings.map(finding => {
        const parts = [finding.code, finding.project ?? '', finding.anchor.declaration ?? '', finding.anchor.property ?? ''];
        // JSON keeps the parts apart whatever they contain (a project name may hold any character).
        const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}
