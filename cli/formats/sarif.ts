// `align check --format sarif` (spec §8): one SARIF 2.1.0 log with one run, for code-scanning
// services (GitHub, Azure DevOps, IDE viewers) that show findings on the lines they concern.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { docsUrl } from '../../language/validation/code-docs.js';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/internal-error.js';
import type { Finding, Severity } from '../output.js';
import { CODE_CATALOG } from './code-catalog.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.js';
import { TOOL_HOME, TOOL_NAME, TOOL_VERSION } from '../../host/tool-info.js';

/** The published OASIS schema of the format written here. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

const LEVELS: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The SARIF log of the findings, which must come sorted by place (as collectDiagnostics returns them). */
export function toSarif(findings: readonly Finding[]): Sarif.Log {
    const rules = sarifRules();
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const prints = fingerprints(findings);
    const results = findings.map((finding, i): Sarif.Result => ({
        ruleId: finding.code,
        // Not every code is a rule: an internal failure has no documentation page to point to.
        ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(finding.file) },
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
                }
            }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
        // A waiver is an in-source suppression; code scanning shows such results as dismissed.
        ...(finding.waived ? { suppressions: [{ kind: 'inSource' as const }] } : {})
    }));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: TOOL_NAME, informationUri: TOOL_HOME, version: TOOL_VERSION, rules } },
                // Columns count characters as an editor shows them (see codePointColumns in output.ts).
                columnKind: 'unicodeCodePoints',
                invocations: [{ executionSuccessful: !findings.some(f => f.code === INTERNAL_ERROR_CODE) }],
                results
            }
        ]
    };
}

/** Every diagnostic code as a SARIF rule, in the order of spec §4. */
export function sarifRules(): Sarif.ReportingDescriptor[] {
    return ALL_DIAGNOSTIC_CODES.map(code => {
        const { severity, summary } = CODE_CATALOG[code];
        return {
            id: code,
            shortDescription: { text: summary },
            helpUri: docsUrl(code),
            help: { text: `${summary} What it means, why it matters, an example and the fix: ${docsUrl(code)}` },
            defaultConfiguration: { level: LEVELS[severity] }
        };
    });
}

// SARIF wants a URI: a relative path becomes a relative reference with forward slashes and
// escaped characters (a space or `#` in a folder name would otherwise change its meaning).
function fileUri(file: string): string {
    if (isAbsolute(file)) return pathToFileURL(file).href;
    return file.split(sep).map(encodeURIComponent).join('/');
}
