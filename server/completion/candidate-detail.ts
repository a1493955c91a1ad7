// The line beside a proposed name: its kind and title, so that `CIO` reads as
// `stakeholder · "Chief Information Officer"` and two kinds of name are told apart.
import type { AstNode } from 'langium';
import { kindWord } from '../../language/references/reference-kinds.js';
import { plainLine } from '../../language/text/markdown.js';

/** `stakeholder · "Title"`, or just the kind when the declaration has no title. */
export function candidateDetail(type: string, node: AstNode | undefined): string {
    const title = node && 'title' in node && typeof node.title === 'string' ? plainLine(node.title).trim() : '';
    return title ? `${kindWord(type)} · "${title}"` : kindWord(type);
}
