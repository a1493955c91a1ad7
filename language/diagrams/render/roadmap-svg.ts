// Renders the roadmap to SVG: the month axis, a band per lane, guides at the milestones, the
// line at today, and each element as a marker with its label box. Same input, same bytes.
import { layoutRoadmap, type PlacedMark, type RoadmapLayout } from '../layout/roadmap-layout.js';
import { LINE_HEIGHT } from '../layout/measure.js';
import type { RoadmapMarkKind, RoadmapView } from '../view-model.js';
import { escapeXml, num } from './escape.js';
import { sourceAttributes, svgOpen, titleElement } from './svg-parts.js';

/** SVG of the roadmap view. */
export function renderRoadmapSvg(view: RoadmapView): string {
    const layout = layoutRoadmap(view);
    let out = svgOpen(layout.width, layout.height, 'roadmap');
    out += lanes(layout) + axis(layout) + guides(layout) + charts(layout);
    out += `<line class="today" data-date="${escapeXml(view.today)}" x1="${num(layout.today.x)}" y1="${num(layout.lanesTop - 6)}" x2="${num(layout.today.x)}" y2="${num(layout.lanesBottom + 6)}"/>\n`;
    out += '<g class="nodes">\n';
    for (const lane of layout.lanes) {
        for (const track of lane.tracks) {
            if (track.header) {
                const { header, box } = track.header;
                const classes = ['node', 'track', 'kind-metric', header.errors.length > 0 ? 'error' : ''].filter(Boolean).join(' ');
                out += `<g class="${classes}" data-node-id="${escapeXml(header.id)}"${sourceAttributes(header.source)}>${titleElement(header.tooltip, header.errors)}`;
                out += `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="4"/>`;
                out += `<text class="title" x="${num(box.x + 8)}" y="${num(box.y + box.height - 8)}">${escapeXml(header.name)}</text></g>\n`;
            }
            for (const placed of track.marks) out += mark(placed);
        }
    }
    out += '</g>\n';
    out += `<text class="today-label" x="${num(layout.today.labelX)}" y="${num(layout.footerY)}">${escapeXml(layout.today.label)}</text>\n`;
    return out + '</svg>\n';
}

function lanes(layout: RoadmapLayout): string {
    let out = '<g class="lanes">\n';
    layout.lanes.forEach((lane, i) => {
        // Every other lane is banded, so a reader can follow a lane across a wide picture.
        if (i % 2 === 0) out += `<rect class="lane-band" x="8" y="${num(lane.top)}" width="${num(layout.width - 16)}" height="${num(lane.height)}"/>`;
        out += `<text class="lane-title" x="${num(layout.titleColumn.x)}" y="${num(lane.top + 22)}" data-lane="${lane.lane.kind}">${escapeXml(lane.lane.title)}</text>\n`;
    });
    return out + '</g>\n';
}

function axis(layout: RoadmapLayout): string {
    let out = '<g class="axis">\n';
    // The ticks mark the months' starts; the end of the last month needs a line of its own.
    const right = layout.timeline.right;
    out += `<line class="grid" x1="${num(right)}" y1="${num(layout.lanesTop)}" x2="${num(right)}" y2="${num(layout.lanesBottom)}"/>`;
    for (const tick of layout.ticks) {
        out += `<line class="grid" x1="${num(tick.x)}" y1="${num(layout.lanesTop - 12)}" x2="${num(tick.x)}" y2="${num(layout.lanesBottom)}"/>`;
        out += `<text x="${num(tick.labelX)}" y="${num(layout.lanesTop - 16)}"${tick.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(tick.label)}</text>`;
        if (tick.year) out += `<text class="year" x="${num(tick.x + 3)}" y="${num(layout.lanesTop - 32)}">${escapeXml(tick.year)}</text>`;
        out += '\n';
    }
    if (layout.undated) {
        const { x, width } = layout.undated;
        out += `<text x="${num(x + 8)}" y="${num(layout.lanesTop - 16)}">no date</text>`;
        out += `<line class="grid" x1="${num(x + width)}" y1="${num(layout.lanesTop - 12)}" x2="${num(x + width)}" y2="${num(layout.lanesBottom)}"/>\n`;
    }
    return out + '</g>\n';
}

