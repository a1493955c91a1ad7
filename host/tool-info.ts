// Who produced a report: the name, version and home page that machine-readable formats name.

declare const ALIGN_VERSION: string | undefined;

/** The package version, set by the bundler (esbuild.mjs); `0.0.0` when run from source. */
export const TOOL_VERSION: string = typeof ALIGN_VERSION === 'string' ? ALIGN_VERSION : '0.0.0';

/** The tool's name as reports show it. */
export const TOOL_NAME = 'align';

/** The tool's home page. */
export const TOOL_HOME = 'https://github.com/align-tools/align';
