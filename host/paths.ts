// Small questions about paths on disk that the host's readers share.
import { statSync } from 'node:fs';

/** True when the path is a folder (following links); false when it is anything else or nothing. */
export function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
