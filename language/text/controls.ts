// Control characters from files, shown as visible escapes wherever text reaches a terminal
// (the CLI's output, its error messages): text from a file must not drive the terminal.
import { showBidiControls } from './bidi.js';

/** Shows control characters as visible escapes (`\x1b`, `\u009b`), so text from files cannot drive the terminal. */
export function escapeControls(text: string): string {
    return showBidiControls(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, c => {
        const code = c.charCodeAt(0);
        return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
