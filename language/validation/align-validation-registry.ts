// Validation checks registry that reports a throwing check under INTERNAL_ERROR_CODE instead
// of Langium's default (an uncoded error that the CLI and editor would show as `syntax`).
// Align's checks are synchronous: a check that returns no promise is not wrapped in one, so a
// build of 100k lines does not allocate and await a promise per check and node.
import { isOperationCancelled, ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { INTERNAL_ERROR_CODE, internalErrorMessage } from './internal-error.js';

export class AlignValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return ((node: AstNode, accept: ValidationAcceptor, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as MaybePromise<void>;
                return result instanceof Promise ? result.catch(error => this.report(error, node, accept)) : undefined;
            } catch (error) {
                this.report(error, node, accept);
                return undefined;
            }
        }) as ValidationCheck;
    }

    protected override async handleException(
        functionality: () => MaybePromise<void>,
        _messageContext: string,
        accept: ValidationAcceptor,
        node: AstNode
    ): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            this.report(error, node, accept);
        }
    }

    private report(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
        if (isOperationCancelled(error)) throw error;
        console.error(`Align: a check failed on ${node.$type}:`, error);
        accept('error', internalErrorMessage(`checking this ${node.$type.toLowerCase()}`, error), { node, code: INTERNAL_ERROR_CODE });
    }
}
