// Reading the PNGs the rasteriser writes, for tests: their size from the header, and their
// pixels decoded by resvg itself (an <image> of the PNG drawn 1:1), so no second decoder is needed.
import { Resvg } from '@resvg/resvg-wasm';

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The RGBA pixels of a PNG, row by row (call after svgToPng has loaded resvg's wasm). */
export function pngPixels(png: Uint8Array): Uint8Array {
    const { width, height } = pngSize(png);
    const wrapper =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
        `<image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
    const resvg = new Resvg(wrapper, { imageRendering: 1 });
    const image = resvg.render();
    const rgba = image.pixels.slice();
    image.free();
    resvg.free();
    return rgba;
}
