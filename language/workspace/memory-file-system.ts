// A file system held in memory: a project as it was at a git revision (`align diff`), and the
// workspaces of the tests. Folders are implied by the file paths, as on disk, which is enough
// for project discovery (spec §6). Pure: no node:fs.
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';

/** Files under their URI strings; folders are implied by the file paths, as on disk. */
export class MemoryFileSystem implements FileSystemProvider {
    /** Texts under their URI strings; tests change them as an editor saves files. */
    readonly files: Map<string, string>;

    constructor(files: Map<string, string> = new Map()) {
        this.files = files;
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString()) || this.readDirectorySync(uri).length > 0;
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const isFile = this.files.has(uri.toString());
        if (!isFile && this.readDirectorySync(uri).length === 0) throw new Error(`no file or folder ${uri.toString()}`);
        return { uri, isFile, isDirectory: !isFile };
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    readDirectorySync(folder: URI): FileSystemNode[] {
        const prefix = folder.toString().replace(/\/?$/, '/');
        const children = new Map<string, boolean>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const [first, ...rest] = file.slice(prefix.length).split('/');
            children.set(prefix + first, rest.length === 0 || children.get(prefix + first) === true);
        }
        return [...children].map(([uri, isFile]) => ({ uri: URI.parse(uri), isFile, isDirectory: !isFile }));
    }

    async readDirectory(folder: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(folder);
    }
}
