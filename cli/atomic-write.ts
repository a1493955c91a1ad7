// Every file the CLI writes goes through here: never half-written (a temporary file beside the
// target, then a rename), never over a source, never through a link to somewhere else, never
// over a file that changed since it was read or that its owner made read-only. See
// docs/security.md for what Align writes and what it never will.
import {
    chmodSync,
    chownSync,
    closeSync,
    fsyncSync,
    linkSync,
    lstatSync,
    openSync,
    readFileSync,
    readlinkSync,
    realpathSync,
    renameSync,
    statSync,
    unlinkSync,
    writeSync,
    type Stats
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { displayPath } from './output.js';
import { refuseInputFile, refuseSourceName } from './output-guard.js';
import { UsageError } from '../host/usage-error.js';

/** Writes a picture or a report to `-o`: refused when it is, or links to, an `.align` file or an input. */
export function writeOutput(output: string, data: string | Uint8Array, inputs: string[]): void {
    const { target, existing } = refuseOutput(output, inputs);
    try {
        replaceAtomically(target, data, existing);
    } catch (error) {
        throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}`);
    }
}

/** Refuses an `-o` that Align must not write (checked before the work, and again before writing). */
export function refuseOutput(output: string, inputs: string[]): { target: string; existing?: Stats } {
    refuseSourceName(output);
    refuseInputFile(output, inputs);
    const target = resolveLinks(output);
    // A link named out.html that points at an .align file (an input or not) must not turn it into HTML.
    if (target !== resolve(output) && target.toLowerCase().endsWith('.align')) {
        throw new UsageError(`refusing to write ${output}: it links to the .align file ${displayPath(target)}`);
    }
    let existing: Stats | undefined;
    try {
        existing = statSync(target);
    } catch {
        existing = undefined; // a new file
    }
    if (existing?.isDirectory()) throw new UsageError(`cannot write ${output}: it is a folder`);
    if (existing && !existing.isFile()) throw new UsageError(`cannot write ${output}: it is not a regular file`);
    if (existing && isReadOnly(existing)) throw new UsageError(`refusing to write ${output}: it is read-only`);
    return { target, existing };
}

/** Why a formatted file may not be written back, or undefined when it may. */
export function refusalToRewrite(file: string, allowedRoots: string[]): string | undefined {
    let stats: Stats;
    try {
        stats = statSync(file);
    } catch (error) {
        return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
    }
    if (isReadOnly(stats)) return 'it is read-only';
    if (lstatSync(file).isSymbolicLink()) {
        const real = realpathSync(file);
        const inside = allowedRoots.some(root => real === root || real.startsWith(root.endsWith('/') ? root : `${root}/`));
        if (!inside) return `it links to ${displayPath(real)}, outside the folder given`;
    }
    return undefined;
}

/**
 * Replaces `file` with `text` only if its bytes are still `original`: an edit made while Align
 * worked (an editor saving, a line appended) must win, not be lost. Returns false when the file
 * changed. The window between the check and the rename is the rename itself.
 */
export function rewriteIfUnchanged(file: string, text: string, original: Uint8Array): boolean {
    const target = realpathSync(file);
    const stats = statSync(target);
    const now = readFileSync(target);
    if (!now.equals(original)) return false;
    replaceAtomically(target, text, stats);
    return true;
}

/** True when nobody may write the file: no write bit at all, or not writable by this user. */
function isReadOnly(stats: Stats): boolean {
    if ((stats.mode & 0o222) === 0) return true; // root could write it, but its owner said no
    const uid = process.getuid?.();
    if (uid === undefined || uid === 0) return false;
    if (stats.uid === uid) return (stats.mode & 0o200) === 0;
    const groups = process.getgroups?.() ?? [];
    if (groups.includes(stats.gid)) return (stats.mode & 0o020) === 0;
    return (stats.mode & 0o002) === 0;
}

/** The path with every symlink resolved, also when the last link dangles (then: where it points). */
export function resolveLinks(path: string): string {
    const absolute = resolve(path);
    try {
        return realpathSync(absolute);
    } catch {
        // Not there yet: its folder may still be a link; resolve that and keep the name.
        try {
            const folder = realpathSync(dirname(absolute));
            const inFolder = join(folder, basename(absolute));
            try {
                // A dangling link is written through by open(), so its target is what counts.
                if (lstatSync(inFolder).isSymbolicLink()) return resolve(folder, readlinkSync(inFolder));
            } catch {
                /* nothing there */
            }
            return inFolder;
        } catch {
            return absolute;
        }
    }
}

// A crash or a full disk mid-write must never leave a half-written file: the new text goes to a
// temporary file beside the target (same file system, so the rename is atomic), which then
// replaces it, with the original's mode and, where allowed, its owner and group.
/**
 * Creates a new file (an import's output, a decision record): whole or not at all, and never
 * over anything that exists at that name, even if it appeared a moment ago.
 */
export function createNewFile(target: string, data: string | Uint8Array, shownAs = target): void {
    const temporary = temporaryBeside(target);
    try {
        writeFlushed(temporary, data, 0o666);
        // A hard link fails when the name exists, where a rename would replace it.
        linkSync(temporary, target);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(
            code === 'EEXIST'
                ? `refusing to overwrite ${shownAs}: it exists, and a created file never replaces one`
                : `cannot write ${shownAs}: ${code ?? 'unwritable'}`
        );
    } finally {
        try {
            unlinkSync(temporary);
        } catch {
            /* never created */
        }
    }
}

/** A new, unique name beside the target, hidden, for a file being written. */
function temporaryBeside(target: string): string {
    return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Creates `path` (never an existing one), writes all of `data` and flushes it to disk. */
function writeFlushed(path: string, data: string | Uint8Array, mode: number): void {
    const fd = openSync(path, 'wx', mode);
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
        // Without this, a power cut after the rename could leave the new name on an empty file.
        fsyncSync(fd);
    } finally {
        closeSync(fd);
    }
}

function replaceAtomically(target: string, data: string | Uint8Array, original: Stats | undefined): void {
    const temporary = temporaryBeside(target);
    try {
        writeFlushed(temporary, data, original ? original.mode & 0o7777 : 0o666);
        if (original) {
            // The mode given to open is reduced by the umask; the original's permissions should survive.
            chmodSync(temporary, original.mode & 0o7777);
            try {
                chownSync(temporary, original.uid, original.gid);
            } catch {
                /* only root may give a file away; an unprivileged user's own file keeps its owner anyway */
            }
        }
        renameSync(temporary, target);
    } catch (error) {
        try {
            unlinkSync(temporary);
        } catch {
            /* never created, or already renamed */
        }
        throw error;
    }
}
