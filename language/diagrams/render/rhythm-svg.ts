// Renders the rhythm view to SVG: a grid of stakeholders (rows, grouped by org) × cadences
// (columns, grouped by tier), a dot where someone attends, a ring where only a group brings
// them in, and each person's forum hours a month in the last column.
import { boldWidth, labelWidth } from '../layout/label-width.js';
import { LINE_HEIGHT } from '../layout/measure.js';
import type { RhythmAttendance, RhythmRow, RhythmView } from '../view-model.js';
import { formatHours } from '../views/rhythm.js';
import { escapeXml, num } from './escape.js';
import { sourceAttributes, svgOpen, titleElement } from './svg-parts.js';

const PAD = 10;
const ROW = 26;
const TIER_ROW = 34;
const HOURS_HEADER = 'hours / month';
/** The legend's line for `?` and `≥` in the hours column, shown when a row has one. */
const UNKNOWN_HOURS = '? or ≥: a forum attended does not say how long it meets (give it `for 1 hour`)';

/** What the hours column says for a row: `4.3 h`, `≥ 6.4 h` when some forum has no length, `—` for none. */
export function hoursText(row: RhythmRow): string {
    if (row.hours === undefined) return row.partial ? '?' : '—';
    return `${row.partial ? '≥ ' : ''}${formatHours(row.hours)} h`;
}

function attendanceTitle(stakeholder: string, cadence: string, cell: RhythmAttendance): string {
    if (cell.direct) return `${stakeholder} attends ${cadence}`;
    return cell.via.length > 0 ? `${stakeholder} attends ${cadence} through ${cell.via.join(', ')}` : `${stakeholder} attends ${cadence}`;
}

