// Validation checks registry that reports a throwing check under INTERNAL_ERROR_CODE instead
// of Langium's default (an uncoded error that the CLI and editor would show as `syntax`).
import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor } from 'langium';
import { INTERNAL_ERROR_CODE, internalErrorMessage } from './internal-error.js';

export class AlignValidationRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => MaybePromise<void>, messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            console.error(`Align: a check failed on ${node.$type}:`, error);
            accept('error', internalErrorMessage(`checking this ${node.$type.toLowerCase()}`, error), { node, code: INTERNAL_ERROR_CODE });
        }
    }
}
