// Pieces every picture of the roadmap and rhythm views starts with: the root element with its
// stylesheet and background, and the attributes that let a click reveal a declaration.
import type { SourceLocation } from '../view-model.js';
import { escapeXml, num } from './escape.js';
import { SVG_STYLE, TIME_STYLE } from './svg-style.js';

/** The opening of an SVG picture of the given size: root, stylesheet, background. */
export function svgOpen(width: number, height: number, kind: string): string {
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="align-diagram" data-view="${escapeXml(kind)}" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">\n` +
        `<style>${SVG_STYLE}${TIME_STYLE}</style>\n` +
        `<rect class="background" width="${num(width)}" height="${num(height)}"/>\n`
    );
}

/** `data-uri`, `data-line` and `data-character` of a declaration, for click-to-source. */
export function sourceAttributes(source: SourceLocation | undefined): string {
    if (!source) return '';
    return ` data-uri="${escapeXml(source.uri)}" data-line="${source.range.start.line}" data-character="${source.range.start.character}"`;
}

/** A `<title>` tooltip from the lines that are present, or nothing. */
export function titleElement(...parts: Array<string | undefined | string[]>): string {
    const text = parts
        .flat()
        .filter((part): part is string => typeof part === 'string' && part.length > 0)
        .join('\n');
    return text ? `<title>${escapeXml(text)}</title>` : '';
}
