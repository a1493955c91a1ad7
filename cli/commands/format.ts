// `align format [paths…] [--check]` (spec §8): lays out every `.align` file as the editor's
// "Format Document" does. Exit 0 when all is well; 1 when --check finds a file to change or a
// file does not parse; 2 on bad usage, an unreadable file, or a failure inside Align.
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createAlignCoreServices } from '../../language/align-module.js';
import { projectFiles } from '../../host/load-workspace.js';
import { SourceFormatter } from '../../formatting/source-formatter.js';
import { displayPath, escapeControls } from '../output.js';
import { refusalToRewrite, resolveLinks, rewriteIfUnchanged } from '../atomic-write.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';

export interface FormatOptions {
    check?: boolean;
}

/** Runs `align format` and returns the exit status. */
export async function runFormat(paths: string[], options: FormatOptions): Promise<number> {
    const formatter = new SourceFormatter();
    // Excluded files (drafts, vendored copies) are not the project's to reformat.
    const files = await projectFiles(paths, createAlignCoreServices(NodeFileSystem).Align.align.Projects);
    let status: number = ExitCode.Ok;
    const worsen = (to: number) => {
        status = Math.max(status, to);
    };
    // A file reached through a symlink is rewritten only when the link stays inside a folder the
    // user named (or is itself a file the user named): never a file elsewhere on the disk.
    const roots = (paths.length > 0 ? paths : ['.']).map(resolveLinks);
    for (const file of files) {
        const shown = escapeControls(displayPath(file));
        const bytes = readBytes(file);
        const original = decode(bytes);
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
                const refusal = refusalToRewrite(file, roots);
                if (refusal) {
                    process.stderr.write(`align: not formatting ${shown}: ${escapeControls(refusal)}; left unchanged\n`);
                    worsen(ExitCode.Usage);
                    continue;
                }
                try {
                    if (!rewriteIfUnchanged(file, result.text, bytes)) {
                        process.stderr.write(`align: ${shown} changed while it was being formatted; left as it is now. Run align format again.\n`);
                        worsen(ExitCode.Usage);
                    }
                } catch (error) {
                    process.stderr.write(`align: cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}; left unchanged\n`);
                    worsen(ExitCode.Usage);
                }
            }
        }
    }
    return status;
}

/** The file's bytes, as read once: formatting and the check before writing both compare against them. */
function readBytes(file: string): Buffer {
    try {
        return readFileSync(file);
    } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
}

/** The text of the bytes, or undefined when they are not valid UTF-8. */
function decode(bytes: Buffer): string | undefined {
    const text = bytes.toString('utf8');
    return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}
