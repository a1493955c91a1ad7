// Inside a project every `.align` file shares one namespace and the alignment model spans all
// of them, so a change anywhere in a project (a new rule, a renamed stakeholder, a deleted
// file) can change the diagnostics of every file of that project: relink and revalidate them
// all. Another project cannot see the change (names and models never cross projects), so its
// files are left as they are, and the editor republishes nothing for them.
import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { AlignCoreServices } from '../align-module.js';

export class AlignDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const projects = (this.serviceRegistry.all[0] as AlignCoreServices | undefined)?.align.Projects;
        if (!projects) return true;
        const project = projects.projectOf(document.uri).id;
        for (const uri of changedUris) {
            if (projects.projectOf(uri).id === project) return true;
        }
        return super.shouldRelink(document, changedUris);
    }
}
