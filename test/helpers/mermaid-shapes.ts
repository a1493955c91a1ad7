// The only line shapes Align's Mermaid output may have: document text only ever sits inside
// a quoted label made of text and entity codes (and our own `<br/>`).

/** A label that holds no character Mermaid reads as syntax. */
export const MERMAID_LABEL = String.raw`(?:[^"{}%\[\]()|<>\`'#;&\u0000-\u001f]|#\d+;|<br/>)*`;

/** Every allowed line of a graph or RACI flowchart. */
export const MERMAID_LINE_SHAPES: RegExp[] = [
    /^flowchart LR$/,
    new RegExp(String.raw`^ {4}n\d+\["${MERMAID_LABEL}"\]$`),
    new RegExp(String.raw`^ {4}n\d+\{\{"${MERMAID_LABEL}"\}\}$`),
    new RegExp(String.raw`^ {4}n\d+ (-->|-\.->)(\|"${MERMAID_LABEL}"\|)? n\d+$`),
    /^ {4}classDef error [a-z:#0-9,-]+$/,
    /^ {4}class n\d+(,n\d+)* error$/,
    /^ {4}linkStyle \d+(,\d+)* [a-z:#0-9,-]+$/,
    new RegExp(String.raw`^ {4}subgraph o\d+\["${MERMAID_LABEL}"\]$`),
    new RegExp(String.raw`^ {8}s\d+_\d+\["${MERMAID_LABEL}"\]$`),
    /^ {4}end$/,
    new RegExp(String.raw`^ {4}d\d+\[\("${MERMAID_LABEL}"\)\]$`),
    new RegExp(String.raw`^ {4}s\d+_\d+ -->\|"${MERMAID_LABEL}"\| d\d+$`)
];
