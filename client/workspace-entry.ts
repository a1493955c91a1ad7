// How a folder entry that VS Code's file system reports is shown to the web server: a pure
// function (no `vscode` import) so the rule is tested exactly as the extension applies it.
import type { WorkspaceEntry } from '../language/protocol.js';

/** VS Code's `FileType` bits (a stable part of its API). */
export const FileTypeBits = { File: 1, Directory: 2, SymbolicLink: 64 } as const;

/**
 * The entry for a name of a given `FileType`. As in the CLI (and ripgrep), a symlinked file is
 * read but a symlinked folder is not entered, so a link loop (`loop -> .`) cannot load every
 * file again and again, or never end.
 */
export function workspaceEntry(uri: string, type: number): WorkspaceEntry {
    return {
        uri,
        isFile: (type & FileTypeBits.File) !== 0,
        isDirectory: (type & FileTypeBits.Directory) !== 0 && (type & FileTypeBits.SymbolicLink) === 0
    };
}
