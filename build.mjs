// Bundles the entry points (the action's main and post steps, the save worker, the command) into dist/ as ESM.
// esbuild: it reads TypeScript, JSON and CommonJS
// dependencies natively, so one tool replaces rollup and its three plugins, and builds in well under a second.
import * as esbuild from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chmod, rm } from 'node:fs/promises'
import { parse } from 'yaml'

/** action.yml's inputs for the command's flags and --help: one source, so they cannot disagree. */
const actionInputs = Object.entries(parse(readFileSync(new URL('./action.yml', import.meta.url), 'utf8')).inputs).map(([name, spec]) => ({
  name,
  default: spec.default === undefined ? '' : String(spec.default),
  description: String(spec.description ?? '')
}))

/**
 * @actions/glob logs through @actions/core, which prints workflow commands
 * on standard output: they log through the host chosen instead, as the pipeline does (in the
 * command, standard output is for --print-env alone).
 */
const librariesLogToHost = {
  name: 'libraries-log-to-host',
  setup(build) {
    const log = fileURLToPath(new URL('./src/host/log.ts', import.meta.url))
    build.onResolve({ filter: /^@actions\/core$/ }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]glob[\\/]/.test(args.importer) ? { path: log } : undefined
    )
  }
}

export const buildOptions = {
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts', 'save-worker': 'src/save-worker.ts', cli: 'src/bin.ts' },
  bundle: true,
  platform: 'node',
  // The action runs on node24; the command on Node 22.21 and later (src/cli/floor.ts), whose entry
  // (src/bin.ts) any older Node can still parse, to say so.
  target: 'node22',
  format: 'esm',
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // Libraries tell errors apart by comparing err.name with ErrorClass.name; without keepNames
  // the bundle renames the classes (_ErrorClass) and such a comparison fails.
  keepNames: true,
  logLevel: 'warning',
  // One undici: @actions/http-client (through @actions/core) asks for 6.x only for its ProxyAgent,
  // whose API 7.x keeps; two copies cost the main step ~0.9 MB more to parse at every start.
  alias: { undici: fileURLToPath(new URL('./node_modules/undici', import.meta.url)) },
  define: { __ACTION_INPUTS__: JSON.stringify(actionInputs) },
  plugins: [librariesLogToHost],
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a content hash: clear out the old ones so dist/ holds exactly one build.
  await rm('dist', { recursive: true, force: true })
  await esbuild.build(buildOptions)
  await chmod('dist/cli.js', 0o755)
}