/** SVG of the rhythm view. */
export function renderRhythmSvg(view: RhythmView): string {
    const cadences = view.tiers.flatMap(tier => tier.cadences);
    const rows = view.groups.flatMap(group => group.rows);
    const nameWidth = Math.max(120, ...rows.map(row => labelWidth(row.stakeholder) + 36), ...view.groups.map(group => boldWidth(group.org) + 24));
    const widths = cadences.map(cadence => Math.max(44, ...cadence.label.map((line, i) => (i === 0 ? boldWidth(line) : labelWidth(line)) + 16)));
    // A tier's title must fit above its columns: a lone column is widened to hold it.
    let column = 0;
    for (const tier of view.tiers) {
        const indexes = tier.cadences.map((_, i) => column + i);
        column += tier.cadences.length;
        const span = indexes.reduce((sum, i) => sum + widths[i], 0);
        const needed = boldWidth(tier.title) + 16;
        if (needed > span) for (const i of indexes) widths[i] += (needed - span) / indexes.length;
    }
    const hoursWidth = Math.max(labelWidth(HOURS_HEADER) + 16, ...rows.map(row => labelWidth(hoursText(row)) + 24));
    const headerLines = Math.max(1, ...cadences.map(cadence => cadence.label.length));
    const headerTop = PAD + TIER_ROW;
    const headerHeight = headerLines * LINE_HEIGHT + 10;
    const gridTop = headerTop + headerHeight + 6;
    const gridLeft = PAD + nameWidth;
    const hoursLeft = gridLeft + widths.reduce((a, b) => a + b, 0);
    const unknownHours = rows.some(row => row.partial);
    const width = Math.max(hoursLeft + hoursWidth + PAD, unknownHours ? PAD * 2 + labelWidth(UNKNOWN_HOURS) : 0);
    const legendY = gridTop + (rows.length + view.groups.length) * ROW + 24;
    const height = legendY + 16 + (unknownHours ? LINE_HEIGHT + 4 : 0);
    const columnX: number[] = [];
    widths.reduce((x, w) => {
        columnX.push(x);
        return x + w;
    }, gridLeft);

    let out = svgOpen(width, height, 'rhythm');
    out += '<g class="header">\n';
    column = 0;
    for (const tier of view.tiers) {
        const x = columnX[column];
        const span = tier.cadences.reduce((sum, _, i) => sum + widths[column + i], 0);
        out += `<g class="tier" data-tier="${tier.tier}"><text x="${num(x + span / 2)}" y="${num(PAD + 18)}" text-anchor="middle">${escapeXml(tier.title)}</text>`;
        out += `<line x1="${num(x + 4)}" y1="${num(PAD + 26)}" x2="${num(x + span - 4)}" y2="${num(PAD + 26)}"/></g>\n`;
        column += tier.cadences.length;
    }
    cadences.forEach((cadence, i) => {
        const classes = ['node', 'cadence', 'kind-cadence', cadence.errors.length > 0 ? 'error' : ''].filter(Boolean).join(' ');
        out += `<g class="${classes}" data-node-id="cadence:${escapeXml(cadence.name)}"${sourceAttributes(cadence.source)}>${titleElement(cadence.tooltip, cadence.errors)}`;
        out += `<rect x="${num(columnX[i] + 2)}" y="${num(headerTop)}" width="${num(widths[i] - 4)}" height="${num(headerHeight)}" rx="3"/>`;
        cadence.label.forEach((line, l) => {
            out += `<text${l === 0 ? ' class="title"' : ' class="secondary"'} x="${num(columnX[i] + widths[i] / 2)}" y="${num(headerTop + 5 + (l + 1) * LINE_HEIGHT - 4)}" text-anchor="middle">${escapeXml(line)}</text>`;
        });
        out += '</g>\n';
    });
    out += `<g class="org"><text x="${num(hoursLeft + hoursWidth - 8)}" y="${num(gridTop - 8)}" text-anchor="end">${HOURS_HEADER}</text></g>\n`;
    out += '</g>\n';
    // Lines between tiers and before the hours, so a dot is read against the right tier.
    const gridBottom = gridTop + (rows.length + view.groups.length) * ROW;
    column = 0;
    for (const tier of view.tiers) {
        out += `<line class="grid" x1="${num(columnX[column])}" y1="${num(gridTop)}" x2="${num(columnX[column])}" y2="${num(gridBottom)}"/>`;
        column += tier.cadences.length;
    }
    out += `<line class="grid" x1="${num(hoursLeft)}" y1="${num(gridTop)}" x2="${num(hoursLeft)}" y2="${num(gridBottom)}"/>\n`;

    let y = gridTop;
    for (const group of view.groups) {
        out += `<g class="org"><text x="${PAD + 4}" y="${num(y + ROW - 8)}">${escapeXml(group.org)}</text></g>\n`;
        y += ROW;
        for (const row of group.rows) {
            const classes = ['node', 'row', row.errors.length > 0 ? 'error' : ''].filter(Boolean).join(' ');
            out += `<g class="${classes}" data-node-id="stakeholder:${escapeXml(row.stakeholder)}"${sourceAttributes(row.source)}>${titleElement(row.tooltip, row.errors)}`;
            out += `<line class="grid" x1="${PAD}" y1="${num(y)}" x2="${num(width - PAD)}" y2="${num(y)}"/>`;
            out += `<text x="${PAD + 16}" y="${num(y + ROW - 8)}">${escapeXml(row.stakeholder)}</text>`;
            out += `<text class="hours" x="${num(hoursLeft + hoursWidth - 8)}" y="${num(y + ROW - 8)}" text-anchor="end">${escapeXml(hoursText(row))}</text></g>`;
            row.cells.forEach((cell, i) => {
                if (!cell) return;
                const cx = columnX[i] + widths[i] / 2;
                const cy = y + ROW / 2;
                out += `<g class="cell" data-cadence="${escapeXml(cadences[i].name)}"${sourceAttributes(cell.source)}>${titleElement(attendanceTitle(row.stakeholder, cadences[i].name, cell))}`;
                out += cell.direct
                    ? `<circle class="attend" cx="${num(cx)}" cy="${num(cy)}" r="6"/>`
                    : `<circle class="attend via" cx="${num(cx)}" cy="${num(cy)}" r="5"/>`;
                out += '</g>';
            });
            out += '\n';
            y += ROW;
        }
    }
    out += `<g class="legend"><circle class="attend" cx="${PAD + 6}" cy="${num(legendY - 4)}" r="5"/><text x="${PAD + 16}" y="${num(legendY)}">attends</text>`;
    out += `<circle class="attend via" cx="${PAD + 80}" cy="${num(legendY - 4)}" r="4.5"/><text x="${PAD + 90}" y="${num(legendY)}">through a group</text>`;
    if (unknownHours) out += `<text x="${PAD}" y="${num(legendY + LINE_HEIGHT + 4)}">${escapeXml(UNKNOWN_HOURS)}</text>`;
    out += '</g>\n';
    return out + '</svg>\n';
}
