// Credentials for private modules, as git config entries scoped to URL prefixes, and their removal.
// An http.<url>.extraHeader keeps the token out of URLs (and so out of go's and git's error messages);
// git sends it only to URLs under <url>, matched on '/' boundaries.
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { runCommand } from '../go/command.ts'
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

async function git(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return runCommand('git', args, { env: { GIT_TERMINAL_PROMPT: '0' } })
}

/** Adds one extraheader per scope to the global git config; returns what to remove later. */
export async function addGitCredentials(scopes: TokenScope[], user: string, token: string): Promise<GitConfigRecord[]> {
  const value = authorizationHeader(user, token)
  core.setSecret(Buffer.from(`${user}:${token}`).toString('base64'))
  const records: GitConfigRecord[] = []
  for (const scope of scopes) {
    const key = extraHeaderKey(scope)
    const result = await git(['config', '--global', '--add', key, value])
    if (result.exitCode !== 0) {
      throw new Error(`git config --global --add ${key} failed: ${result.stderr.trim()}`)
    }
    records.push({ key, valueSha256: sha256(value) })
    core.info(`git sends the private-token to ${scope.url}/… (pattern ${scope.pattern}).`)
  }
  return records
}

/**
 * Removes exactly the entries addGitCredentials wrote, and a section it leaves empty; anything the
 * user had is left as it was.
 */
export async function removeGitCredentials(records: GitConfigRecord[]): Promise<number> {
  let removed = 0
  for (const record of records) {
    const current = await git(['config', '--global', '--get-all', record.key])
    const values = current.exitCode === 0 ? current.stdout.split('\n').filter((v) => v !== '') : []
    for (const value of values) {
      if (sha256(value) !== record.valueSha256) continue
      const unset = await git(['config', '--global', '--fixed-value', '--unset-all', record.key, value])
      if (unset.exitCode === 0) removed++
      else core.warning(`Could not remove ${record.key} from the global git config: ${unset.stderr.trim()}`)
    }
    const section = record.key.slice(0, record.key.lastIndexOf('.'))
    const left = await git(['config', '--global', '--get-regexp', `^${escapeRegExp(section)}\\.`])
    if (left.exitCode !== 0 || left.stdout.trim() === '') {
      await git(['config', '--global', '--remove-section', section])
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
