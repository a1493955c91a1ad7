// Drift as people and tools read it: plain text for a terminal, Markdown to post on a pull
// request, and the JSON shape of `align diff --format json`. Shared by the CLI and the
// editor's "Compare with…", so both word the same drift the same way. No Node, no vscode.
import { showBidiControls } from '../text/bidi.js';
import { countNewErrors, isDriftEmpty, type DiagnosticDrift, type DriftValue, type ElementDrift, type FieldDrift, type ModelDrift } from './drift.js';

/** The drift of each project between two labelled versions. */
export interface DriftReport {
    /** What the older version is, as the user named it: `HEAD~1`, `examples/patient-portal`. */
    before: string;
    /** What the newer version is: `working tree`, a folder, `the editor`. */
    after: string;
    projects: Array<{ project: string; drift: ModelDrift }>;
}

export interface DriftFormatOptions {
    /** How a diagnostic's document is named (default: its URI). */
    fileOf?: (uri: string) => string;
}

/** The errors that appeared in any project. */
export function reportNewErrors(report: DriftReport): number {
    return report.projects.reduce((sum, { drift }) => sum + countNewErrors(drift), 0);
}

/** The report as JSON data: per project its changed elements and new and resolved diagnostics. */
export function driftJson(report: DriftReport, options: DriftFormatOptions = {}): unknown {
    const fileOf = options.fileOf ?? (uri => uri);
    const diagnostic = ({ uri, line, ...rest }: DiagnosticDrift) => ({ ...rest, file: fileOf(uri), line });
    return {
        before: report.before,
        after: report.after,
        newErrors: reportNewErrors(report),
        projects: report.projects.map(({ project, drift }) => ({
            project,
            decisions: drift.decisions,
            domains: drift.domains,
            rules: drift.rules,
            cadences: drift.cadences,
            diagnostics: { new: drift.diagnostics.new.map(diagnostic), resolved: drift.diagnostics.resolved.map(diagnostic) }
        }))
    };
}

// ---- text ----

const SECTIONS = [
    { key: 'decisions', title: 'Decisions', noun: 'decision' },
    { key: 'domains', title: 'Domains', noun: 'domain' },
    { key: 'rules', title: 'Rules', noun: 'rule' },
    { key: 'cadences', title: 'Cadences', noun: 'cadence' }
] as const;

