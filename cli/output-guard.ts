// Where the CLI may write a picture or a report: never over a source file. A file written over
// an `.align` file or another input destroys the user's work, under any name it is reached by.
import { realpathSync, statSync } from 'node:fs';
import { displayPath } from './output.js';
import { UsageError } from '../host/usage-error.js';

/** Refuses an empty `-o` and any `-o` naming an `.align` file. */
export function refuseSourceName(output: string): void {
    if (output === '') throw new UsageError('-o needs a file name');
    // Case-insensitive because on case-insensitive file systems X.ALIGN is the same file as x.align.
    if (output.toLowerCase().endsWith('.align')) throw new UsageError(`refusing to write ${output}: -o must not name an .align file`);
}

/** Refuses an `-o` that is one of the inputs, also through a symlink (same real path) or a hard link (same inode). */
export function refuseInputFile(output: string, inputs: string[]): void {
    const target = identify(output);
    if (!target) return;
    const input = inputs.find(file => {
        const source = identify(file);
        return source !== undefined && (source.real === target.real || source.inode === target.inode);
    });
    if (input) throw new UsageError(`refusing to write ${output}: it is the input file ${displayPath(input)}`);
}

function identify(path: string): { real: string; inode: string } | undefined {
    try {
        const stats = statSync(path);
        return { real: realpathSync(path), inode: `${stats.dev}:${stats.ino}` };
    } catch {
        return undefined; // a file that does not exist yet cannot be an input
    }
}
