// The playground page: Monaco with the Align language server in a web worker (the bundle the
// web extension runs), Monaco's own LSP client for diagnostics, completion, hover, quick fixes
// and the rest, the extension's preview beside the editor, an example picker and a share link.
import * as monaco from 'monaco-editor/editor';
import { EXAMPLES } from 'align-examples';
import { MonacoLspClient, createTransportToWorker } from 'monaco-lsp-client';
import { BuildStatusNotification } from '../../language/protocol.js';
import { describeProject } from '../../client/project-status.js';
import { LANGUAGE_ID, registerAlignLanguage } from './align-language.js';
import { AlignTransport } from './align-transport.js';
import { registerLensCommands } from './lens-commands.js';
import { PreviewHost } from './preview-host.js';
import { MODEL_FRAGMENT, fragmentFor, textFromFragment } from './share.js';

/** The one document of the playground. Lower case: Monaco's LSP client lower-cases the URIs it sends. */
const MODEL_URI = monaco.Uri.parse('file:///playground/model.align');
const DEFAULT_EXAMPLE = 'stalemate';
/** The picker's entry for a model that is none of the examples (a shared link, or edited). */
const OWN_MODEL = '';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = byId<HTMLSelectElement>('example');
const shareButton = byId<HTMLButtonElement>('share');
const shareLink = byId<HTMLAnchorElement>('share-link');
const status = byId<HTMLElement>('status');

function say(text: string, isError = false): void {
    status.textContent = text;
    status.classList.toggle('error', isError);
}

// Monaco's editor worker (word ranges, diffs); it must be set before the first editor exists.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker(new URL('editor.worker.js', document.baseURI))
};
registerAlignLanguage();

function exampleText(id: string): string {
    return EXAMPLES.find(example => example.id === id)?.text ?? EXAMPLES[0]?.text ?? '';
}

/** Shows which example the text is, or the own-model entry when it is none of them. */
function syncPicker(text: string): void {
    picker.value = EXAMPLES.find(example => example.text === text)?.id ?? OWN_MODEL;
}

function fillPicker(): void {
    const own = new Option('Your model', OWN_MODEL);
    own.disabled = true;
    picker.append(own, ...EXAMPLES.map(example => new Option(example.id, example.id)));
}

const initialText = (await textFromFragment(window.location.hash)) ?? exampleText(DEFAULT_EXAMPLE);
const model = monaco.editor.createModel(initialText, LANGUAGE_ID, MODEL_URI);
const editor = monaco.editor.create(byId('editor'), {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true
});
fillPicker();
syncPicker(initialText);

/** Replaces the whole text as one edit, so Undo brings the previous model back. */
function load(text: string): void {
    editor.pushUndoStop();
    editor.executeEdits('playground', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
}

// The language server: the web extension's worker bundle, reached through Monaco's LSP client.
// `localStorage.alignPlaygroundTrace = 1` in the console logs the traffic from the next reload on.
const trace = Boolean(localStorage.getItem('alignPlaygroundTrace'));
const server = new AlignTransport(createTransportToWorker(new Worker(new URL('browser-main.js', document.baseURI))), trace);
new MonacoLspClient(server);
registerLensCommands(editor);
server.onNotification(BuildStatusNotification, ({ busy, projects }) => {
    if (busy) return;
    const project = projects.find(candidate => candidate.files > 0);
    say(project ? describeProject(project).detail : 'Ready');
});
void server.ready.then(() => say('Ready'));

const preview = new PreviewHost(byId<HTMLIFrameElement>('preview'), editor, server, say);
preview.open('preview.html');

picker.addEventListener('change', () => {
    if (picker.value !== OWN_MODEL) load(exampleText(picker.value));
});

/** Puts the model in the address; replaceState: no hashchange event, no history entry per edit. */
async function writeFragment(): Promise<void> {
    history.replaceState(null, '', await fragmentFor(model.getValue()));
}

// An address that carries a model keeps carrying the one on screen, so a reload loses no edit.
let fragmentTimer: ReturnType<typeof setTimeout> | undefined;
model.onDidChangeContent(() => {
    syncPicker(model.getValue());
    shareLink.hidden = true;
    clearTimeout(fragmentTimer);
    if (window.location.hash.startsWith(MODEL_FRAGMENT)) fragmentTimer = setTimeout(() => void writeFragment(), 400);
});

shareButton.addEventListener('click', async () => {
    clearTimeout(fragmentTimer);
    await writeFragment();
    shareLink.href = window.location.href;
    shareLink.textContent = window.location.href;
    shareLink.hidden = false;
    try {
        await navigator.clipboard.writeText(window.location.href);
        say('Link copied: it carries the whole model.');
    } catch {
        say('Copy the link: it carries the whole model.');
    }
});

// A shared link pasted into this tab's address bar.
window.addEventListener('hashchange', async () => {
    const text = await textFromFragment(window.location.hash);
    if (text !== undefined && text !== model.getValue()) load(text);
});

// For debugging from the console, and for the browser test (test/playground/playground.test.ts).
Object.assign(window, { alignPlayground: { monaco, editor, model } });
