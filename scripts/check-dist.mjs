// Fails when the committed dist/ differs from a fresh build of src/.
import * as esbuild from 'esbuild'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { buildOptions } from '../build.mjs'

async function listFiles(dir) {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)))
  }
  return out.sort()
}

const result = await esbuild.build({ ...buildOptions, write: false })
const fresh = new Map(result.outputFiles.map((f) => [path.relative('dist', f.path), f.text]))
let committed = []
try {
  committed = await listFiles('dist')
} catch {
  // no dist/ at all: every fresh file is missing
}
const problems = []
for (const [name, text] of fresh) {
  let current
  try {
    current = await readFile(path.join('dist', name), 'utf8')
  } catch {
    problems.push(`missing: dist/${name}`)
    continue
  }
  if (current !== text) problems.push(`differs: dist/${name}`)
}
for (const name of committed) if (!fresh.has(name)) problems.push(`not built from src: dist/${name}`)
if (problems.length > 0) {
  console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`dist/ is up to date (${fresh.size} files)`)
