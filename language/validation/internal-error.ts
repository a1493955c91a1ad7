// A check that throws is a bug in Align, not a finding about the user's text: it is never
// reported under one of the spec's stable codes (least of all `syntax`), and never silently
// dropped either, which would make a broken run look clean.

/** The code of a diagnostic that says Align itself failed while checking a document. */
export const INTERNAL_ERROR_CODE = 'internal-error';

/** The message of such a diagnostic: what failed, and that the findings may be incomplete. */
export function internalErrorMessage(where: string, error: unknown): string {
    const detail = error instanceof Error ? error.message : String(error);
    return `Align failed while ${where} (internal error: ${detail}), so the findings for this file may be incomplete. This is a bug in Align; please report it with the file.`;
}
