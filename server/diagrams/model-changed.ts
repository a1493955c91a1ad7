// `align/modelChanged`: tells the preview that a project's model changed, once per burst of
// builds (typing builds after every keystroke), with a version the diagram result repeats.
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { AlignProjects } from '../../language/workspace/projects.js';
import { ModelChangedNotification } from '../../language/protocol.js';

const QUIET_MS = 150;

export class ModelChangeAnnouncer {
    /** The version of the last finished build. */
    version = 0;
    private readonly changedProjects = new Set<string>();
    private timer: NodeJS.Timeout | undefined;

    constructor(connection: Connection, shared: LangiumSharedServices, projects: AlignProjects) {
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents: LangiumDocument[]) => {
            this.version++;
            for (const document of documents) this.changedProjects.add(projects.projectOf(document.uri).root.toString());
            clearTimeout(this.timer);
            this.timer = setTimeout(() => {
                const params = { version: this.version, projects: [...this.changedProjects].sort() };
                this.changedProjects.clear();
                void connection.sendNotification(ModelChangedNotification, params);
            }, QUIET_MS);
        });
    }
}
