// Errors the user can fix (bad flags, unreadable paths): one line on stderr and exit 2.
import { escapeControls } from '../language/text/controls.js';

/** An error reported as `align: <message>`; control characters (say, from a file name) are escaped so it stays one harmless line. */
export class UsageError extends Error {
    constructor(message: string) {
        super(escapeControls(message));
    }
}

/** Exit status of spec §5. */
export const ExitCode = { Ok: 0, Errors: 1, Usage: 2 } as const;
