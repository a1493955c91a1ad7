// Mermaid flowchart text (renders in GitHub Markdown). Ids are sanitized to n0, n1, …;
// labels are quoted with Mermaid's entity codes so no text can break out of them.
import type { GraphView, RaciView } from '../view-model.js';

/** Escapes a label for a double-quoted Mermaid string. */
export function mermaidLabel(text: string): string {
    return text.replace(/[#"<>&`]/g, char => `#${char.charCodeAt(0)};`).replace(/[\r\n]+/g, ' ');
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
    const errorEdges = view.edges.map((e, i) => e.error ? i : -1).filter(i => i >= 0);
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
    view.groups.forEach((group, g) => group.rows.forEach((row, r) => row.cells.forEach((roles, i) => {
        if (roles.length > 0) lines.push(`    s${g}_${r} -->|"${roles.join('/')}"| ${domainId(i)}`);
    })));
    return lines.join('\n') + '\n';
}
