// Bundles the three entry points into dist/ as ESM.
// esbuild: it reads TypeScript, JSON (@actions/cache requires its package.json) and CommonJS
// dependencies natively, so one tool replaces rollup and its three plugins, and builds in well under a second.
import * as esbuild from 'esbuild'
import { rm } from 'node:fs/promises'

export const buildOptions = {
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts', 'save-worker': 'src/save-worker.ts' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // @actions/cache tells its errors apart by comparing err.name with ErrorClass.name; without
  // keepNames the bundle renames the classes (_ReserveCacheError) and a save conflict is
  // logged as a warning instead of info.
  keepNames: true,
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a content hash: clear out the old ones so dist/ holds exactly one build.
  await rm('dist', { recursive: true, force: true })
  await esbuild.build(buildOptions)
}
