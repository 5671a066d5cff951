// A process a test starts and watches while it runs: its output so far, and how it ended.
import { spawn } from 'node:child_process'

export function start(program: string, args: string[], options: { cwd: string; env: Record<string, string> }) {
  const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  const out = { stdout: '', stderr: '' }
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  return { child, out, ended }
}

/** Polls until ok() holds; a generous limit, for a loaded machine. */
export async function until(what: string, ok: () => boolean, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
