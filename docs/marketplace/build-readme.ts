// Writes the README the .vsix ships: docs/marketplace/README.md with its pictures inlined as
// data: URIs. VS Code shows an installed extension's README in a webview that loads only
// https: and data: images, and resolves nothing against the extension's folder, so a relative
// path to a packaged picture shows as a broken image there (and on the Marketplace, since the
// package names no repository for vsce to rewrite paths against).
// Usage: tsx docs/marketplace/build-readme.ts SOURCE TARGET
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MEDIA_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** Relative targets of Markdown images, `![alt](target)`, in order. */
export function relativeImages(markdown: string): string[] {
    return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(match => match[1]).filter(target => !/^[a-z][\w+.-]*:/i.test(target));
}

/** The Markdown with every relative image replaced by a data: URI of the file it names (relative to `folder`). */
export function inlineImages(markdown: string, folder: string): string {
    return markdown.replace(/(!\[[^\]]*\]\()([^)\s]+)/g, (whole, open: string, target: string) => {
        if (/^[a-z][\w+.-]*:/i.test(target)) return whole; // https:, data:: already loadable
        const type = MEDIA_TYPES[extname(target).toLowerCase()];
        // VS Code refuses SVG in an extension's README; better to fail the build than ship a hole.
        if (!type) throw new Error(`${target}: only PNG, JPEG and GIF pictures can be inlined`);
        const bytes = readFileSync(resolve(folder, decodeURI(target)));
        return `${open}data:${type};base64,${bytes.toString('base64')}`;
    });
}

/** Reads SOURCE, inlines its pictures and writes TARGET. */
export function buildReadme(source: string, target: string): void {
    const markdown = readFileSync(source, 'utf8');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, inlineImages(markdown, dirname(source)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    const [source, target] = process.argv.slice(2);
    if (!source || !target) {
        console.error('usage: tsx docs/marketplace/build-readme.ts SOURCE TARGET');
        process.exit(2);
    }
    buildReadme(source, target);
}
