// The rhythm view as a Mermaid flowchart: a subgraph per org holding its stakeholders (with
// their forum hours a month), a subgraph per tier holding its cadences, and an arrow from each
// stakeholder to each forum they attend (dotted, labelled, when only a group brings them in).
import type { RhythmView } from '../view-model.js';
import { hoursText } from './rhythm-svg.js';
import { mermaidLabel } from './mermaid.js';

/** Mermaid `flowchart LR` for the rhythm view. */
export function renderRhythmMermaid(view: RhythmView): string {
    const lines = ['flowchart LR'];
    view.groups.forEach((group, g) => {
        lines.push(`    subgraph o${g}["${mermaidLabel(group.org)}"]`);
        group.rows.forEach((row, r) =>
            lines.push(
                `        s${g}_${r}["${mermaidLabel(row.stakeholder)}<br/>${mermaidLabel(row.hours === undefined ? (row.partial ? 'hours unknown' : 'no forum') : `${hoursText(row)} a month`)}"]`
            )
        );
        lines.push('    end');
    });
    let column = 0;
    view.tiers.forEach((tier, t) => {
        lines.push(`    subgraph t${t}["${mermaidLabel(tier.title)}"]`);
        for (const cadence of tier.cadences) lines.push(`        c${column++}(["${cadence.label.map(mermaidLabel).join('<br/>')}"])`);
        lines.push('    end');
    });
    view.groups.forEach((group, g) =>
        group.rows.forEach((row, r) =>
            row.cells.forEach((cell, c) => {
                if (!cell) return;
                if (cell.direct || cell.via.length === 0) lines.push(`    s${g}_${r} --> c${c}`);
                else lines.push(`    s${g}_${r} -.->|"${mermaidLabel(`via ${cell.via.join(', ')}`)}"| c${c}`);
            })
        )
    );
    const errors = view.tiers.flatMap(tier => tier.cadences).flatMap((cadence, c) => (cadence.errors.length > 0 ? [`c${c}`] : []));
    if (errors.length > 0) lines.push('    classDef error stroke:#d64545,stroke-width:3px,fill:#fde8e8', `    class ${errors.join(',')} error`);
    return lines.join('\n') + '\n';
}
