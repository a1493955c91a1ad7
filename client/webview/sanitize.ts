// Defence in depth: the renderer escapes all text, and the webview still removes anything
// executable or external from a picture before showing it.

/** Parses SVG text and returns a cleaned copy ready to insert, or undefined if it is not SVG. */
export function sanitizeSvg(svgText: string, nonce: string): SVGSVGElement | undefined {
    const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = parsed.documentElement;
    if (!root || root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return undefined;
    for (const bad of Array.from(root.querySelectorAll('script, foreignObject, iframe, object, embed, image, a'))) bad.remove();
    for (const element of [...Array.from(root.querySelectorAll('*')), root]) {
        for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.trim().toLowerCase();
            if (name.startsWith('on')) element.removeAttribute(attribute.name);
            else if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) element.removeAttribute(attribute.name);
            else if (value.includes('javascript:')) element.removeAttribute(attribute.name);
        }
    }
    // The Content-Security-Policy admits only styles carrying this page's nonce.
    for (const style of Array.from(root.querySelectorAll('style'))) style.setAttribute('nonce', nonce);
    return document.importNode(root, true) as unknown as SVGSVGElement;
}
