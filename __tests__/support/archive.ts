// Reads a cache entry as the cache service stores it: @actions/cache's tar (zstd, members named
// relative to the workspace it was given) around the action's own archive, a tar + zstd whose
// members are named relative to the directory that was cached.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { zstdDecompressSync } from 'node:zlib'

function tar(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('tar', args, { encoding: 'buffer', maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`tar ${args.join(' ')} failed: ${stderr.toString('utf8').trim() || error.message}`))
      else resolve(stdout)
    })
  })
}

/** Runs fn with the path of the action's archive inside a stored entry. */
async function withInner<T>(stored: string, fn: (inner: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gmp-entry-'))
  try {
    await tar(['--use-compress-program', 'unzstd --long=30', '-P', '-C', dir, '-xf', stored])
    const found = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('archive.tzst'))
    if (found.length !== 1) throw new Error(`${stored} holds ${found.length} archives of the action: ${found.join(', ')}`)
    return await fn(path.join(dir, found[0]))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The members of the entry, '/'-separated and relative to the cached directory, without trailing slashes. */
export function listEntry(stored: string): Promise<string[]> {
  return withInner(stored, async (inner) => {
    // -i: the archive's parts are tar streams one after the other.
    const out = await tar(['--use-compress-program', 'unzstd', '-itf', inner])
    const names = new Set<string>()
    for (const line of out.toString('utf8').split('\n')) {
      const name = line.replace(/^\.\//, '').replace(/\/$/, '')
      if (name !== '' && name !== '.') names.add(name)
    }
    return [...names].sort()
  })
}

/** The content of one file of the entry, by its path relative to the cached directory. */
export function readEntryFile(stored: string, rel: string): Promise<Buffer> {
  return withInner(stored, (inner) => tar(['--use-compress-program', 'unzstd', '-ixOf', inner, rel]))
}

/** Unpacks the entry into dir, as a restore does. */
export function extractEntry(stored: string, dir: string): Promise<Buffer> {
  return withInner(stored, (inner) => tar(['--use-compress-program', 'unzstd', '-C', dir, '-ixf', inner]))
}

/** The JSON text of a stored history entry: @actions/cache's tar around the action's zstd-compressed JSON. */
export function readHistoryEntry(stored: string): Promise<string> {
  return withInner(stored, async (inner) => zstdDecompressSync(await readFile(inner)).toString('utf8'))
}
