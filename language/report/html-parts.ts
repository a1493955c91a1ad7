// Small HTML builders shared by the report's sections. Every argument named `text` is escaped
// here; arguments named `html` are markup built by these helpers from escaped parts.
import { escapeHtml } from './escape-html.js';
import type { Named } from './report-facts.js';
import type { ReportPicture } from './report-pictures.js';

/** A declaration's name in bold, its title below it. */
export function namedCell(item: Named): string {
    return `<strong>${escapeHtml(item.name)}</strong>${item.title ? `<span class="title">${escapeHtml(item.title)}</span>` : ''}`;
}

/** A sentence from a message or a fix, escaped, with its `code spans` set as code. */
export function prose(text: string): string {
    // After escaping, a backtick span holds only escaped text: wrapping it adds no markup from the input.
    return escapeHtml(text).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

/** Names separated by commas, or a muted dash when there are none. */
export function namesCell(names: string[], empty = '—'): string {
    return names.length > 0 ? escapeHtml(names.join(', ')) : `<span class="muted">${escapeHtml(empty)}</span>`;
}

/** Text, or a muted dash when absent. */
export function textCell(text: string | undefined): string {
    return text ? escapeHtml(text) : '<span class="muted">—</span>';
}

/** A small coloured label; `kind` is one of the stylesheet's badge classes. */
export function badge(kind: string, text: string): string {
    return `<span class="badge ${escapeHtml(kind)}">${escapeHtml(text)}</span>`;
}

/** A table with a header row; cells are markup. `rowClasses` marks rows (e.g. nobody decides). */
export function table(headers: string[], rows: string[][], options: { caption?: string; rowClasses?: Array<string | undefined> } = {}): string {
    const head = headers.map(header => `<th scope="col">${escapeHtml(header)}</th>`).join('');
    const body = rows
        .map((cells, i) => {
            const kind = options.rowClasses?.[i];
            return `<tr${kind ? ` class="${escapeHtml(kind)}"` : ''}>${cells.map(cell => `<td>${cell}</td>`).join('')}</tr>`;
        })
        .join('\n');
    const caption = options.caption ? `<caption class="muted">${escapeHtml(options.caption)}</caption>` : '';
    return `<table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>\n`;
}

/** A two-column table of labelled facts: the label as a row header, the value as markup. */
export function factTable(rows: Array<[string, string]>): string {
    return `<table class="facts"><tbody>\n${rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`).join('\n')}\n</tbody></table>\n`;
}

/** A paragraph saying there is nothing to show. */
export function empty(text: string): string {
    return `<p class="empty">${escapeHtml(text)}</p>\n`;
}

/** A picture of the diagram pipeline in a scrolling frame, with its caption and summary note. */
export function figure(picture: ReportPicture | undefined, caption: string): string {
    if (!picture) return '';
    const note = picture.note ? ` ${escapeHtml(picture.note)}` : '';
    // The SVG is the renderer's output, every text in it already escaped (render/escape.ts).
    const drawing = picture.svg ? `<div class="picture">${picture.svg}</div>` : '';
    return `<figure class="diagram" data-view="${escapeHtml(picture.kind)}">${drawing}<figcaption>${escapeHtml(caption)}.${note}</figcaption></figure>\n`;
}

/** `1 decision`, `2 decisions`. */
export function plural(count: number, word: string, many = `${word}s`): string {
    return `${count} ${count === 1 ? word : many}`;
}
