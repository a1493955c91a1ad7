// `align format [paths…] [--check]` (spec §8): lays out every `.align` file as the editor's
// "Format Document" does. Exit 0 when all is well; 1 when --check finds a file to change or a
// file does not parse; 2 on bad usage, an unreadable file, or a failure inside Align.
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createAlignCoreServices } from '../../language/align-module.js';
import { projectFiles } from '../load-workspace.js';
import { SourceFormatter } from '../formats/format-source.js';
import { displayPath, escapeControls } from '../output.js';
import { ExitCode, UsageError } from '../usage-error.js';

export interface FormatOptions {
    check?: boolean;
}

/** Runs `align format` and returns the exit status. */
export async function runFormat(paths: string[], options: FormatOptions): Promise<number> {
    const formatter = new SourceFormatter();
    // Excluded files (drafts, vendored copies) are not the project's to reformat.
    const files = await projectFiles(paths, createAlignCoreServices(NodeFileSystem).Align.align.Projects);
    let status: number = ExitCode.Ok;
    const worsen = (to: number) => { status = Math.max(status, to); };
    for (const file of files) {
        const shown = escapeControls(displayPath(file));
        const original = read(file);
        if (original === undefined) {
            // Decoding replaced the invalid bytes; writing that text back would destroy them.
            process.stderr.write(`align: ${shown} is not valid UTF-8; left unchanged\n`);
            worsen(ExitCode.Errors);
            continue;
        }
        let result;
        try {
            result = await formatter.format(original, URI.file(file));
        } catch (error) {
            process.stderr.write(`align: internal error while formatting ${shown}: ${escapeControls((error as Error).message)}; left unchanged\n`);
            worsen(ExitCode.Usage);
            continue;
        }
        if (!result.parses) {
            process.stderr.write(`align: ${shown} does not parse; left unchanged\n`);
            worsen(ExitCode.Errors);
        } else if (result.text !== original) {
            if (options.check) {
                process.stdout.write(`${shown}\n`);
                worsen(ExitCode.Errors);
            } else {
                try {
                    writeAtomically(file, result.text);
                } catch (error) {
                    process.stderr.write(`align: cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}; left unchanged\n`);
                    worsen(ExitCode.Usage);
                }
            }
        }
    }
    return status;
}

/** The file's text, or undefined when its bytes are not valid UTF-8. */
function read(file: string): string | undefined {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    const text = bytes.toString('utf8');
    return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}

// A crash or a full disk mid-write must never leave a half-written file: the new text goes to a
// temporary file beside the original (same file system, so the rename is atomic), which then
// replaces it. A symlink is followed, so the shared file it points to is updated, not replaced.
function writeAtomically(file: string, text: string): void {
    const target = realpathSync(file);
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const fd = openSync(temporary, 'wx', statSync(target).mode & 0o7777);
        try {
            writeFileSync(fd, text, 'utf8');
            // Without this, a power cut after the rename could leave the new name on an empty file.
            fsyncSync(fd);
        } finally {
            closeSync(fd);
        }
        // The mode given to open is reduced by the umask; the original's permissions should survive.
        chmodSync(temporary, statSync(target).mode & 0o7777);
        renameSync(temporary, target);
    } catch (error) {
        try { unlinkSync(temporary); } catch { /* never created, or already renamed */ }
        throw error;
    }
}
