// `align/modelChanged`, fanned out to every view that follows the model (the preview, the
// report). The language client keeps one handler per notification method, so a second
// `onNotification` would silently replace the first: the views subscribe here instead.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ModelChangedNotification, type ModelChangedParams } from '../language/protocol.js';

const emitters = new WeakMap<BaseLanguageClient, vscode.EventEmitter<ModelChangedParams>>();

/** Fires whenever the server says a project's model changed. */
export function modelChanges(client: BaseLanguageClient): vscode.Event<ModelChangedParams> {
    let emitter = emitters.get(client);
    if (!emitter) {
        const created = (emitter = new vscode.EventEmitter<ModelChangedParams>());
        emitters.set(client, created);
        client.onNotification(ModelChangedNotification, params => created.fire(params));
    }
    return emitter.event;
}
