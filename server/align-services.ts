// Wires the language server: Langium's LSP services, the Align language core and the
// LSP-only features of server/ (hover, code lens, completion, …).
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { AlignModule, AlignSharedModule, type AlignAddedServices } from '../language/align-module.js';
import { AlignGeneratedModule, AlignGeneratedSharedModule } from '../language/generated/module.js';
import { registerAlignValidationChecks } from '../language/validation/align-validator.js';

export type AlignServices = LangiumServices & AlignAddedServices;

/** LSP-only features of the server. */
export const AlignLspModule: Module<AlignServices, PartialLangiumServices> = {
};

/** Creates the shared and language services of the Align language server. */
export function createAlignServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Align: AlignServices } {
    const shared = inject(createDefaultSharedModule(context), AlignGeneratedSharedModule, AlignSharedModule);
    const Align = inject(createDefaultModule({ shared }), AlignGeneratedModule, AlignModule, AlignLspModule);
    shared.ServiceRegistry.register(Align);
    registerAlignValidationChecks(Align);
    return { shared, Align };
}
