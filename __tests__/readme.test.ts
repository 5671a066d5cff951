import { describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './support/runner.ts'
import { tools } from './support/tools.ts'

interface ActionYml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

/** Rows of the first table after a heading: first cell (without backticks) → second cell. */
function tableAfter(markdown: string, heading: string): Map<string, string> {
  const start = markdown.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no ${heading}`)
  const rows = new Map<string, string>()
  let inTable = false
  for (const line of markdown.slice(start + heading.length + 2).split('\n')) {
    if (line.startsWith('|')) {
      inTable = true
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim())
      if (/^-+$/.test(cells[0] ?? '') || cells[0] === 'name') continue
      rows.set(cells[0].replace(/`/g, ''), (cells[1] ?? '').replace(/`/g, ''))
    } else if (inTable) break
  }
  return rows
}

describe('README', () => {
  it('lists exactly the inputs of action.yml, each with its default', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const yml = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
    const table = tableAfter(readme, '## Inputs')
    expect([...table.keys()].sort()).toEqual(Object.keys(yml.inputs).sort())
    for (const [name, spec] of Object.entries(yml.inputs)) {
      const shown = table.get(name)
      const expected = String(spec.default ?? '')
      if (expected === '') expect(shown).toMatch(/^(\(.*\)|)$/)
      else expect(shown).toBe(expected)
    }
  })

  it('lists exactly the outputs of action.yml', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const yml = parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
    expect([...tableAfter(readme, '## Outputs').keys()].sort()).toEqual(Object.keys(yml.outputs).sort())
  })

  it('names the tar message of two caches of one GOMODCACHE, its fix, and the log line the action prints instead', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const heading = '\n### A module cache that is already there, and `Cannot open: File exists`\n'
    const start = readme.indexOf(heading)
    expect(start).toBeGreaterThan(readme.indexOf('\n## Troubleshooting\n'))
    const passage = readme.slice(start + heading.length, readme.indexOf('\n### ', start + heading.length))
    expect(passage).toContain(': Cannot open: File exists')
    expect(passage).toContain('`cache: false` on actions/setup-go')
    expect(passage).toContain('`cache-state` is `preexisting`')
    const logLine = /the log says\s+`([^`]+)`/.exec(passage)?.[1]
    const source = await readFile(path.join(repoRoot, 'src', 'cache', 'modcache.ts'), 'utf8')
    for (const piece of (logLine ?? '').split('…')) expect([piece, source.includes(piece)]).toEqual([piece, true])
    expect(logLine).toMatch(/already has content/)
  })

  it('gives npm ci && npm test as the whole set-up, as CI runs it, with the tools and versions npm test obtains', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const development = readme.slice(readme.indexOf('\n## Development\n'))
    expect(development).toContain('`npm ci && npm test` is the whole set-up')
    for (const [name, tool] of Object.entries(tools)) {
      if (tool.kind === 'go') expect(development).toContain(`\`${name}\` ${tool.version}`)
      else expect(development).toContain(`\`node-<os>-<arch>@${tool.major}\``)
    }
    const ci = (await readFile(path.join(repoRoot, '.ci', 'run'), 'utf8')).split('\n').filter((l) => !l.trimStart().startsWith('#'))
    const commands = ci.filter((l) => /^\s*(npm|go|node)\b/.test(l)).map((l) => l.trim())
    expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test'])
  })

  it('quotes in its troubleshooting table only messages the action can print', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('\n### Errors, warnings and notices\n'))
    const messages = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!)
    expect(messages.length).toBeGreaterThanOrEqual(10)
    const files = (await readdir(path.join(repoRoot, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'))
    const source = (await Promise.all(files.map((f) => readFile(path.join(repoRoot, 'src', f), 'utf8')))).join('\n')
    for (const message of messages) {
      // '…' stands for what the message fills in.
      for (const piece of message.split('…').map((p) => p.trim()).filter((p) => p !== '')) {
        expect([message, source.includes(piece)]).toEqual([message, true])
      }
    }
  })
})
