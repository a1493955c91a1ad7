// Checks of the flags several commands share, worded once.
import { parseDate } from '../language/model/literals.js';
import { UsageError } from '../host/usage-error.js';

/** Refuses a `--today` that is not a real date written YYYY-MM-DD. */
export function checkToday(today: string | undefined): void {
    if (today !== undefined && !parseDate(today).ok) {
        throw new UsageError(`--today takes a real date as YYYY-MM-DD, not '${today}'`);
    }
}
