// Reads a decision record in the formats teams keep (docs/language.md, "Decision records"):
// MADR with YAML front matter, log4brains' bullet list, and adr-tools' `Date:` line with a
// `## Status` section. A text that is none of these is not judged.
import { parse as parseYaml } from 'yaml';

export type RecordFormat = 'madr' | 'log4brains' | 'adr-tools';

/** What a record says about its decision. */
export interface RecordFacts {
    format: RecordFormat;
    title?: string;
    /** Lower case: `proposed`, `accepted`, `decided`, `superseded`, … */
    status?: string;
    /** `YYYY-MM-DD`, when the record gives a date. */
    date?: string;
    /** `decision-makers` (MADR 4) or `deciders` (MADR 2–3, log4brains). */
    deciders?: string[];
    consulted?: string[];
    informed?: string[];
}

/** The facts of a record, or undefined when the text is in none of the known formats. */
export function parseRecord(text: string): RecordFacts | undefined {
    const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const title = /^#\s+(.+)$/m.exec(frontMatterBody(normalized)?.body ?? normalized)?.[1]?.trim();
    const front = frontMatterBody(normalized);
    if (front) {
        const data = yamlObject(front.yaml);
        if (data) {
            return {
                format: 'madr',
                title,
                status: textOf(data.status)?.toLowerCase(),
                date: dateText(data.date),
                deciders: names(data['decision-makers'] ?? data.deciders),
                consulted: names(data.consulted),
                informed: names(data.informed)
            };
        }
    }
    // log4brains and MADR 2–3 without front matter: `- Status: accepted`, `* Deciders: A, B`, `- Date: …`.
    const bullet = (key: string) => new RegExp(`^[-*]\\s+${key}:\\s*(.*)$`, 'im').exec(normalized)?.[1]?.trim();
    const status = bullet('Status');
    if (status !== undefined) {
        return { format: 'log4brains', title, status: firstWord(status), date: dateText(bullet('Date')), deciders: names(bullet('Deciders')) };
    }
    // adr-tools: `Date: 2026-10-20` and a `## Status` section whose first line is the status.
    const statusSection = /^##\s+Status\s*\n+([^\n#]+)/im.exec(normalized)?.[1]?.trim();
    const dateLine = /^Date:\s*(.+)$/m.exec(normalized)?.[1]?.trim();
    if (statusSection !== undefined || dateLine !== undefined) {
        return { format: 'adr-tools', title, status: statusSection ? firstWord(statusSection) : undefined, date: dateText(dateLine) };
    }
    return undefined;
}

function frontMatterBody(text: string): { yaml: string; body: string } | undefined {
    const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
    return match ? { yaml: match[1], body: match[2] } : undefined;
}

/** The front matter as an object; undefined when it is not valid YAML or not a mapping. */
function yamlObject(yaml: string): Record<string, unknown> | undefined {
    try {
        // Aliases expanded without limit are a memory bomb: a record is small, so cap them.
        const value: unknown = parseYaml(yaml, { maxAliasCount: 100 });
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
        return undefined;
    }
}

function textOf(value: unknown): string | undefined {
    return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/** A date as `YYYY-MM-DD`, from a string or the Date YAML may make of it. */
function dateText(value: unknown): string | undefined {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    const match = typeof value === 'string' ? /\d{4}-\d{2}-\d{2}/.exec(value) : undefined;
    return match?.[0];
}

/** A list of names: a YAML list, or a comma-separated string (a title may say "and": only commas separate). */
function names(value: unknown): string[] | undefined {
    if (Array.isArray(value)) return value.map(item => textOf(item)).filter((item): item is string => item !== undefined && item !== '');
    const text = textOf(value);
    if (text === undefined) return undefined;
    return text
        .split(',')
        .map(part => part.trim())
        .filter(part => part !== '');
}

function firstWord(text: string): string {
    return text
        .split(/\s+/)[0]
        .replace(/[^A-Za-z-]/g, '')
        .toLowerCase();
}
