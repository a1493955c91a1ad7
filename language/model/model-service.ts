// Holds the alignment model of each project of the current build: computed lazily on first
// read after a build, dropped whenever documents change, so every reader of a project sees
// the same instance.
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { AlignProjects, Project } from '../workspace/projects.js';
import { compareUris } from '../workspace/uri-order.js';
import type { AlignmentModel } from './alignment-model.js';
import { buildAlignmentModel } from './build-model.js';

export class AlignmentModelService {
    private readonly cached = new Map<string, AlignmentModel>();
    private readonly lastComplete = new Map<string, AlignmentModel>();
    private readonly shared: LangiumSharedCoreServices;
    private readonly projects: () => AlignProjects;

    constructor(shared: LangiumSharedCoreServices, projects: () => AlignProjects) {
        this.shared = shared;
        this.projects = projects;
        const builder = shared.workspace.DocumentBuilder;
        // Only the projects of changed documents get a new model: an edit in one project
        // leaves every other project's model, and the diagrams drawn from it, as they are.
        builder.onUpdate((changed, deleted) => this.invalidate([...changed, ...deleted]));
        builder.onBuildPhase(DocumentState.Linked, documents => this.invalidate(documents.map(document => document.uri)));
    }

    /** The model of the project that holds this document or file. */
    modelOf(uri: URI | string): AlignmentModel {
        return this.modelOfProject(this.projects().projectOf(uri));
    }

    /**
     * The model of one project. While a build is under way some of its documents are not
     * linked yet; a model of the others would be a partial truth (decisions without their
     * rules), so readers then get the last model built from a complete project.
     */
    modelOfProject(project: Project): AlignmentModel {
        let model = this.cached.get(project.id);
        if (model) return model;
        const documents = this.projectDocuments(project);
        const complete = documents.every(document => document.state >= DocumentState.Linked);
        const previous = this.lastComplete.get(project.id);
        if (!complete && previous) return previous;
        model = buildAlignmentModel(documents.filter(document => document.state >= DocumentState.Linked));
        if (complete) {
            this.cached.set(project.id, model);
            this.lastComplete.set(project.id, model);
        }
        return model;
    }

    /** The model when the workspace is one project (tests, single-folder tools); else the first project's with documents. */
    get model(): AlignmentModel {
        const first = this.shared.workspace.LangiumDocuments.all.toArray().sort((a, b) => compareUris(a.uri.toString(), b.uri.toString()))[0];
        return first ? this.modelOf(first.uri) : buildAlignmentModel([]);
    }

    /** Forgets the models of the projects holding these documents (all models when none given). */
    invalidate(uris?: URI[]): void {
        if (!uris) {
            this.cached.clear();
            return;
        }
        const projects = this.projects();
        for (const uri of uris) this.cached.delete(projects.projectOf(uri).id);
    }

    /** The documents of a project, in file-path order. */
    private projectDocuments(project: Project): LangiumDocument[] {
        const projects = this.projects();
        return (
            this.shared.workspace.LangiumDocuments.all
                .filter(doc => projects.projectOf(doc.uri).id === project.id)
                .toArray()
                // Sorted so that the model, and every diagram drawn from it, is the same for the same files.
                .sort((a, b) => compareUris(a.uri.toString(), b.uri.toString()))
        );
    }
}
