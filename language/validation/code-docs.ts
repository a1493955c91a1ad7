// Every diagnostic code has a documentation page in the repository (spec §8); the editor
// (codeDescription) and SARIF (helpUri) link to the same place, so the address lives here once.

/** Where the pages `CODE.md` live. */
export const DOCS_BASE = 'https://github.com/align-tools/align/blob/main/docs/diagnostics/';

/** The address of the documentation page of a diagnostic code. */
export function docsUrl(code: string): string {
    return `${DOCS_BASE}${encodeURIComponent(code)}.md`;
}
