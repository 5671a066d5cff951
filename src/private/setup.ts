import * as core from '../host/log.ts'
import { host } from '../host/host.ts'
import { InputError } from '../errors.ts'
import type { GoEnv } from '../go/env.ts'
import { malformedPatterns, type PrivateModuleEnv } from '../go/patterns.ts'
import { phase } from '../runner.ts'
import { gitForCredentials } from './git.ts'
import { addGitCredentials, removeGitCredentials, type GitConfigRecord } from './gitconfig.ts'
import { mergePatternList, tokenScopes } from './scopes.ts'

/** What the setup needs of the action's options (`private`, `private-user`, `private-token`). */
export interface PrivateOptions {
  /** Module path patterns of private modules (GOPRIVATE syntax). */
  patterns: string[]
  /** The user name git sends with the token. */
  user: string
  /** '' for none: git uses whatever credentials the runner has. */
  token: string
}

export interface PrivateSetup {
  /** What go must be told about private modules: GOPRIVATE merged with the input's patterns. */
  env: PrivateModuleEnv
  records: GitConfigRecord[]
}

/**
 * Exports GOPRIVATE merged with the `private` patterns (GONOPROXY and GONOSUMDB follow it unless
 * set by the user), and, with a token, gives git a credential scoped to each pattern's prefix.
 * `keep` is told the entries written so far after each one, for the post step to remove.
 */
export async function setupPrivateModules(options: PrivateOptions, goEnv: GoEnv, keep: (added: GitConfigRecord[]) => void): Promise<PrivateSetup> {
  const userSet = (name: 'GONOPROXY' | 'GONOSUMDB') => process.env[name] ?? ''
  const patterns = options.patterns
  if (patterns.length === 0) {
    if (options.token !== '') {
      core.warning("Input 'private-token' is set but 'private' is empty: the token is not used. List your private module paths in 'private', such as github.com/acme/*.")
    }
    return { env: { GOPRIVATE: goEnv.GOPRIVATE, GONOPROXY: userSet('GONOPROXY'), GONOSUMDB: userSet('GONOSUMDB') }, records: [] }
  }
  const bad = malformedPatterns(patterns.join(','))
  if (bad.length > 0) {
    throw new InputError(
      `Input 'private' has the malformed pattern(s) ${bad.map((b) => `'${b}'`).join(', ')}; expected module path patterns such as github.com/acme/* or git.corp.example.com, separated by commas or new lines.`
    )
  }
  const goprivate = mergePatternList(goEnv.GOPRIVATE, patterns)
  host().exportVariable('GOPRIVATE', goprivate)
  core.info(`GOPRIVATE=${goprivate}`)
  for (const name of ['GONOPROXY', 'GONOSUMDB'] as const) {
    if (userSet(name) !== '') core.info(`${name} is set (${userSet(name)}) and is left as it is; it does not follow GOPRIVATE.`)
  }

  const { scopes, unscoped } = tokenScopes(patterns)
  let records: GitConfigRecord[] = []
  if (options.token !== '') {
    for (const pattern of unscoped) {
      core.warning(
        `The private pattern '${pattern}' has a wildcard in its host, so private-token cannot be scoped to it and is not sent there. Use a pattern with an exact host (such as git.corp.example.com/*), or configure git credentials for those hosts yourself.`
      )
    }
    if (scopes.length > 0) {
      // Before anything is written: a git that cannot remove the token again gets none.
      const git = await gitForCredentials()
      // Kept after every entry written, so the post step removes even those written before a
      // later one failed.
      records = await addGitCredentials(scopes, options.user, options.token, { git, onAdded: keep })
    }
  } else {
    core.info('No private-token: git fetches private modules with whatever credentials the runner already has.')
  }
  return { env: { GOPRIVATE: goprivate, GONOPROXY: userSet('GONOPROXY'), GONOSUMDB: userSet('GONOSUMDB') }, records }
}

/** The post phase's undo of setupPrivateModules: the entries it kept, no others. */
export async function removePrivateCredentials(records: GitConfigRecord[]): Promise<void> {
  await phase('Remove private-module credentials', async () => {
    const removed = await removeGitCredentials(records)
    core.info(`Removed ${removed} credential entr${removed === 1 ? 'y' : 'ies'} from the global git config.`)
  })
}