function guides(layout: RoadmapLayout): string {
    if (layout.guides.length === 0) return '';
    return (
        '<g class="guides">' +
        layout.guides
            .map(
                guide =>
                    `<line class="guide" data-for="${escapeXml(guide.id)}" x1="${num(guide.x)}" y1="${num(layout.lanesTop)}" x2="${num(guide.x)}" y2="${num(layout.lanesBottom)}"/>`
            )
            .join('') +
        '</g>\n'
    );
}

function charts(layout: RoadmapLayout): string {
    let out = '';
    for (const track of layout.lanes.flatMap(lane => lane.tracks)) {
        if (!track.chart || !track.header) continue;
        const points = (list: Array<{ x: number; y: number }>) => list.map(p => `${num(p.x)},${num(p.y)}`).join(' ');
        out += `<g class="chart" data-for="${escapeXml(track.header.header.id)}">`;
        if (track.chart.plan.length > 1) out += `<polyline class="plan" points="${points(track.chart.plan)}"/>`;
        if (track.chart.actual.length > 1) out += `<polyline class="actual" points="${points(track.chart.actual)}"/>`;
        for (const p of [...track.chart.actual, ...track.chart.plan.slice(1)]) out += `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="2.5"/>`;
        out += '</g>\n';
    }
    return out;
}

function mark(placed: PlacedMark): string {
    const { mark: m, box } = placed;
    const classes = ['node', 'mark', `kind-${m.kind}`, m.errors.length > 0 ? 'error' : '', m.warnings.length > 0 ? 'warning' : ''].filter(Boolean).join(' ');
    let out = `<g class="${classes}" data-node-id="${escapeXml(m.id)}"${m.date ? ` data-date="${escapeXml(m.date)}"` : ''}${sourceAttributes(m.source)}>`;
    out += titleElement(m.tooltip, m.errors, m.warnings);
    // The label box comes first: hosts find an element's box as its first rect.
    out += `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="4"/>`;
    if (placed.barEnd !== undefined && placed.barEnd > box.x + box.width)
        out += `<line class="bar" x1="${num(box.x + box.width)}" y1="${num(placed.y)}" x2="${num(placed.barEnd)}" y2="${num(placed.y)}"/>`;
    out += symbol(m.kind, placed.x, placed.y);
    m.label.forEach((line, i) => {
        out += `<text${i === 0 ? ' class="title"' : ' class="secondary"'} x="${num(box.x + 8)}" y="${num(box.y + 4 + (i + 1) * LINE_HEIGHT - 4)}">${escapeXml(line)}</text>`;
    });
    return out + '</g>\n';
}

/** The marker at an element's date: a diamond for a milestone, a triangle for a benefit, … */
function symbol(kind: RoadmapMarkKind, x: number, y: number): string {
    const at = (d: string) => `<path class="symbol" d="${d}"/>`;
    switch (kind) {
        case 'milestone':
            return at(`M${num(x)},${num(y - 7)} L${num(x + 7)},${num(y)} L${num(x)},${num(y + 7)} L${num(x - 7)},${num(y)} Z`);
        case 'benefit':
            return at(`M${num(x)},${num(y - 7)} L${num(x + 7)},${num(y + 6)} L${num(x - 7)},${num(y + 6)} Z`);
        // A decision taken: the square of a decision, with a tick through it.
        case 'decided':
            return (
                at(`M${num(x - 5)},${num(y - 5)} L${num(x + 5)},${num(y - 5)} L${num(x + 5)},${num(y + 5)} L${num(x - 5)},${num(y + 5)} Z`) +
                `<path class="tick" d="M${num(x - 3)},${num(y)} L${num(x - 1)},${num(y + 3)} L${num(x + 4)},${num(y - 3)}"/>`
            );
        case 'decision':
        case 'baseline':
            return at(`M${num(x - 5)},${num(y - 5)} L${num(x + 5)},${num(y - 5)} L${num(x + 5)},${num(y + 5)} L${num(x - 5)},${num(y + 5)} Z`);
        case 'target':
            return `<circle class="symbol" cx="${num(x)}" cy="${num(y)}" r="5"/>`;
        default:
            return `<circle class="symbol" cx="${num(x)}" cy="${num(y)}" r="6"/>`;
    }
}
