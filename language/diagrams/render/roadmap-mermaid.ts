// The roadmap as a Mermaid `gantt` chart (renders in GitHub Markdown): a section per lane
// (per metric for metrics), milestones as zero-length milestones, open issues and blockers
// as bars up to today, red (`crit`) what the SVG draws red. Gantt has no quoted labels, so
// task names are built from declaration names (identifiers) and fixed words only, and are
// still stripped to a safe alphabet.
import type { RoadmapMark, RoadmapView } from '../view-model.js';

/** Keeps the characters a gantt task or section name can always hold. */
function ganttText(text: string): string {
    // `:` ends a task name, `#` and `;` end a line, `%%` starts a comment or directive; a comma
    // would split the description's list.
    return (
        text
            .replace(/[^A-Za-z0-9_ .%-]/g, ' ')
            .replace(/%+/g, '%')
            .replace(/\s+/g, ' ')
            .trim() || 'unnamed'
    );
}

function task(mark: RoadmapMark, id: string): string | undefined {
    if (!mark.date) return undefined;
    // A leading value would make `5% …` look like a comment to Mermaid's gantt lexer: the words come first.
    // The second line adds what the date does not say (`due at Pilot`, `issue since …`).
    const text = ganttText(mark.label[1] && mark.label[1] !== mark.date ? `${mark.label[0]} ${mark.label[1]}` : mark.label[0]);
    const name = /^[0-9]/.test(text) ? `${mark.kind} ${text}` : text;
    const tags = [mark.errors.length > 0 || mark.kind === 'blocker' ? 'crit' : '', mark.kind === 'closed' || mark.kind === 'decided' ? 'done' : ''];
    if (mark.until && mark.until > mark.date) return `    ${name} :${[...tags, 'active'].filter(Boolean).join(', ')}, ${id}, ${mark.date}, ${mark.until}`;
    return `    ${name} :${[...tags, 'milestone'].filter(Boolean).join(', ')}, ${id}, ${mark.date}, 0d`;
}

/** Mermaid `gantt` for the roadmap view; elements without a date are listed in its description. */
export function renderRoadmapMermaid(view: RoadmapView): string {
    const lines = [
        'gantt',
        `    title ${ganttText(view.title)}`,
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %Y',
        // Mermaid's own marker follows the clock of whoever views it: the roadmap's today is a milestone instead.
        '    todayMarker off',
        '    section Today',
        `    today :milestone, t0, ${view.today}, 0d`
    ];
    let count = 0;
    const undated: string[] = [];
    for (const lane of view.lanes) {
        for (const track of lane.tracks) {
            const tasks = track.marks.flatMap(mark => {
                const line = task(mark, `e${count++}`);
                if (!line) undated.push(ganttText(track.header ? `${track.header.name} ${mark.label[0]}` : mark.label[0]));
                return line ? [line] : [];
            });
            // A section without a task would draw an empty row.
            if (tasks.length > 0) lines.push(`    section ${ganttText(track.header ? `${lane.title} ${track.header.name}` : lane.title)}`, ...tasks);
        }
    }
    // Said in the chart's description rather than a `%%` comment: no `%%` ever appears in the output.
    if (undated.length > 0) lines.splice(4, 0, `    accDescr: Not on the chart for want of a date: ${undated.join(', ')}`);
    return lines.join('\n') + '\n';
}
