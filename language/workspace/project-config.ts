// `align.config.json` (spec §6): read with the position of every key and value, so that a
// problem is reported where it is (`config-invalid`), and whatever could be read still applies.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseDate } from '../model/literals.js';
import { ALL_DIAGNOSTIC_CODES } from '../validation/diagnostic-codes.js';

/** The file name that makes a folder a project root. */
export const CONFIG_FILE = 'align.config.json';

export type ConfiguredSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface ProjectConfig {
    name?: string;
    exclude: string[];
    today?: string;
    diagnostics: Map<string, ConfiguredSeverity>;
}

/** A problem in the config file, at a character offset range of its text. */
export interface ConfigProblem {
    offset: number;
    length: number;
    message: string;
}

const SEVERITIES: ConfiguredSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];
/** Codes whose severity a project may not change (spec §6). */
export const FIXED_SEVERITY_CODES = new Set(['syntax', 'config-invalid']);
const KEYS = ['$schema', 'name', 'exclude', 'today', 'diagnostics'];

/** Reads a config text; never throws: what is wrong becomes a problem and is left at its default. */
export function readProjectConfig(text: string, knownCodes: readonly string[] = ALL_DIAGNOSTIC_CODES): { config: ProjectConfig; problems: ConfigProblem[] } {
    const config: ProjectConfig = { exclude: [], diagnostics: new Map() };
    const problems: ConfigProblem[] = [];
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    for (const error of errors) {
        problems.push({ offset: error.offset, length: Math.max(1, error.length), message: `${CONFIG_FILE} is not valid JSON: ${words(printParseErrorCode(error.error))}.` });
    }
    if (!root) return { config, problems };
    const at = (node: Node, message: string) => problems.push({ offset: node.offset, length: node.length, message });
    if (root.type !== 'object') {
        at(root, `${CONFIG_FILE} must hold one object, e.g. { "name": "portal" }.`);
        return { config, problems };
    }
    for (const property of root.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        const key = keyNode?.value as string;
        if (!KEYS.includes(key)) {
            at(keyNode ?? property, `Unknown key "${key}" in ${CONFIG_FILE}: the keys are ${KEYS.filter(k => k !== '$schema').join(', ')}.`);
        } else if (valueNode) {
            readKey(key, valueNode, config, at, knownCodes);
        }
    }
    return { config, problems };
}

function readKey(key: string, value: Node, config: ProjectConfig, at: (node: Node, message: string) => void, knownCodes: readonly string[]): void {
    switch (key) {
        case 'name':
            if (value.type === 'string' && value.value.trim()) config.name = value.value.trim();
            else at(value, '"name" must be a non-empty string.');
            return;
        case 'today':
            if (value.type === 'string' && parseDate(value.value).ok) config.today = value.value;
            else at(value, '"today" must be a real date written YYYY-MM-DD, e.g. "2026-11-24".');
            return;
        case 'exclude':
            if (value.type !== 'array') {
                at(value, '"exclude" must be a list of globs relative to the project root, e.g. ["drafts/**"].');
                return;
            }
            for (const item of value.children ?? []) {
                if (item.type === 'string' && item.value.trim()) config.exclude.push(item.value.trim());
                else at(item, 'Each "exclude" entry must be a non-empty glob string.');
            }
            return;
        case 'diagnostics':
            if (value.type !== 'object') {
                at(value, '"diagnostics" must map codes to a severity, e.g. { "owner-not-engaged": "off" }.');
                return;
            }
            for (const entry of value.children ?? []) {
                const [codeNode, severityNode] = entry.children ?? [];
                const code = codeNode?.value as string;
                if (!knownCodes.includes(code)) at(codeNode ?? entry, `"${code}" is not a diagnostic code of Align.`);
                else if (FIXED_SEVERITY_CODES.has(code)) at(codeNode ?? entry, `The severity of "${code}" cannot be changed.`);
                else if (severityNode?.type !== 'string' || !SEVERITIES.includes(severityNode.value)) at(severityNode ?? entry, `The severity of "${code}" must be one of ${SEVERITIES.join(', ')}.`);
                else config.diagnostics.set(code, severityNode.value as ConfiguredSeverity);
            }
            return;
    }
}

/** `InvalidSymbol` → `invalid symbol`. */
function words(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The node of a key path in a parsed config (for tests and editor features). */
export function configNode(text: string, path: Array<string | number>): Node | undefined {
    const root = parseTree(text);
    return root ? findNodeAtLocation(root, path) : undefined;
}
