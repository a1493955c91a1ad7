// `duplicate-name`: the workspace has one namespace, so a name may be declared once.
import type { ValidationAcceptor } from 'langium';
import type { Workspace } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';
import { kindOf, locationOf, RELATED_LIMIT, relatedAt } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/**
 * Reports every declaration of this document whose name is declared elsewhere too. The
 * message names the first few other copies and counts the rest; the others are linked as
 * related locations (up to RELATED_LIMIT), so a name declared 5,000 times costs 5,000 short
 * diagnostics, not 5,000 messages of 5,000 places each.
 */
export function checkDuplicateNames(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const declaration of workspace.declarations) {
        if (!declaration.name) continue;
        const declarations = model.declarationsByName.get(declaration.name);
        if (!declarations || declarations.length < 2) continue;
        const others = [];
        for (const other of declarations) {
            if (other === declaration) continue;
            others.push(other);
            if (others.length >= RELATED_LIMIT) break;
        }
        const total = declarations.length - 1;
        const places = listing(
            others.map(d => `the ${kindOf(d)} at ${locationOf(d, declaration)}`),
            total
        );
        accept(
            'error',
            `The name ${nameOf(declaration)} is declared more than once (${declarations.length} times): this ${kindOf(declaration)} and ${places}. Names are shared by every file of the workspace; rename all but one.`,
            {
                node: declaration,
                property: 'name',
                code: DiagnosticCode.DuplicateName,
                relatedInformation: others.flatMap(d => relatedAt(d, `${nameOf(declaration)} is also declared here (${kindOf(d)})`))
            }
        );
    }
}
