// Reads a cache archive the way @actions/cache writes it on Linux: a tar compressed with zstd
// (long-distance matching), members named relative to GITHUB_WORKSPACE with -P, so a module cache
// outside the workspace appears as `../…` members.
import { execFile } from 'node:child_process'
import path from 'node:path'

const DECOMPRESS = 'unzstd --long=30'

function tar(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('tar', args, { encoding: 'buffer', maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`tar ${args.join(' ')} failed: ${stderr.toString('utf8').trim() || error.message}`))
      else resolve(stdout)
    })
  })
}

/** Every member name, as stored. */
export async function listArchive(archive: string): Promise<string[]> {
  const out = await tar(['--use-compress-program', DECOMPRESS, '-P', '-tf', archive])
  return out
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
}

/**
 * The members below `dir` (an absolute path that was cached from `workspace`), as '/'-separated
 * paths relative to dir, directories without their trailing slash.
 */
export async function listArchiveUnder(archive: string, workspace: string, dir: string): Promise<string[]> {
  const names = new Set<string>()
  for (const member of await listArchive(archive)) {
    const rel = path.relative(dir, path.resolve(workspace, member))
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue
    names.add(rel.split(path.sep).join('/'))
  }
  return [...names].sort()
}

/** The content of one file of the archive; `file` is an absolute path that was cached from `workspace`. */
export async function readArchiveFile(archive: string, workspace: string, file: string): Promise<Buffer> {
  const member = path.relative(workspace, file).split(path.sep).join('/')
  return tar(['--use-compress-program', DECOMPRESS, '-P', '-xOf', archive, member])
}

/** Unpacks the archive where its members came from, as a restore does. */
export async function extractArchive(archive: string, workspace: string): Promise<void> {
  await tar(['--use-compress-program', DECOMPRESS, '-P', '-C', workspace, '-xf', archive])
}
