// Dependency-injection wiring of the Align language: the parts shared by the language
// server and the CLI (no LSP, no vscode import).
import {
    EmptyFileSystem,
    inject,
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    type FileSystemProvider,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
    type PartialLangiumSharedCoreServices
} from 'langium';
import { AlignGeneratedModule, AlignGeneratedSharedModule } from './generated/module.js';
import { createRobustParser } from './parser/robust-parser.js';
import { AlignIndexManager, AlignScopeComputation, AlignScopeProvider } from './references/align-scope.js';
import { AlignmentModelService } from './model/model-service.js';
import { DecisionRecords } from './records/decision-records.js';
import { AlignDocumentValidator } from './validation/align-document-validator.js';
import { AlignValidationRegistry } from './validation/align-validation-registry.js';
import { registerAlignValidationChecks, type AlignValidationOptions } from './validation/align-validator.js';
import { AlignDocumentBuilder } from './workspace/align-document-builder.js';
import { AlignDocumentFactory } from './workspace/align-document-factory.js';
import { IncrementalEdits } from './workspace/incremental-edits.js';
import { AlignLinker } from './references/align-linker.js';
import { AlignNameProvider } from './references/align-name-provider.js';
import { AlignReferenceDescriptionProvider } from './references/align-reference-descriptions.js';
import { AlignProjects } from './workspace/projects.js';

/** Shared services added by Align: what the workspace-wide services (builder, workspace manager) need too. */
export type AlignSharedAddedServices = {
    align: {
        /** The projects of the workspace (spec §6): namespaces, configs, excludes. */
        Projects: AlignProjects;
        /** What incremental parses changed, for linking and validation to redo only that. */
        IncrementalEdits: IncrementalEdits;
    };
};

export type AlignSharedCoreServices = LangiumSharedCoreServices & AlignSharedAddedServices;

/** Services added by the Align language on top of Langium's. */
export type AlignAddedServices = {
    align: {
        AlignmentModel: AlignmentModelService;
        /** Mutable options read by validators (today's date, overdue check on/off). */
        ValidationOptions: AlignValidationOptions;
        /** The workspace's projects: the shared service, here for the language's readers. */
        Projects: AlignProjects;
        /** The decision records `record "PATH"` names, read before each validation. */
        DecisionRecords: DecisionRecords;
    };
};

export type AlignCoreServices = LangiumCoreServices & AlignAddedServices & { shared: AlignSharedCoreServices };

/** Language-level overrides shared by server and CLI. */
export const AlignModule: Module<AlignCoreServices, PartialLangiumCoreServices & AlignAddedServices> = {
    align: {
        AlignmentModel: services => new AlignmentModelService(services.shared, () => services.align.Projects),
        ValidationOptions: () => ({ today: undefined, reportOverdue: true }),
        Projects: services => services.shared.align.Projects,
        DecisionRecords: services => new DecisionRecords(services.shared)
    },
    parser: {
        LangiumParser: services => createRobustParser(services)
    },
    references: {
        Linker: services => new AlignLinker(services),
        NameProvider: () => new AlignNameProvider(),
        ScopeComputation: services => new AlignScopeComputation(services),
        ScopeProvider: services => new AlignScopeProvider(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new AlignReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new AlignDocumentValidator(services),
        ValidationRegistry: services => new AlignValidationRegistry(services)
    }
};

/** Shared-level overrides: the projects, and relinking every file when any file changes. */
export const AlignSharedModule: Module<AlignSharedCoreServices, PartialLangiumSharedCoreServices & AlignSharedAddedServices> = {
    workspace: {
        DocumentBuilder: services => new AlignDocumentBuilder(services),
        LangiumDocumentFactory: services => new AlignDocumentFactory(services),
        IndexManager: services => new AlignIndexManager(services)
    },
    align: {
        Projects: services => new AlignProjects(() => services.workspace.FileSystemProvider),
        IncrementalEdits: () => new IncrementalEdits()
    }
};

/** Creates the core services (no language server) for the CLI, tests and diagrams. */
export function createAlignCoreServices(context: { fileSystemProvider?: (services: LangiumSharedCoreServices) => FileSystemProvider } = {}): {
    shared: AlignSharedCoreServices;
    Align: AlignCoreServices;
} {
    const fileSystemProvider = context.fileSystemProvider ?? EmptyFileSystem.fileSystemProvider;
    const shared = inject(createDefaultSharedCoreModule({ fileSystemProvider }), AlignGeneratedSharedModule, AlignSharedModule);
    const Align = inject(createDefaultCoreModule({ shared }), AlignGeneratedModule, AlignModule);
    shared.ServiceRegistry.register(Align);
    registerAlignValidationChecks(Align);
    return { shared, Align };
}
