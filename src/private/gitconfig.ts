// Credentials for private modules, as git config entries scoped to URL prefixes, and their removal.
// An http.<url>.extraHeader keeps the token out of URLs (and so out of go's and git's error messages);
// git sends it only to URLs under <url>, matched on '/' boundaries.
import * as core from '../host/log.ts'
import { createHash } from 'node:crypto'
import { runCommand } from '../go/command.ts'
import { findGit } from './git.ts'
import type { TokenScope } from './scopes.ts'

/** What the post step needs to remove an entry: its key and a hash of its value, never the value. */
export interface GitConfigRecord {
  key: string
  valueSha256: string
}

export function authorizationHeader(user: string, token: string): string {
  return `Authorization: Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`
}

export function extraHeaderKey(scope: TokenScope): string {
  return `http.${scope.url}.extraheader`
}

async function git(command: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return runCommand(command, args, { env: { GIT_TERMINAL_PROMPT: '0' } })
}

/**
 * `git config --get-all` output: one value a line. Lines may end in CRLF (git for Windows, or a
 * wrapper in between), and a value kept with its '\r' would never match the hash of what was added.
 */
export function parseConfigValues(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((v) => v !== '')
}

export interface AddOptions {
  /** The git to run (gitForCredentials' answer); default: the one on PATH. */
  git?: string
  /**
   * Called with every record so far after each entry is written, so that one written before a later
   * one failed is still known to the post step.
   */
  onAdded?: (records: GitConfigRecord[]) => void
}

/** Adds one extraheader per scope to the global git config; returns what to remove later. */
export async function addGitCredentials(scopes: TokenScope[], user: string, token: string, options: AddOptions = {}): Promise<GitConfigRecord[]> {
  const value = authorizationHeader(user, token)
  core.setSecret(Buffer.from(`${user}:${token}`).toString('base64'))
  const command = options.git ?? 'git'
  const records: GitConfigRecord[] = []
  for (const scope of scopes) {
    const key = extraHeaderKey(scope)
    const result = await git(command, ['config', '--global', '--add', key, value])
    if (result.exitCode !== 0) {
      throw new Error(`git config --global --add ${key} failed: ${result.stderr.trim()}`)
    }
    records.push({ key, valueSha256: sha256(value) })
    options.onAdded?.([...records])
    core.info(`git sends the private-token to ${scope.url}/… (pattern ${scope.pattern}).`)
  }
  return records
}

/**
 * Removes exactly the entries addGitCredentials wrote, and a section it leaves empty; anything the
 * user had is left as it was.
 */
export async function removeGitCredentials(records: GitConfigRecord[]): Promise<number> {
  if (records.length === 0) return 0
  const command = findGit()
  if (command === undefined) {
    core.warning(`No git on PATH: could not remove ${records.map((r) => r.key).join(', ')} from the global git config.`)
    return 0
  }
  let removed = 0
  for (const record of records) {
    const current = await git(command, ['config', '--global', '--get-all', record.key])
    const values = current.exitCode === 0 ? parseConfigValues(current.stdout) : []
    for (const value of values) {
      if (sha256(value) !== record.valueSha256) continue
      const unset = await git(command, ['config', '--global', '--fixed-value', '--unset-all', record.key, value])
      if (unset.exitCode === 0) removed++
      else core.warning(`Could not remove ${record.key} from the global git config: ${unset.stderr.trim()}`)
    }
    const section = record.key.slice(0, record.key.lastIndexOf('.'))
    const left = await git(command, ['config', '--global', '--get-regexp', `^${escapeRegExp(section)}\\.`])
    if (left.exitCode !== 0 || left.stdout.trim() === '') {
      await git(command, ['config', '--global', '--remove-section', section])
    }
  }
  return removed
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
