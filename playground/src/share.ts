// The share link: the model text in the URL fragment, so it never reaches a server. The text
// is deflated (CompressionStream) and written in base64url: the stalemate example (3,700
// characters) takes about 2,000 characters of address, well within what browsers accept.
/** How a fragment carrying a model starts. */
export const MODEL_FRAGMENT = '#model=';

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
    return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, char => char.charCodeAt(0));
}

/** The fragment (`#model=…`) that carries this model text. */
export async function fragmentFor(text: string): Promise<string> {
    const packed = await transform(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
    return `${MODEL_FRAGMENT}${toBase64Url(packed)}`;
}

/** The model text a fragment carries; undefined when it carries none or cannot be read. */
export async function textFromFragment(fragment: string): Promise<string | undefined> {
    if (!fragment.startsWith(MODEL_FRAGMENT)) return undefined;
    try {
        const bytes = await transform(fromBase64Url(fragment.slice(MODEL_FRAGMENT.length)), new DecompressionStream('deflate-raw'));
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return undefined;
    }
}
