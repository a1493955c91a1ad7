// The `align/diagramPng` request: the preview's "Export PNG". The server takes the very SVG
// `align/diagram` drew (same cache, same selection, same today) and rasterises it like
// `align diagram --format png` (bundled font, no browser). The PNG itself is not cached: an
// export is rare, and a picture in base64 is too big to keep around.
import { ResponseError, type Connection } from 'vscode-languageserver';
import { svgToPng } from '../../language/diagrams/render/png.js';
import { DiagramPngRequest, DiagramRequest, type DiagramParams, type DiagramPngResult } from '../../language/protocol.js';
import { checkDiagramParams, type DrawPicture } from './diagram-request.js';
import { loadPngAssets } from '../../host/png-assets.js';

/** Registers `align/diagramPng` on the connection: the SVG the preview shows, rasterised. */
export function registerDiagramPngRequest(connection: Connection, drawPicture: DrawPicture): void {
    connection.onRequest(DiagramPngRequest, async (untrusted: unknown): Promise<DiagramPngResult> => {
        const svg = await drawPicture({ ...checkPngParams(untrusted), format: 'svg' });
        const png = await svgToPng(svg.text, loadPngAssets());
        return { base64: Buffer.from(png).toString('base64') };
    });
}

/** The params of align/diagram, with errors that name this request. */
function checkPngParams(untrusted: unknown): DiagramParams {
    try {
        return checkDiagramParams(untrusted);
    } catch (error) {
        if (!(error instanceof ResponseError)) throw error;
        throw new ResponseError(error.code, error.message.replace(`${DiagramRequest.method}:`, `${DiagramPngRequest.method}:`));
    }
}
