// The file system of a language server that has no disk (a web worker in VS Code for the
// Web): Langium's workspace loading, project discovery and the fall back to the saved text of
// a closed file all read through the editor, which answers from its own file system. Langium
// asks for files asynchronously, so the synchronous variants are never reached; they say so.
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest } from '../../language/protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    /** A file's text as the editor has it saved. */
    async readFile(uri: URI): Promise<string> {
        return this.connection.sendRequest(ReadFileRequest, { uri: uri.toString() });
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    /** A folder's entries; none when the editor cannot list it (or does not answer the request). */
    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        try {
            const entries = await this.connection.sendRequest(ReadDirectoryRequest, { uri: uri.toString() });
            return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory }));
        } catch {
            return [];
        }
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const parent = URI.parse(uri.toString().replace(/\/[^/]*$/, ''));
        const entry = (await this.readDirectory(parent)).find(node => node.uri.toString() === uri.toString());
        if (!entry) throw new Error(`${uri.toString()} does not exist`);
        return entry;
    }

    async exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(
            () => true,
            () => false
        );
    }

    statSync(uri: URI): FileSystemNode {
        return unavailable(uri);
    }

    existsSync(): boolean {
        return false;
    }

    readFileSync(uri: URI): string {
        return unavailable(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return unavailable(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return unavailable(uri);
    }
}

function unavailable(uri: URI): never {
    throw new Error(`${uri.toString()} can only be read asynchronously through the editor`);
}
