// Saving an exported picture: a save dialog, then "Saved — Open" so the user sees the result.
import * as vscode from 'vscode';

const FILTERS = { svg: { 'SVG image': ['svg'] }, png: { 'PNG image': ['png'] } };

/** Asks where to save, writes the bytes, and offers to open the file; returns where it went. */
export async function saveDiagram(bytes: Uint8Array, format: 'svg' | 'png', baseName: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const safeName = baseName.replace(/[^\w.-]+/g, '-');
    const target = await vscode.window.showSaveDialog({
        filters: FILTERS[format],
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${safeName}.${format}`) : undefined,
        saveLabel: `Export ${format.toUpperCase()}`
    });
    if (!target) return undefined;
    if (/\.align$/i.test(target.path)) {
        void vscode.window.showErrorMessage('Align: a picture is never written over an .align file. Choose another name.');
        return undefined;
    }
    await vscode.workspace.fs.writeFile(target, bytes);
    const name = target.path.split('/').pop() ?? target.path;
    void vscode.window.showInformationMessage(`Saved ${name}`, 'Open').then(choice => {
        if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
    return target;
}
