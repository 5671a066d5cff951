// The types of build.mjs, for the scripts that reuse its options.
export declare const buildOptions: import('esbuild').BuildOptions & { define: Record<string, string> }
