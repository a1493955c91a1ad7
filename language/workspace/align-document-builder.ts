// Every `.align` file shares one namespace and the alignment model spans all of them, so a
// change anywhere (a new rule, a renamed stakeholder, a deleted file) can change the
// diagnostics of every other file: relink and revalidate them all.
import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';

export class AlignDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(_document: LangiumDocument, _changedUris: Set<string>): boolean {
        return true;
    }
}
