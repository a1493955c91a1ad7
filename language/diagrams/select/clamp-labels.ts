// Bounds every text a picture draws. A 32 KB decision title once made a 373,202-pixel-wide PNG
// and kept the server busy for half a minute; nobody reads a box that wide anyway. A long text
// is cut with an ellipsis where it is drawn, and kept whole in the element's tooltip (the SVG
// `<title>`, the preview's hover), so nothing the user wrote is lost from the picture.
import type { DiagramView } from '../view-model.js';

/** The most characters (code points) a label line, a title or an org heading shows. */
export const MAX_LABEL_CHARS = 160;

/** The text cut to MAX_LABEL_CHARS code points, ending in an ellipsis when it was cut. */
export function clampLabel(text: string): string {
    // Counting by code points first would copy every long text; UTF-16 length is an upper bound.
    if (text.length <= MAX_LABEL_CHARS) return text;
    const points = Array.from(text);
    return points.length <= MAX_LABEL_CHARS ? text : `${points.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

const CLAMPED_KEYS = new Set(['label', 'title', 'org', 'summary']);

/** The view with every drawn text clamped; the elements whose text was cut get it whole in their tooltip. */
export function clampView<V extends DiagramView>(view: V): V {
    return clampObject(view) as V;
}

function clampObject(value: unknown): unknown {
    if (Array.isArray(value)) {
        let changed = false;
        const out = value.map(item => {
            const next = clampObject(item);
            if (next !== item) changed = true;
            return next;
        });
        return changed ? out : value;
    }
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    const cut: string[] = [];
    for (const [key, field] of Object.entries(record)) {
        let next = field;
        if (CLAMPED_KEYS.has(key) && typeof field === 'string') {
            next = clampLabel(field);
            if (next !== field) cut.push(field);
        } else if (key === 'label' && Array.isArray(field)) {
            next = field.map(line => (typeof line === 'string' ? clampLabel(line) : line));
            field.forEach((line, index) => {
                if ((next as unknown[])[index] !== line) cut.push(String(line));
            });
            if (cut.length === 0) next = field;
        } else if (typeof field === 'object' && field !== null && key !== 'source') {
            next = clampObject(field);
        }
        if (next !== field) {
            copy ??= { ...record };
            copy[key] = next;
        }
    }
    if (!copy) return value;
    if (cut.length > 0 && ('tooltip' in record || 'errors' in record)) {
        const whole = cut.join('\n');
        copy.tooltip = typeof record.tooltip === 'string' && record.tooltip ? `${whole}\n${record.tooltip}` : whole;
    }
    return copy;
}
