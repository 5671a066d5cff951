// Cache archives made and unpacked the way @actions/cache 6 does it on Linux with GNU tar and
// zstd: members relative to the workspace (`-P -C <workspace>`, so a module cache outside it is
// stored as ../…), the paths listed in manifest.txt, zstd without long-distance matching. Making
// the archive by the same command line lets a scenario measure archives the action never saves.
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { timeCommand } from './lib.ts'

/** The file name @actions/cache gives a zstd archive, in a directory of its own. */
const ARCHIVE_NAME = 'cache.tzst'
const MANIFEST_NAME = 'manifest.txt'

export interface Archive {
  path: string
  bytes: number
  /** Wall time of the tar process (reading the tree, compressing, writing the file). */
  ms: number
}

/** tar's arguments for creating the archive, as @actions/cache passes them (zstdmt is zstd -T0). */
export function createArgs(workspace: string): string[] {
  return [
    '--posix',
    '-cf',
    ARCHIVE_NAME,
    '--exclude',
    ARCHIVE_NAME,
    '-P',
    '-C',
    workspace,
    '--files-from',
    MANIFEST_NAME,
    '--use-compress-program',
    'zstdmt'
  ]
}

/** tar's arguments for extracting the archive, as @actions/cache passes them (unzstd is zstd -d). */
export function extractArgs(format: string, archive: string, workspace: string): string[] {
  const common = ['-xf', archive, '-P', '-C', workspace]
  if (/zstandard/i.test(format)) return [...common, '--use-compress-program', 'unzstd']
  if (/gzip/i.test(format)) return [...common, '-z']
  throw new Error(`unexpected cache archive format: ${format}`)
}

/**
 * Archives `paths` (absolute) the way saveCache does: in `folder`, which it creates, writes
 * manifest.txt with each path relative to the workspace and runs tar there.
 */
export async function createArchive(folder: string, workspace: string, paths: readonly string[]): Promise<Archive> {
  await mkdir(folder, { recursive: true })
  const members = paths.map((p) => path.relative(workspace, p).split(path.sep).join('/') || '.')
  await writeFile(path.join(folder, MANIFEST_NAME), members.join('\n'))
  const { ms } = await timeCommand('tar', createArgs(workspace), { cwd: folder })
  const archive = path.join(folder, ARCHIVE_NAME)
  return { path: archive, bytes: (await stat(archive)).size, ms }
}

/** The command line createArchive runs, for the record. */
export function describeCreate(workspace: string): string {
  return `tar ${createArgs(workspace).join(' ')}`
}
