// Renders laid-out views to SVG. Deterministic (same input, same bytes), themed through CSS
// variables, with every piece of text from `.align` files escaped.
import type { LaidOutGraph, Point } from '../layout/elk-layout.js';
import { LINE_HEIGHT, textWidth } from '../layout/measure.js';
import type { RaciView, SourceLocation, ViewNode } from '../view-model.js';
import { escapeXml, num } from './escape.js';
import { SVG_STYLE } from './svg-style.js';

function open(width: number, height: number, kind: string): string {
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="align-diagram" data-view="${kind}" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">\n` +
        `<style>${SVG_STYLE}</style>\n` +
        '<defs>' +
        '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow" d="M0,0 L10,5 L0,10 z"/></marker>' +
        '<marker id="arrow-error" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-error" d="M0,0 L10,5 L0,10 z"/></marker>' +
        '</defs>\n' +
        `<rect class="background" width="${num(width)}" height="${num(height)}"/>\n`
    );
}

function sourceAttributes(source: SourceLocation | undefined): string {
    if (!source) return '';
    return ` data-uri="${escapeXml(source.uri)}" data-line="${source.range.start.line}" data-character="${source.range.start.character}"`;
}

function tooltip(node: ViewNode): string {
    return [node.tooltip, ...node.errors].filter(Boolean).join('\n');
}

function path(points: Point[]): string {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
}

/** SVG of a decision-flow or escalation view after layout. */
export function renderGraphSvg(graph: LaidOutGraph): string {
    let out = open(graph.width, graph.height, graph.view.kind);
    out += '<g class="edges">\n';
    for (const edge of graph.edges) {
        if (edge.points.length < 2) continue;
        const classes = ['edge', edge.error ? 'error' : '', edge.dashed ? 'dashed' : ''].filter(Boolean).join(' ');
        out += `<g class="${classes}" data-edge-id="${escapeXml(edge.id)}"><path d="${path(edge.points)}" marker-end="url(#${edge.error ? 'arrow-error' : 'arrow'})"/>`;
        if (edge.label && edge.labelBox) {
            out += `<text x="${num(edge.labelBox.x + 4)}" y="${num(edge.labelBox.y + edge.labelBox.height - 4)}">${escapeXml(edge.label)}</text>`;
        }
        out += '</g>\n';
    }
    out += '</g>\n<g class="nodes">\n';
    for (const node of graph.nodes) {
        const classes = ['node', `kind-${node.kind}`, node.errors.length > 0 ? 'error' : ''].filter(Boolean).join(' ');
        out += `<g class="${classes}" data-node-id="${escapeXml(node.id)}"${sourceAttributes(node.source)} transform="translate(${num(node.x)},${num(node.y)})">`;
        const title = tooltip(node);
        if (title) out += `<title>${escapeXml(title)}</title>`;
        out += `<rect width="${num(node.width)}" height="${num(node.height)}" rx="${node.kind === 'condition' ? 14 : 4}"/>`;
        const top = (node.height - node.label.length * LINE_HEIGHT) / 2 + LINE_HEIGHT - 4;
        node.label.forEach((line, i) => {
            out += `<text x="${num(node.width / 2)}" y="${num(top + i * LINE_HEIGHT)}" text-anchor="middle"${i > 0 ? ' class="secondary"' : ''}>${escapeXml(line)}</text>`;
        });
        out += '</g>\n';
    }
    return out + '</g>\n</svg>\n';
}

const CELL = { width: 44, height: 26 };

/** SVG of the RACI matrix: a grid with one column per domain and rows grouped by org. */
export function renderRaciSvg(view: RaciView): string {
    const rows = view.groups.flatMap(group => group.rows);
    const nameWidth = Math.max(120, ...rows.map(r => textWidth(r.stakeholder) + 24), ...view.groups.map(g => textWidth(g.org) + 24));
    // A child domain's header is indented by its depth in the hierarchy: `› Child`, `› › Grandchild`.
    const headerText = (d: RaciView['domains'][number]) => `${'› '.repeat(d.depth ?? 0)}${d.name}`;
    const columnWidths = view.domains.map(d => Math.max(CELL.width, Math.ceil(textWidth(headerText(d)) * 1.1) + 24));
    const headerHeight = 34;
    const height = headerHeight + (rows.length + view.groups.length) * CELL.height + 20;
    const width = nameWidth + columnWidths.reduce((a, b) => a + b, 0) + 20;
    let out = open(width, height, 'raci');
    let x = 10 + nameWidth;
    out += '<g class="header">';
    view.domains.forEach((domain, i) => {
        const classes = ['node', 'domain', domain.errors.length > 0 ? 'error' : ''].filter(Boolean).join(' ');
        out += `<g class="${classes}" data-node-id="domain:${escapeXml(domain.name)}"${sourceAttributes(domain.source)}>`;
        const tooltip = [...(domain.parent ? [`part of ${domain.parent}`] : []), ...domain.errors];
        if (tooltip.length > 0) out += `<title>${escapeXml(tooltip.join('\n'))}</title>`;
        out += `<rect x="${num(x)}" y="10" width="${num(columnWidths[i])}" height="${headerHeight - 10}" rx="3"/>`;
        out += `<text class="title" x="${num(x + columnWidths[i] / 2)}" y="${headerHeight - 8}" text-anchor="middle">${escapeXml(headerText(domain))}</text></g>`;
        x += columnWidths[i];
    });
    out += '</g>\n';
    let y = headerHeight;
    for (const group of view.groups) {
        out += `<g class="org"><text x="14" y="${num(y + CELL.height - 8)}">${escapeXml(group.org)}</text></g>\n`;
        y += CELL.height;
        for (const row of group.rows) {
            out += `<g class="node row" data-node-id="stakeholder:${escapeXml(row.stakeholder)}"${sourceAttributes(row.source)}>`;
            if (row.title) out += `<title>${escapeXml(row.title)}</title>`;
            out += `<line class="grid" x1="10" y1="${num(y)}" x2="${num(width - 10)}" y2="${num(y)}"/>`;
            out += `<text x="26" y="${num(y + CELL.height - 8)}">${escapeXml(row.stakeholder)}</text></g>`;
            let cx = 10 + nameWidth;
            row.cells.forEach((roles, i) => {
                if (roles.length > 0) {
                    const main = roles.includes('A') ? 'A' : roles[0];
                    const inherited = row.inherited?.[i] ?? [];
                    out += `<g class="cell${inherited.length > 0 ? ' inherited' : ''}">`;
                    if (inherited.length > 0)
                        out += `<title>${escapeXml(`${inherited.join('/')} inherited from ${view.domains[i].parent ?? 'an ancestor'}`)}</title>`;
                    out += `<rect class="role-${main}" x="${num(cx + 2)}" y="${num(y + 2)}" width="${num(columnWidths[i] - 4)}" height="${CELL.height - 4}" rx="3"/>`;
                    out += `<text x="${num(cx + columnWidths[i] / 2)}" y="${num(y + CELL.height - 8)}" text-anchor="middle">${escapeXml(roles.join('/'))}</text></g>`;
                }
                cx += columnWidths[i];
            });
            out += '\n';
            y += CELL.height;
        }
    }
    return out + '</svg>\n';
}
