// Captures what the real go prints when a go.mod, go.work or go.sum is wrong, into
// __tests__/go/fixtures/file-faults.json, the texts src/go/filefault.ts is tested with.
// Run: node __tests__/support/capture-file-faults.ts (with the go to capture first on PATH).
// The scratch directory is written as $WORK, as go's own test scripts write it.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goEnv, removeTree, runGo, writeModule } from './fixtures.ts'

export interface FaultCase {
  name: string
  /** Files of the project, relative to $WORK/project. */
  files: Record<string, string>
  /** Where go ran, relative to $WORK/project. */
  cwd: string
  args: string[]
  env?: Record<string, string>
  stderr: string
}

const mod = (name: string, extra = '') => `module example.com/${name}\n\ngo 1.22\n${extra}`
const dep = '\nrequire example.com/dep v1.0.0\n'
const download = ['mod', 'download', '-json']

const CASES: Omit<FaultCase, 'stderr'>[] = [
  { name: 'work-use-missing-dir', files: { 'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./missing\n)\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-use-missing-dir-from-module', files: { 'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./missing\n)\n', 'a/go.mod': mod('a') }, cwd: 'a', args: download },
  { name: 'work-use-dir-without-go-mod', files: { 'go.work': 'go 1.22\n\nuse ./a\nuse ./empty\n', 'a/go.mod': mod('a'), 'empty/README': 'x\n' }, cwd: '.', args: download },
  { name: 'work-use-missing-dir-graph', files: { 'go.work': 'go 1.22\n\nuse ./a\nuse ./missing\n', 'a/go.mod': mod('a') }, cwd: '.', args: ['mod', 'graph'] },
  { name: 'mod-unknown-directive', files: { 'go.mod': mod('m', '\nfrobnicate x\n') }, cwd: '.', args: download },
  { name: 'mod-require-without-version', files: { 'go.mod': mod('m', '\nrequire example.com/x\n') }, cwd: '.', args: download },
  { name: 'mod-require-block-without-version', files: { 'go.mod': mod('m', '\nrequire (\n\texample.com/x v1.0.0\n\texample.com/y\n)\n') }, cwd: '.', args: download },
  { name: 'mod-invalid-go-version', files: { 'go.mod': 'module example.com/m\n\ngo 1.22.x\n' }, cwd: '.', args: download },
  { name: 'mod-unterminated-block', files: { 'go.mod': 'module example.com/m\n\ngo 1.22\nrequire (\n\texample.com/x v1.0.0\n' }, cwd: '.', args: download },
  { name: 'mod-two-errors', files: { 'go.mod': mod('m', '\nfrobnicate x\nrequire example.com/x\n') }, cwd: '.', args: download },
  { name: 'mod-no-module-line', files: { 'go.mod': 'go 1.22\n' }, cwd: '.', args: download },
  { name: 'mod-invalid-toolchain-local', files: { 'go.mod': mod('m', '\ntoolchain bogus\n') }, cwd: '.', args: download },
  { name: 'mod-invalid-toolchain-auto', files: { 'go.mod': mod('m', '\ntoolchain bogus\n') }, cwd: '.', args: download, env: { GOTOOLCHAIN: 'auto' } },
  { name: 'mod-replace-missing-dir', files: { 'go.mod': mod('m', `${dep}\nreplace example.com/dep => ../nowhere\n`) }, cwd: '.', args: download },
  { name: 'mod-offline-graph', files: { 'go.mod': mod('m', '\nfrobnicate x\n') }, cwd: '.', args: download, env: { GOPROXY: 'off', GONOPROXY: 'none.invalid', GOVCS: '*:off' } },
  { name: 'work-unknown-directive', files: { 'go.work': 'go 1.22\n\nuse ./a\nfrobnicate x\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-unknown-directive-from-module', files: { 'go.work': 'go 1.22\n\nuse ./a\nfrobnicate x\n', 'a/go.mod': mod('a') }, cwd: 'a', args: download },
  { name: 'work-require', files: { 'go.work': 'go 1.22\n\nuse ./a\nrequire example.com/x v1.0.0\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-replace-usage', files: { 'go.work': 'go 1.22\n\nuse ./a\nreplace example.com/x =>\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-invalid-go-version', files: { 'go.work': 'go 1.22.x\n\nuse ./a\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-unterminated-block', files: { 'go.work': 'go 1.22\n\nuse (\n./a\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-module-unknown-directive', files: { 'go.work': 'go 1.22\n\nuse ./a\n', 'a/go.mod': mod('a', 'bogus\n') }, cwd: '.', args: download },
  { name: 'work-module-no-module-line', files: { 'go.work': 'go 1.22\n\nuse ./a\n', 'a/go.mod': 'go 1.22\n' }, cwd: '.', args: download },
  { name: 'work-module-spaced-unknown-directive', files: { 'go.work': 'go 1.22\n\nuse "./my mod"\n', 'my mod/go.mod': mod('a', 'bogus\n') }, cwd: '.', args: download },
  { name: 'work-use-spaced-missing-dir', files: { 'go.work': 'go 1.22\n\nuse ./a\nuse "./no dir"\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-use-twice', files: { 'go.work': 'go 1.22\n\nuse ./a\nuse a\n', 'a/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-same-module-twice', files: { 'go.work': 'go 1.22\n\nuse ./a\nuse ./b\n', 'a/go.mod': mod('a'), 'b/go.mod': mod('a') }, cwd: '.', args: download },
  { name: 'work-module-needs-newer-go-line', files: { 'go.work': 'go 1.21\n\nuse ./a\n', 'a/go.mod': 'module example.com/a\n\ngo 1.22\n' }, cwd: '.', args: download },
  { name: 'sum-malformed', files: { 'go.mod': mod('m', dep), 'go.sum': 'example.com/dep v1.0.0/go.mod\n' }, cwd: '.', args: download },
  { name: 'work-sum-malformed', files: { 'go.work': 'go 1.22\n\nuse ./a\n', 'a/go.mod': mod('a', dep), 'go.work.sum': 'example.com/dep v1.0.0/go.mod\n' }, cwd: '.', args: download },
  { name: 'mod-require-path-mismatch', files: { 'go.mod': mod('m', '\nrequire example.com/liar v1.0.0\n') }, cwd: '.', args: download },
  // Not a file's fault: a version go must look up, and the lookup fails.
  { name: 'lookup-refused', files: { 'go.mod': mod('m', '\nrequire example.com/dep v1\n') }, cwd: '.', args: download, env: { GOPROXY: 'http://127.0.0.1:1' } },
  { name: 'lookup-offline', files: { 'go.mod': mod('m', '\nrequire example.com/dep v1\n') }, cwd: '.', args: download, env: { GOPROXY: 'off' } },
  { name: 'lookup-not-found', files: { 'go.mod': mod('m', '\nrequire example.com/absent v1\n') }, cwd: '.', args: download },
  { name: 'sum-malformed-graph', files: { 'go.mod': mod('m', dep), 'go.sum': 'example.com/dep v1.0.0/go.mod\n' }, cwd: '.', args: ['mod', 'graph'] }
]

const work = await mkdtemp(path.join(os.tmpdir(), 'gmp-capture-'))
try {
  const proxy = path.join(work, 'proxy')
  await writeModule(proxy, { path: 'example.com/dep', version: 'v1.0.0' })
  await writeModule(proxy, { path: 'example.com/liar', version: 'v1.0.0', files: { 'go.mod': 'module example.com/other\n\ngo 1.22\n' } })
  const captured: FaultCase[] = []
  for (const c of CASES) {
    const project = path.join(work, 'project')
    await removeTree(project)
    for (const [file, text] of Object.entries(c.files)) {
      await mkdir(path.dirname(path.join(project, file)), { recursive: true })
      await writeFile(path.join(project, file), text)
    }
    const env = goEnv(path.join(work, 'go'), { GOPROXY: `file://${proxy}`, GOWORK: undefined, ...c.env })
    const result = await runGo(c.args, { cwd: path.join(project, c.cwd), env })
    if (result.code === 0) throw new Error(`${c.name}: go ${c.args.join(' ')} succeeded`)
    captured.push({ ...c, stderr: result.stderr.split(work).join('$WORK') })
  }
  const version = (await runGo(['env', 'GOVERSION'], { cwd: work, env: goEnv(path.join(work, 'go')) })).stdout.trim()
  const out = path.join(import.meta.dirname, '..', 'go', 'fixtures', 'file-faults.json')
  await writeFile(out, `${JSON.stringify({ go: version, cases: captured }, null, 2)}\n`)
  console.log(`${captured.length} cases from ${version} in ${out}`)
} finally {
  await removeTree(work)
}
