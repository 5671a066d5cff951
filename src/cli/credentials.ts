// The private-token entries the command's main phase wrote into the global git config, as its
// record for the post phase holds them (GIT_CREDENTIALS_STATE). They are removed by the post phase's
// own removal, exactly once, whichever way the command ends; only a main phase that succeeded can
// hand them over to a later `go-mod-precache cleanup` (--keep-credentials).
import * as core from '../host/log.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { errorMessage } from '../errors.ts'
import type { GitConfigRecord } from '../private/gitconfig.ts'
import { removePrivateCredentials } from '../private/setup.ts'

/** Where --keep-credentials leaves the record of what cleanup removes. */
export function keptCredentialsFile(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME || path.join(os.homedir(), '.local', 'state')
  return path.join(base, 'go-mod-precache', 'credentials.json')
}

export interface OwnCredentials {
  /** Removes them; a later call waits for the first and removes nothing more. Never throws. */
  remove(): Promise<void>
  /** Hands them over to `cleanup`; false when there are none. */
  keep(): Promise<boolean>
  /** Whether keep handed them over. */
  readonly kept: boolean
}

/** The entries as `saved` returns them from the record (JSON, '' for none), read when needed: on a
 * signal, the entries written by then are all there are. */
export function ownCredentials(saved: () => string): OwnCredentials {
  let removal: Promise<void> | undefined
  let kept = false
  return {
    get kept() {
      return kept
    },
    remove() {
      removal ??= removeSaved(saved()).catch((err: unknown) => core.warning(`The private-token may be left in the global git config: ${errorMessage(err)}`))
      return removal
    },
    async keep() {
      const records = saved()
      if (records === '') return false
      const file = keptCredentialsFile(process.env)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, records, { mode: 0o600 })
      kept = true
      return true
    }
  }
}

/** The entries as the state records them (JSON); '' for none. */
async function removeSaved(saved: string): Promise<void> {
  if (saved !== '') await removePrivateCredentials(JSON.parse(saved) as GitConfigRecord[])
}