/** Lines for a terminal: one per changed element, its changes after a colon, then the diagnostics. */
export function formatDriftText(report: DriftReport, options: DriftFormatOptions = {}): string {
    const fileOf = options.fileOf ?? (uri => uri);
    const lines = [`Alignment drift from ${plain(report.before)} to ${plain(report.after)}`];
    for (const { project, drift } of report.projects) {
        lines.push('', `Project ${plain(project)}: ${summary(drift)}`);
        for (const section of SECTIONS) {
            const elements = drift[section.key];
            if (elements.length === 0) continue;
            lines.push(`  ${section.title}`);
            for (const element of elements) {
                lines.push(
                    `    ${SIGN[element.change]} ${plain(element.name)}: ${element.fields.map(field => plain(fieldText(field, element.change))).join('; ') || element.change}`
                );
                if (element.reason) lines.push(`        why: ${plain(element.reason)}`);
            }
        }
        const { new: added, resolved } = drift.diagnostics;
        if (added.length + resolved.length > 0) lines.push('  Diagnostics');
        for (const [sign, word, list] of [
            ['+', 'new', added],
            ['-', 'resolved', resolved]
        ] as const) {
            for (const d of list) {
                const where = d.declaration ? ` in ${plain(d.declaration)}` : '';
                lines.push(`    ${sign} ${word} ${d.severity} ${plain(d.code)}${where}: ${plain(d.message)} (${plain(fileOf(d.uri))}:${d.line})`);
            }
        }
    }
    return lines.join('\n') + '\n';
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** `decided by Triage → CMO`, `attendees +NurseLead -CISO`, `RACI of Lead: C → CI`; an added or removed element's fields read as its values. */
function fieldText(field: FieldDrift, change: ElementDrift['change']): string {
    const label =
        field.subject !== undefined ? `${field.field === 'raci' ? 'RACI' : field.field} of ${field.subject}:` : (FIELD_LABELS[field.field] ?? field.field);
    const value = change === 'added' ? valueText(field.after) : change === 'removed' ? valueText(field.before) : changeText(field.before, field.after);
    return `${label} ${value}`;
}

const FIELD_LABELS: Record<string, string> = { sla: 'SLA', decider: 'decided by' };

/** A list says which names it gained and lost; other values read `before → after`. */
function changeText(before: DriftValue, after: DriftValue): string {
    if (Array.isArray(before) && Array.isArray(after)) {
        const gained = after.filter(name => !before.includes(name)).map(name => `+${name}`);
        const lost = before.filter(name => !after.includes(name)).map(name => `-${name}`);
        return [...gained, ...lost].join(' ');
    }
    return `${valueText(before)} → ${valueText(after)}`;
}

function valueText(value: DriftValue): string {
    if (value === null || (Array.isArray(value) && value.length === 0)) return 'none';
    return Array.isArray(value) ? value.join(', ') : value;
}

function summary(drift: ModelDrift): string {
    if (isDriftEmpty(drift)) return 'no drift';
    const parts: string[] = SECTIONS.filter(s => drift[s.key].length > 0).map(s => count(drift[s.key].length, s.noun));
    const { new: added, resolved } = drift.diagnostics;
    const errors = countNewErrors(drift);
    if (added.length > 0) parts.push(`${count(added.length, 'new diagnostic')}${errors > 0 ? ` (${count(errors, 'error')})` : ''}`);
    if (resolved.length > 0) parts.push(count(resolved.length, 'resolved diagnostic'));
    return parts.join(', ');
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// ---- markdown ----

/** Markdown for a pull request: a heading, a summary, a table per kind of element, lists of diagnostics. */
export function formatDriftMarkdown(report: DriftReport, options: DriftFormatOptions = {}): string {
    const fileOf = options.fileOf ?? (uri => uri);
    const out = [`## Alignment drift: ${code(report.before)} → ${code(report.after)}`, ''];
    const errors = reportNewErrors(report);
    if (errors > 0) out.push(`**${count(errors, 'new error')}.**`, '');
    for (const { project, drift } of report.projects) {
        out.push(`### Project ${code(project)}`, '', `${capitalised(summary(drift))}.`, '');
        for (const section of SECTIONS) {
            const elements = drift[section.key];
            if (elements.length === 0) continue;
            out.push(`#### ${section.title}`, '', ...elementTable(section.key, elements), '');
        }
        const { new: added, resolved } = drift.diagnostics;
        if (added.length > 0) out.push(`#### New diagnostics`, '', ...added.map(d => diagnosticItem(d, fileOf)), '');
        if (resolved.length > 0) out.push(`#### Resolved diagnostics`, '', ...resolved.map(d => diagnosticItem(d, fileOf)), '');
    }
    return out.join('\n');
}

function elementTable(kind: (typeof SECTIONS)[number]['key'], elements: ElementDrift[]): string[] {
    const noun = SECTIONS.find(s => s.key === kind)!.noun;
    const rows = elements.map(element => {
        const what = element.fields.map(field => md(fieldText(field, element.change))).join('<br>') || element.change;
        const cells = [code(element.name), element.change, what];
        if (kind === 'decisions') cells.push(element.reason ? mdMessage(element.reason) : '');
        return `| ${cells.join(' | ')} |`;
    });
    const head = [capitalised(noun), 'Change', 'What changed', ...(kind === 'decisions' ? ['Why'] : [])];
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows];
}

function diagnosticItem(d: DiagnosticDrift, fileOf: (uri: string) => string): string {
    const where = d.declaration ? ` in ${code(d.declaration)}` : '';
    return `- **${d.severity}** ${code(d.code)}${where}: ${mdMessage(d.message)} (${md(`${fileOf(d.uri)}:${d.line}`)})`;
}

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * As a code span, whatever it holds: the fence is one backtick longer than the longest run
 * inside (CommonMark), so a backtick in a name cannot close it early and let a `@team` mention
 * or a URL after it come alive. Bars are escaped for tables (GFM reads `\|` inside spans too).
 */
function code(text: string): string {
    const shown = plain(text).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span starting or ending with a backtick needs a space inside the fence, which CommonMark strips.
    const pad = /^`|`$/.test(shown) ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * Text that Markdown shows as written: no markup, tags, table breaks or line breaks from file
 * contents, and no `@mention` or bare URL that GitHub would make live (`\@`, `\://`, `www\.` break them).
 */
function md(text: string): string {
    return plain(text)
        .replace(/[\\`*_[\]<>|~#&@]/g, c => `\\${c}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\bwww\./gi, match => `${match.slice(0, -1)}\\.`);
}

/**
 * A diagnostic's message: its code spans (`rule`, `when crosses any`) stay code, as the editor
 * shows them, and everything else is escaped. A bar inside a span is escaped too, for tables.
 */
function mdMessage(text: string): string {
    return plain(text)
        .split(/(`[^`]+`)/)
        .map((part, i) => (i % 2 === 1 ? part.replace(/\|/g, '\\|') : md(part)))
        .join('');
}

/** Control characters shown as escapes, so text from files cannot drive a terminal or break a line. */
function plain(text: string): string {
    return showBidiControls(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
