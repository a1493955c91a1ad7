// Errors the user can fix (bad flags, unreadable paths): one line on stderr and exit 2.

export class UsageError extends Error {}

/** Exit status of spec §5. */
export const ExitCode = { Ok: 0, Errors: 1, Usage: 2 } as const;
