// `align.config.json` (spec §6): read with the position of every key and value, so that a
// problem is reported where it is (`config-invalid`), and whatever could be read still applies.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseDate } from '../model/literals.js';
import { compileGlob } from './glob.js';
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

/**
 * Bounds on a config, so that a hostile or broken file costs little: a real config is a few
 * hundred bytes with a handful of globs. Beyond a bound the file is refused with `config-invalid`.
 */
export const CONFIG_LIMITS = { bytes: 1024 * 1024, depth: 32, excludes: 1000 } as const;

/** Reads a config text; never throws: what is wrong becomes a problem and is left at its default. */
export function readProjectConfig(text: string, knownCodes: readonly string[] = ALL_DIAGNOSTIC_CODES): { config: ProjectConfig; problems: ConfigProblem[] } {
    const config: ProjectConfig = { exclude: [], diagnostics: new Map() };
    const problems: ConfigProblem[] = [];
    if (text.length > CONFIG_LIMITS.bytes) {
        problems.push({
            offset: 0,
            length: 1,
            message: `${CONFIG_FILE} is ${(text.length / 1024 / 1024).toFixed(1)} MB; Align reads configs of at most ${CONFIG_LIMITS.bytes / 1024 / 1024} MB, so this one is ignored.`
        });
        return { config, problems };
    }
    // The JSON parser recurses once per nesting level: a deep file would overflow the stack.
    const deep = deepestOffset(text, CONFIG_LIMITS.depth);
    if (deep !== undefined) {
        problems.push({
            offset: deep,
            length: 1,
            message: `${CONFIG_FILE} nests deeper than ${CONFIG_LIMITS.depth} levels here; a config is one object of lists and maps, so this one is ignored.`
        });
        return { config, problems };
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    for (const error of errors) {
        problems.push({
            offset: error.offset,
            length: Math.max(1, error.length),
            message: `${CONFIG_FILE} is not valid JSON: ${words(printParseErrorCode(error.error))}.`
        });
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
                if (config.exclude.length >= CONFIG_LIMITS.excludes) {
                    at(item, `"exclude" holds more than ${CONFIG_LIMITS.excludes} globs; the rest are ignored. Use ** and {a,b} to say more with fewer.`);
                    return;
                }
                if (item.type !== 'string' || !item.value.trim()) {
                    at(item, 'Each "exclude" entry must be a non-empty glob string.');
                    continue;
                }
                const glob = compileGlob(item.value.trim());
                if (glob.ok) config.exclude.push(item.value.trim());
                else at(item, `The glob "${item.value.trim()}" is ignored: ${glob.reason}.`);
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
                else if (severityNode?.type !== 'string' || !SEVERITIES.includes(severityNode.value))
                    at(severityNode ?? entry, `The severity of "${code}" must be one of ${SEVERITIES.join(', ')}.`);
                else config.diagnostics.set(code, severityNode.value as ConfiguredSeverity);
            }
            return;
    }
}

/** The offset where brackets (outside strings) first nest deeper than `limit`, if they do. */
function deepestOffset(text: string, limit: number): number | undefined {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\') i++;
            else if (c === '"') inString = false;
        } else if (c === '"') {
            inString = true;
        } else if (c === '{' || c === '[') {
            if (++depth > limit) return i;
        } else if (c === '}' || c === ']') {
            depth--;
        }
    }
    return undefined;
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
