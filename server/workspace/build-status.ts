// `align/buildStatus`: the language status item shows each project's files, errors and
// warnings, and a spinner while a build runs. A typing burst starts a build per keystroke,
// so "busy" is said once per busy spell and the counts once the builds have settled.
import { DocumentState, type Disposable, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { AlignProjects, Project } from '../../language/workspace/projects.js';
import { BuildStatusNotification, type BuildStatusParams, type ProjectStatus } from '../../language/protocol.js';
import type { AlignServices } from '../align-services.js';

/** How long the builds must stay quiet before the counts are sent. */
export const BUILD_STATUS_DELAY_MS = 150;

const ERROR = 1;
const WARNING = 2;

/** Each project that holds a document or has a config, with its counts; sorted by root. */
export function projectStatuses(documents: Iterable<LangiumDocument>, projects: AlignProjects): ProjectStatus[] {
    const statuses = new Map<string, ProjectStatus>();
    const statusOf = (project: Project): ProjectStatus => {
        let status = statuses.get(project.id);
        if (!status) {
            // A config problem is an error of the project too, published on align.config.json.
            status = { root: project.id, name: project.name, files: 0, errors: project.problems.length, warnings: 0 };
            statuses.set(project.id, status);
        }
        return status;
    };
    for (const project of projects.configuredProjects()) statusOf(project);
    for (const document of documents) {
        const status = statusOf(projects.projectOf(document.uri));
        status.files++;
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.severity === ERROR) status.errors++;
            else if (diagnostic.severity === WARNING) status.warnings++;
        }
    }
    return [...statuses.values()].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

/** Sends `busy: true` when builds start after a quiet spell, and the counts once they settle for `delayMs`. */
export function watchBuildStatus(
    shared: LangiumSharedCoreServices,
    projects: AlignProjects,
    send: (params: BuildStatusParams) => void,
    delayMs = BUILD_STATUS_DELAY_MS
): Disposable {
    const builder = shared.workspace.DocumentBuilder;
    let busy = false;
    let last: ProjectStatus[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            timer = undefined;
            busy = false;
            last = projectStatuses(shared.workspace.LangiumDocuments.all, projects);
            send({ busy: false, projects: last });
        }, delayMs);
    };
    const started = builder.onUpdate((changed, deleted) => {
        clearTimeout(timer);
        timer = undefined;
        if (!busy) {
            busy = true;
            // The last counts go along, so the item keeps showing them under the spinner.
            send({ busy: true, projects: last });
        }
        // An update that only deletes may leave nothing to validate, so no phase would end the
        // spell: it settles on its own unless a validation follows.
        if (changed.length === 0 && deleted.length > 0) settle();
    });
    const validated = builder.onBuildPhase(DocumentState.Validated, settle);
    return {
        dispose() {
            clearTimeout(timer);
            started.dispose();
            validated.dispose();
        }
    };
}

/** Sends `align/buildStatus` to the client as builds start and settle. */
export function registerBuildStatus(connection: Connection, shared: LangiumSharedCoreServices, Align: AlignServices): Disposable {
    return watchBuildStatus(shared, Align.align.Projects, params => void connection.sendNotification(BuildStatusNotification, params));
}
