import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FaultCase } from '../support/capture-file-faults.ts'
import { fileFaultMessage, fileFaultOf, type FileFault } from '../../src/go/filefault.ts'

// What go 1.26 printed for each project (see __tests__/support/capture-file-faults.ts).
const captured = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'file-faults.json'), 'utf8')) as {
  go: string
  cases: FaultCase[]
}
const stderrOf = (name: string): string => {
  const c = captured.cases.find((x) => x.name === name)
  if (c === undefined) throw new Error(`no captured case ${name}`)
  return c.stderr
}

type Expected = Pick<FileFault, 'file'> & { said: RegExp; fix: RegExp; dir?: string }
const printed = (file: string, line?: number) => ({ printed: file, ...(line === undefined ? {} : { line }) })
const syntaxFix = /^correct that line as go says/
const directiveFix = /^correct or delete that line; a directive of a newer Go needs that Go/

const faults: [string, Expected][] = [
  ['work-use-missing-dir', { file: { inUse: 'go.work' }, dir: 'missing', said: /^a use directive names \{dir\}, which has no go\.mod \(go: cannot load module missing listed in go\.work file/, fix: /^delete \{dir\} from the use directives of \{file\}/ }],
  ['work-use-missing-dir-from-module', { file: { inUse: 'go.work' }, dir: '../missing', said: /names \{dir\}/, fix: /^delete \{dir\}/ }],
  ['work-use-dir-without-go-mod', { file: { inUse: 'go.work' }, dir: 'empty', said: /names \{dir\}, which has no go\.mod/, fix: /^delete \{dir\}/ }],
  ['work-use-missing-dir-graph', { file: { inUse: 'go.work' }, dir: 'missing', said: /names \{dir\}/, fix: /^delete \{dir\}/ }],
  ['mod-unknown-directive', { file: printed('go.mod', 5), said: /^unknown directive: frobnicate$/, fix: directiveFix }],
  ['mod-require-without-version', { file: printed('go.mod', 5), said: /^usage: require module\/path v1\.2\.3$/, fix: syntaxFix }],
  ['mod-require-block-without-version', { file: printed('go.mod', 7), said: /^usage: require module\/path v1\.2\.3$/, fix: syntaxFix }],
  ['mod-invalid-go-version', { file: printed('go.mod', 3), said: /^invalid go version '1\.22\.x': must match format 1\.23\.0$/, fix: syntaxFix }],
  ['mod-unterminated-block', { file: printed('go.mod', 6), said: /^syntax error \(unterminated block started at .*go\.mod:4:1\)$/, fix: syntaxFix }],
  ['mod-two-errors', { file: printed('go.mod', 5), said: /^unknown directive: frobnicate; line 6: usage: require module\/path v1\.2\.3$/, fix: directiveFix }],
  ['mod-no-module-line', { file: printed('go.mod'), said: /^missing module declaration$/, fix: /^add a module line .*go mod edit -module=/ }],
  ['mod-invalid-toolchain-local', { file: printed('go.mod', 5), said: /^invalid toolchain version 'bogus'/, fix: syntaxFix }],
  ['mod-invalid-toolchain-auto', { file: printed('go.mod'), said: /^invalid toolchain "bogus" in go\.mod$/, fix: /^write the toolchain line as a release such as go1\.23\.0/ }],
  ['mod-replace-missing-dir', { file: { inUse: 'go.work or go.mod' }, dir: '$WORK/nowhere', said: /^a replace directive sends example\.com\/dep@v1\.0\.0 to \{dir\}, which has no go\.mod/, fix: /^check out \{dir\} before this step, or correct the replace directive for example\.com\/dep@v1\.0\.0 \(=> \.\.\/nowhere\) in \{file\}$/ }],
  ['mod-require-path-mismatch', { file: { inUse: 'go.work or go.mod' }, said: /^example\.com\/liar@v1\.0\.0 declares its path as example\.com\/other$/, fix: /^require example\.com\/other instead, and commit \{file\}/ }],
  ['mod-offline-graph', { file: printed('go.mod', 5), said: /^unknown directive: frobnicate$/, fix: directiveFix }],
  ['work-unknown-directive', { file: printed('go.work', 4), said: /^unknown directive: frobnicate$/, fix: directiveFix }],
  ['work-unknown-directive-from-module', { file: printed('../go.work', 4), said: /^unknown directive: frobnicate$/, fix: directiveFix }],
  ['work-require', { file: printed('go.work', 4), said: /^unknown directive: require$/, fix: directiveFix }],
  ['work-replace-usage', { file: printed('go.work', 4), said: /^usage: replace module\/path \[v1\.2\.3\] => other\/module v1\.4 or replace module\/path \[v1\.2\.3\] => \.\.\/local\/directory$/, fix: syntaxFix }],
  ['work-invalid-go-version', { file: printed('go.work', 1), said: /^invalid go version '1\.22\.x'/, fix: syntaxFix }],
  ['work-unterminated-block', { file: printed('go.work', 5), said: /^syntax error \(unterminated block/, fix: syntaxFix }],
  ['work-module-unknown-directive', { file: printed('a/go.mod', 4), said: /^unknown directive: bogus$/, fix: directiveFix }],
  ['work-module-no-module-line', { file: printed('a/go.mod'), said: /^missing module declaration$/, fix: /^add a module line/ }],
  ['work-module-spaced-unknown-directive', { file: printed('my mod/go.mod', 4), said: /^unknown directive: bogus$/, fix: directiveFix }],
  ['work-use-spaced-missing-dir', { file: { inUse: 'go.work' }, dir: 'no dir', said: /^a use directive names \{dir\}, which has no go\.mod/, fix: /^delete \{dir\}/ }],
  ['work-use-twice', { file: printed('go.work', 4), said: /appears multiple times in workspace$/, fix: /^delete the repeated use directive$/ }],
  ['work-same-module-twice', { file: { inUse: 'go.work' }, said: /^module example\.com\/a appears multiple times in workspace$/, fix: /^keep one use directive in \{file\} for a directory of module example\.com\/a/ }],
  ['work-module-needs-newer-go-line', { file: { inUse: 'go.work' }, said: /^module a listed in go\.work file requires go >= 1\.22, but go\.work lists go 1\.21$/, fix: /^raise the go line of \{file\} to 1\.22 \(`go work use` does it\)/ }],
  ['sum-malformed', { file: printed('$WORK/project/go.sum', 1), said: /^wrong number of fields 2$/, fix: /^delete that line \(or the whole go\.sum\), run `go mod tidy`/ }],
  ['work-sum-malformed', { file: printed('$WORK/project/go.work.sum', 1), said: /^wrong number of fields 2$/, fix: /^delete that line \(or the whole go\.work\.sum: go writes the lines it needs again\)/ }],
  ['sum-malformed-graph', { file: printed('$WORK/project/go.sum', 1), said: /^wrong number of fields 2$/, fix: /go mod tidy/ }]
]

describe(`fileFaultOf, over what ${captured.go} printed`, () => {
  it('has a captured text for every expectation, and an expectation for every captured fault', () => {
    const lookups = captured.cases.filter((c) => c.name.startsWith('lookup-')).map((c) => c.name)
    expect(captured.cases.map((c) => c.name).sort()).toEqual([...faults.map(([name]) => name), ...lookups].sort())
  })

  it.each(faults)('%s: names the file, the line go gave, and the fix', (name, expected) => {
    const fault = fileFaultOf(stderrOf(name))
    expect(fault).toBeDefined()
    expect(fault?.file).toEqual(expected.file)
    expect(fault?.dir).toBe(expected.dir)
    expect(fault?.said).toMatch(expected.said)
    expect(fault?.fix).toMatch(expected.fix)
  })

  it.each(['lookup-refused', 'lookup-offline', 'lookup-not-found'])(
    '%s: a version go failed to look up is not a file fault, so it is retried as before',
    (name) => {
      expect(stderrOf(name)).toMatch(/^go: errors parsing go\.mod:\ngo\.mod:5: /)
      expect(fileFaultOf(stderrOf(name))).toBeUndefined()
    }
  )

  it('reads the same faults in the words of Windows, where a missing file is ERROR_FILE_NOT_FOUND or ERROR_PATH_NOT_FOUND', () => {
    // The captured POSIX texts with Windows' own message for the error and its separators.
    const windows = (name: string, text: string) =>
      stderrOf(name).replace('no such file or directory', text).replace(/\$WORK\/nowhere\/go\.mod/, 'C:\\a\\nowhere\\go.mod')
    expect(fileFaultOf(windows('work-use-missing-dir', 'The system cannot find the file specified.'))?.dir).toBe('missing')
    expect(fileFaultOf(windows('mod-replace-missing-dir', 'The system cannot find the path specified.'))?.dir).toBe('C:\\a\\nowhere')
    const sum = stderrOf('sum-malformed').replace('$WORK/project/go.sum', 'D:\\a\\repo\\go.sum')
    expect(fileFaultOf(sum)?.file).toEqual({ printed: 'D:\\a\\repo\\go.sum', line: 1 })
  })

  it('finds nothing in a proxy failure', () => {
    expect(fileFaultOf('go: example.com/m@v1.0.0: reading https://proxy.example/example.com/m/@v/v1.0.0.zip: 503 Service Unavailable\n')).toBeUndefined()
  })
})

describe('fileFaultMessage', () => {
  it('names the file with its line, the directory, and the fix, in one sentence each', () => {
    const fault = fileFaultOf(stderrOf('work-use-missing-dir'))!
    expect(fileFaultMessage(fault, { file: 'app/go.work', dir: 'app/missing' })).toBe(
      'go cannot use app/go.work: a use directive names app/missing, which has no go.mod (go: cannot load module missing listed in go.work file: open missing/go.mod: no such file or directory). ' +
        'Fix: delete app/missing from the use directives of app/go.work, or commit the go.mod of the module that belongs there. ' +
        'Not retried: no download fixes a file. Nothing was saved to the cache.'
    )
  })

  it('puts the line go gave after the file', () => {
    const fault = fileFaultOf(stderrOf('mod-unknown-directive'))!
    expect(fileFaultMessage(fault, { file: 'app/go.mod' })).toMatch(/^go cannot use app\/go\.mod:5: unknown directive: frobnicate\. Fix: correct or delete that line/)
  })
})
