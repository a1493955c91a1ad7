// The examples/ folders, read when the playground is built (scripts/build-playground.mjs).
declare module 'align-examples' {
    /** One example project: its folder name and its .align files joined into one model text. */
    export interface Example {
        id: string;
        text: string;
    }
    export const EXAMPLES: Example[];
}
