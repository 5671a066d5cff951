import path from 'node:path'
import { OFFLINE, outputLines, runGo } from './command.ts'

export interface VerifyResult {
  ok: boolean
  /** What go mod verify said when it found a problem. */
  detail: string
}

/** `go mod verify` in each root: are the module cache's files still what go.sum says? */
export async function verifyModules(workingDirectory: string, roots: string[]): Promise<VerifyResult> {
  for (const root of roots) {
    const result = await runGo(['mod', 'verify'], { cwd: path.resolve(workingDirectory, root), env: OFFLINE })
    if (result.exitCode !== 0) {
      return { ok: false, detail: verifyDetail(result.stdout + result.stderr) }
    }
  }
  return { ok: true, detail: '' }
}

/** The first lines of what go mod verify printed, on one line. */
export function verifyDetail(output: string): string {
  return outputLines(output.trim()).slice(0, 5).join('; ')
}
