// `duplicate-name`: the workspace has one namespace, so a name may be declared once.
import type { ValidationAcceptor } from 'langium';
import type { Workspace } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { isIn, kindOf, locationOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports every declaration of this document whose name is declared elsewhere too. */
export function checkDuplicateNames(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const [name, declarations] of model.declarationsByName) {
        if (declarations.length < 2) continue;
        for (const declaration of declarations.filter(d => isIn(d, workspace))) {
            const others = declarations.filter(d => d !== declaration).map(d => `${kindOf(d)} at ${locationOf(d)}`);
            accept('error', `The name ${name} is declared more than once: this ${kindOf(declaration)} and the ${others.join(', the ')}. Names are shared by every file of the workspace; rename one of them.`,
                { node: declaration, property: 'name', code: DiagnosticCode.DuplicateName });
        }
    }
}
