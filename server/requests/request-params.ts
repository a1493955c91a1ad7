// Checks of what a client sends with Align's own requests: a request with bad parameters gets
// an InvalidParams error naming the method and the problem, never an exception from deep inside.
import { URI } from 'langium';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/** The error a request answers bad parameters with. */
export function invalid(method: string, problem: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${problem}`);
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so `{}` does not find `uri` on Object.prototype. */
export function own(record: Record<string, unknown>, key: string): unknown {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The params as an object, or the error saying which object was expected. */
export function paramsObject(method: string, params: unknown, shape: string): Record<string, unknown> {
    if (!isRecord(params)) throw invalid(method, `params must be an object ${shape}`);
    return params;
}

/** A document's URI string, one that parses. */
export function checkUri(method: string, uri: unknown): string {
    if (typeof uri !== 'string' || uri.length === 0) throw invalid(method, 'uri must be the URI string of a document');
    try {
        // vscode-uri throws on some strings (`file:////x`): a precise answer beats an internal error.
        URI.parse(uri);
    } catch {
        throw invalid(method, `uri is not a URI: '${uri.length > 40 ? `${uri.slice(0, 40)}…` : uri}'`);
    }
    return uri;
}

/** A non-empty string parameter. */
export function checkName(method: string, key: string, value: unknown): string {
    if (typeof value !== 'string' || value.length === 0) throw invalid(method, `${key} must be a non-empty string`);
    return value;
}

/** The params of a request that names only a document: `{ uri }`. */
export function uriParams(method: string, params: unknown): { uri: string } {
    return { uri: checkUri(method, own(paramsObject(method, params, '{ uri }'), 'uri')) };
}
