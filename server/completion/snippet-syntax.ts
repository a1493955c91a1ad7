// LSP snippet syntax (tab stops, placeholders, choices). Values come from the user's files,
// so every character the snippet grammar gives a meaning to is escaped: an unescaped `,` or
// `|` would split or end a choice, a `$` would start a variable.

// Inside a choice `\`, `|`, `,`, `$` and `}` are special; inside a placeholder `\`, `$`, `}`.
const CHOICE_SPECIAL = /[\\|,$}]/g;
const PLACEHOLDER_SPECIAL = /[\\$}]/g;

/** Escapes one value of a snippet choice. */
export function escapeChoice(value: string): string {
    return value.replace(CHOICE_SPECIAL, char => `\\${char}`);
}

/** Escapes the default text of a snippet placeholder. */
export function escapePlaceholder(value: string): string {
    return value.replace(PLACEHOLDER_SPECIAL, char => `\\${char}`);
}

/** `${index:text}`: a tab stop with default text. */
export function placeholder(index: number, text: string): string {
    return `\${${index}:${escapePlaceholder(text)}}`;
}

/** `${index|a,b|}`: a tab stop offering these values; a placeholder when there is only one. */
export function choice(index: number, values: readonly string[]): string {
    if (values.length === 1) return placeholder(index, values[0]);
    return `\${${index}|${values.map(escapeChoice).join(',')}|}`;
}

/** A choice of the values, or a placeholder with the fallback text when there are none. */
export function choiceOr(index: number, values: readonly string[], fallback: string): string {
    return values.length > 0 ? choice(index, values) : placeholder(index, fallback);
}
