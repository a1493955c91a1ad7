// What a name may look like, as the grammar's ID terminal says: letters, digits and `_`,
// with single inner hyphens (`D-042`), never starting with a digit.

const NAME = /^[A-Za-z_](-?[A-Za-z0-9_])*$/;

/** True when the text can be used as a declaration's name. */
export function isValidName(text: string): boolean {
    return NAME.test(text);
}
