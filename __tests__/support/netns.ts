// Runs a command in a network and mount namespace of its own, where no packet can leave the
// machine: the only interface is loopback, /etc/resolv.conf names 127.0.0.1 (where a test may
// start its own DNS server, see dns-server.ts) and /etc/hosts knows only localhost, unless told
// more. The files are bind-mounted inside the namespace only: the machine's own stay untouched.
// Needs root (or CAP_SYS_ADMIN); without it this fails, it never falls back to the real network.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface NamespaceOptions {
  /** Extra /etc/hosts entries: host name → address. */
  hosts?: Record<string, string>
  timeoutMs?: number
}

export interface NamespaceResult {
  exitCode: number
  stdout: string
  stderr: string
}

export const RESOLV_CONF = 'nameserver 127.0.0.1\noptions attempts:1 timeout:1\n'

// nss modules such as "resolve" (systemd-resolved) or "mdns" would ask a daemon outside the
// namespace over a Unix socket, and the daemon would ask the real network: only files and dns.
const HOSTS_LOOKUP = 'hosts: files dns'

const SETUP = `set -eu
files=$1
shift
ip link set lo up
mount --bind "$files/resolv.conf" /etc/resolv.conf
mount --bind "$files/hosts" /etc/hosts
# Without an nsswitch.conf, glibc asks dns and files only.
if [ -e /etc/nsswitch.conf ]; then mount --bind "$files/nsswitch.conf" /etc/nsswitch.conf; fi
# nscd answers lookups for glibc from outside the namespace.
for dir in /run/nscd /var/run/nscd; do
  if [ -d "$dir" ]; then mount -t tmpfs tmpfs "$dir"; fi
done
exec "$@"
`

async function nsswitchWithLocalHosts(): Promise<string> {
  const current = await readFile('/etc/nsswitch.conf', 'utf8').catch(() => '')
  const kept = current.split('\n').filter((line) => !/^\s*hosts\s*:/.test(line))
  return [...kept.filter((line) => line.trim() !== ''), HOSTS_LOOKUP, ''].join('\n')
}

/** Runs command (argv) in an isolated network namespace and resolves with how it ended. */
export async function runInNetworkNamespace(command: readonly string[], options: NamespaceOptions = {}): Promise<NamespaceResult> {
  const files = await mkdtemp(path.join(os.tmpdir(), 'gmp-netns-'))
  try {
    const hosts = Object.entries(options.hosts ?? {}).map(([name, address]) => `${address} ${name}\n`)
    await writeFile(path.join(files, 'resolv.conf'), RESOLV_CONF)
    await writeFile(path.join(files, 'hosts'), ['127.0.0.1 localhost\n', '::1 localhost\n', ...hosts].join(''))
    await writeFile(path.join(files, 'nsswitch.conf'), await nsswitchWithLocalHosts())
    // The mounts stay private to the namespace (unshare's default propagation for --mount).
    // In a PID namespace of its own, killing unshare on a timeout (--kill-child) ends every
    // process the command started, go included.
    const argv = ['--net', '--mount', '--pid', '--fork', '--kill-child', '--', '/bin/sh', '-c', SETUP, 'netns-setup', files, ...command]
    return await spawnCollecting('unshare', argv, options.timeoutMs ?? 90_000)
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

function spawnCollecting(file: string, args: readonly string[], timeoutMs: number): Promise<NamespaceResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}

/** The JSON value a command printed as the last non-empty line of its stdout. */
export function lastJsonLine<T>(result: NamespaceResult): T {
  const line = result.stdout.trimEnd().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as T
  } catch {
    throw new Error(
      `the command in the network namespace printed no JSON result (exit ${result.exitCode})\n` +
        `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`
    )
  }
}
