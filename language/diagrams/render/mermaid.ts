// Mermaid flowchart text (renders in GitHub Markdown). Ids are sanitized to n0, n1, …;
// every piece of text is a quoted label passed through `mermaidLabel`, so no document text
// can close a label, start a statement or carry a `%%{init}%%` directive.
import type { GraphView, RaciView } from '../view-model.js';
import { showBidiControls } from '../../text/bidi.js';

// Mermaid scans the whole text for `%%` directives before parsing labels, and reads shape
// brackets, pipes, quotes and `;` (a statement end) even inside some labels: every such
// character becomes an entity. `#` too, so that text like `#123;` stays literal.
const MERMAID_SPECIAL = /[%{}"'`#<>&|[\]();]/g;
// A line break inside a label would end the statement; other control characters are noise.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Escapes a label for a double-quoted Mermaid string. */
export function mermaidLabel(text: string): string {
    return showBidiControls(text)
        .replace(MERMAID_SPECIAL, char => `#${char.charCodeAt(0)};`)
        .replace(CONTROL, ' ');
}

/** Mermaid `flowchart LR` for a decision-flow or escalation view. */
export function renderGraphMermaid(view: GraphView): string {
    const ids = new Map(view.nodes.map((node, i) => [node.id, `n${i}`]));
    const lines = ['flowchart LR'];
    for (const node of view.nodes) {
        const label = node.label.map(mermaidLabel).join('<br/>');
        lines.push(node.kind === 'condition' ? `    ${ids.get(node.id)}{{"${label}"}}` : `    ${ids.get(node.id)}["${label}"]`);
    }
    view.edges.forEach(edge => {
        const arrow = edge.dashed ? '-.->' : '-->';
        const label = edge.label ? `|"${mermaidLabel(edge.label)}"|` : '';
        lines.push(`    ${ids.get(edge.from)} ${arrow}${label} ${ids.get(edge.to)}`);
    });
    lines.push('    classDef error stroke:#d64545,stroke-width:3px,fill:#fde8e8');
    const errorNodes = view.nodes.filter(n => n.errors.length > 0).map(n => ids.get(n.id));
    if (errorNodes.length > 0) lines.push(`    class ${errorNodes.join(',')} error`);
    const errorEdges = view.edges.map((e, i) => (e.error ? i : -1)).filter(i => i >= 0);
    if (errorEdges.length > 0) lines.push(`    linkStyle ${errorEdges.join(',')} stroke:#d64545,stroke-width:2px`);
    return lines.join('\n') + '\n';
}

/** Mermaid for the RACI view: stakeholders grouped by org, linked to domains by their roles. */
export function renderRaciMermaid(view: RaciView): string {
    const lines = ['flowchart LR'];
    const domainId = (i: number) => `d${i}`;
    view.groups.forEach((group, g) => {
        lines.push(`    subgraph o${g}["${mermaidLabel(group.org)}"]`);
        group.rows.forEach((row, r) => lines.push(`        s${g}_${r}["${mermaidLabel(row.stakeholder)}"]`));
        lines.push('    end');
    });
    view.domains.forEach((domain, i) => lines.push(`    ${domainId(i)}[("${mermaidLabel(domain.name)}")]`));
    view.groups.forEach((group, g) =>
        group.rows.forEach((row, r) =>
            row.cells.forEach((roles, i) => {
                if (roles.length > 0) lines.push(`    s${g}_${r} -->|"${mermaidLabel(roles.join('/'))}"| ${domainId(i)}`);
            })
        )
    );
    return lines.join('\n') + '\n';
}
