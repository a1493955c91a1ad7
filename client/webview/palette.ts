// The preview's colours, computed from the VS Code theme: box fills are the editor background
// tinted towards the theme's chart colours, and every text colour is moved towards black or
// white until it reaches WCAG AA contrast (4.5:1) against every box it is drawn on. Themes
// differ too much (Solarized Light's foreground is 4.1:1 on its own background) for fixed
// CSS variables to be readable everywhere. Pure, so it is tested without a browser.

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface Rgb {
    r: number;
    g: number;
    b: number;
}

/** The contrast every label must reach against its box. */
export const MIN_TEXT_CONTRAST = 4.5;

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa` and `rgb()/rgba()`; alpha is dropped over `under`. */
export function parseColor(text: string | undefined, under: Rgb = { r: 255, g: 255, b: 255 }): Rgb | undefined {
    const value = text?.trim().toLowerCase();
    if (!value) return undefined;
    let r: number,
        g: number,
        b: number,
        a = 1;
    const hex = /^#([0-9a-f]{3,8})$/.exec(value);
    const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
    if (hex) {
        const digits = hex[1].length <= 4 ? [...hex[1]].map(d => d + d).join('') : hex[1];
        if (digits.length !== 6 && digits.length !== 8) return undefined;
        [r, g, b] = [0, 2, 4].map(i => parseInt(digits.slice(i, i + 2), 16));
        if (digits.length === 8) a = parseInt(digits.slice(6, 8), 16) / 255;
    } else if (fn) {
        [r, g, b] = [fn[1], fn[2], fn[3]].map(Number);
        if (fn[4]) a = fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    } else {
        return undefined;
    }
    return mix(under, { r, g, b }, a);
}

/** `amount` of `to` over `from`. */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
    const at = (x: number, y: number) => Math.round(x + (y - x) * amount);
    return { r: at(from.r, to.r), g: at(from.g, to.g), b: at(from.b, to.b) };
}

/** The colour as `#rrggbb`. */
export function hex(color: Rgb): string {
    return `#${[color.r, color.g, color.b].map(c => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance(color: Rgb): number {
    const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
}

/** The text colour, moved towards black or white just enough to be readable on every background. */
export function readableOn(text: Rgb, backgrounds: Rgb[], minimum = MIN_TEXT_CONTRAST): Rgb {
    const worst = (color: Rgb) => Math.min(...backgrounds.map(background => contrast(color, background)));
    if (worst(text) >= minimum) return text;
    const darkest = backgrounds.reduce((a, b) => (luminance(a) < luminance(b) ? a : b));
    const lightest = backgrounds.reduce((a, b) => (luminance(a) > luminance(b) ? a : b));
    // Away from the backgrounds: towards white on dark boxes, towards black on light ones.
    const target =
        contrast({ r: 255, g: 255, b: 255 }, darkest) >= contrast({ r: 0, g: 0, b: 0 }, lightest) ? { r: 255, g: 255, b: 255 } : { r: 0, g: 0, b: 0 };
    for (let step = 1; step <= 20; step++) {
        const candidate = mix(text, target, step / 20);
        if (worst(candidate) >= minimum) return candidate;
    }
    return target;
}

/** How far apart two colours look, roughly: the weighted distance of their channels (0–765). */
export function colourDistance(a: Rgb, b: Rgb): number {
    const mean = (a.r + b.r) / 2;
    const [dr, dg, db] = [a.r - b.r, a.g - b.g, a.b - b.b];
    return Math.sqrt((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db);
}

// High-contrast themes give the focus border and errors one orange: the selection would look like an error.
/** The first candidate that does not look like `other`, else the one furthest from it. */
export function distinctFrom(other: Rgb, candidates: Rgb[]): Rgb {
    const DISTINCT = 150;
    return (
        candidates.find(c => colourDistance(c, other) >= DISTINCT) ??
        candidates.reduce((a, b) => (colourDistance(a, other) >= colourDistance(b, other) ? a : b))
    );
}

/** Reads a theme colour by its VS Code id (e.g. `editor.background`). */
export type ThemeColors = (id: string) => string | undefined;

const FILLS = ['node', 'start', 'condition', 'decider', 'escalation', 'decision', 'error'] as const;

/** The `--align-*` variables for a theme. */
export function themePalette(colors: ThemeColors, kind: ThemeKind): Record<string, string> {
    const dark = kind === 'dark' || kind === 'high-contrast';
    const background = parseColor(colors('editor.background')) ?? (dark ? { r: 30, g: 30, b: 30 } : { r: 255, g: 255, b: 255 });
    const over = (id: string, fallback: string) => parseColor(colors(id), background) ?? parseColor(fallback)!;
    const foreground = over('editor.foreground', dark ? '#cccccc' : '#333333');
    const highContrast = kind === 'high-contrast' || kind === 'high-contrast-light';
    const accents: Record<(typeof FILLS)[number], Rgb> = {
        node: foreground,
        start: over('charts.blue', '#1a85ff'),
        condition: over('charts.yellow', '#cca700'),
        decider: over('charts.green', '#388a34'),
        escalation: over('charts.purple', '#652d90'),
        decision: background,
        error: over('editorError.foreground', '#e51400')
    };
    // High-contrast themes draw boxes as outlines on the background, as VS Code itself does.
    const tint = highContrast ? 0 : dark ? 0.2 : 0.12;
    const fills = Object.fromEntries(
        FILLS.map(name => [name, name === 'node' ? mix(background, foreground, highContrast ? 0 : 0.06) : mix(background, accents[name], tint)])
    ) as Record<(typeof FILLS)[number], Rgb>;
    const border = parseColor(colors('contrastBorder'), background);
    const stroke = (accent: Rgb) => (highContrast ? (border ?? foreground) : readableOn(accent, [background], 3));
    const boxes = [background, ...Object.values(fills)];
    const text = readableOn(foreground, boxes);
    const muted = readableOn(over('descriptionForeground', dark ? '#9d9d9d' : '#717171'), boxes);
    const error = readableOn(accents.error, [background], 3);
    const palette: Record<string, string> = {
        '--align-background': hex(background),
        '--align-text': hex(text),
        '--align-text-muted': hex(muted),
        '--align-node-fill': hex(fills.node),
        '--align-node-stroke': hex(stroke(mix(background, foreground, 0.55))),
        '--align-start-fill': hex(fills.start),
        '--align-start-stroke': hex(stroke(accents.start)),
        '--align-condition-fill': hex(fills.condition),
        '--align-condition-stroke': hex(stroke(accents.condition)),
        '--align-decider-fill': hex(fills.decider),
        '--align-decider-stroke': hex(stroke(accents.decider)),
        '--align-escalation-fill': hex(fills.escalation),
        '--align-escalation-stroke': hex(stroke(accents.escalation)),
        '--align-decision-fill': hex(fills.decision),
        '--align-error-fill': hex(fills.error),
        '--align-error': hex(error),
        '--align-edge': hex(readableOn(mix(background, foreground, 0.5), [background], 3)),
        '--align-grid': hex(mix(background, foreground, highContrast ? 0.6 : 0.2)),
        '--align-highlight': hex(
            distinctFrom(
                error,
                [over('focusBorder', '#007fd4'), readableOn(foreground, [background], 3)].map(c => readableOn(c, [background], 3))
            )
        )
    };
    return palette;
}
