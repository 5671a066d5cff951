// Reads a cache entry as the cache service stores it: the action's own archive as it is, a tar +
// zstd whose members are named relative to the directory that was cached.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { zstdDecompressSync } from 'node:zlib'

function tar(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('tar', args, { encoding: 'buffer', maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`tar ${args.join(' ')} failed: ${stderr.toString('utf8').trim() || error.message}`))
      else resolve(stdout)
    })
  })
}

/** The members of the entry, '/'-separated and relative to the cached directory, without trailing slashes. */
export async function listEntry(stored: string): Promise<string[]> {
  // -i: the archive's parts are tar streams one after the other.
  const out = await tar(['--use-compress-program', 'unzstd', '-itf', stored])
  const names = new Set<string>()
  for (const line of out.toString('utf8').split('\n')) {
    const name = line.replace(/^\.\//, '').replace(/\/$/, '')
    if (name !== '' && name !== '.') names.add(name)
  }
  return [...names].sort()
}

/** The content of one file of the entry, by its path relative to the cached directory. */
export function readEntryFile(stored: string, rel: string): Promise<Buffer> {
  return tar(['--use-compress-program', 'unzstd', '-ixOf', stored, rel])
}

/** Unpacks the entry into dir, as a restore does. */
export function extractEntry(stored: string, dir: string): Promise<Buffer> {
  return tar(['--use-compress-program', 'unzstd', '-C', dir, '-ixf', stored])
}

/** The JSON text of a stored history entry: the action's zstd-compressed JSON. */
export async function readHistoryEntry(stored: string): Promise<string> {
  return zstdDecompressSync(await readFile(stored)).toString('utf8')
}
