// The only line shapes of the roadmap's gantt chart and the rhythm's flowchart (compare
// test/helpers/mermaid-shapes.ts for the other views). The gantt has no quoted labels at all:
// only declaration names (identifiers), dates and fixed words.
import { MERMAID_LABEL } from '../helpers/mermaid-shapes.js';

/** Every allowed line of the roadmap's `gantt`. */
export const ROADMAP_MERMAID_LINE_SHAPES: RegExp[] = [
    /^gantt$/,
    /^ {4}title Roadmap$/,
    /^ {4}dateFormat YYYY-MM-DD$/,
    /^ {4}axisFormat %b %Y$/,
    /^ {4}todayMarker off$/,
    /^ {4}accDescr: Not on the chart for want of a date: [A-Za-z0-9_ .%,-]+$/,
    /^ {4}section [A-Za-z0-9_ .%-]+$/,
    /^ {4}[A-Za-z_][A-Za-z0-9_ .%-]* :((crit|done), )*(milestone|active), [te]\d+, \d{4}-\d\d-\d\d, (0d|\d{4}-\d\d-\d\d)$/
];

/** Every allowed line of the rhythm's flowchart. */
export const RHYTHM_MERMAID_LINE_SHAPES: RegExp[] = [
    /^flowchart LR$/,
    new RegExp(String.raw`^ {4}subgraph [ot]\d+\["${MERMAID_LABEL}"\]$`),
    /^ {4}end$/,
    new RegExp(String.raw`^ {8}s\d+_\d+\["${MERMAID_LABEL}"\]$`),
    new RegExp(String.raw`^ {8}c\d+\(\["${MERMAID_LABEL}"\]\)$`),
    /^ {4}s\d+_\d+ --> c\d+$/,
    new RegExp(String.raw`^ {4}s\d+_\d+ -\.->\|"${MERMAID_LABEL}"\| c\d+$`),
    /^ {4}classDef error [a-z:#0-9,-]+$/,
    /^ {4}class c\d+(,c\d+)* error$/
];
