// The "h1:" hash go.sum records (golang.org/x/mod/sumdb/dirhash, Hash1).
//
// For a set of files the summary is one line per file, "<hex sha256 of content>  <name>\n",
// in bytewise order of the names; h1 is the base64 sha256 of that summary. A module zip is
// hashed over names "<module>@<version>/<file>"; a go.mod alone over the single name "go.mod".

import { createHash } from 'node:crypto'

export interface HashedFile {
  /** Slash-separated name; must not contain a newline. */
  name: string
  content: Buffer | string
}

/** Hash1 of a set of files: what go.sum records for a module zip (names prefixed with path@version/). */
export function hash1(files: readonly HashedFile[]): string {
  return 'h1:' + createHash('sha256').update(hash1Summary(files)).digest('base64')
}

/** The text whose sha256 is the h1 hash: one "<hex sha256>  <name>\n" line per file. */
export function hash1Summary(files: readonly HashedFile[]): string {
  for (const file of files) {
    if (file.name.includes('\n')) {
      throw new Error(`dirhash: file name ${JSON.stringify(file.name)} contains a newline, which h1 cannot hash`)
    }
  }
  return [...files]
    .sort((a, b) => compareBytewise(a.name, b.name))
    .map(file => `${sha256Hex(file.content)}  ${file.name}\n`)
    .join('')
}

/** The hash go.sum records on a "<module> <version>/go.mod" line for this go.mod content. */
export function hashGoMod(content: Buffer | string): string {
  return hash1([{ name: 'go.mod', content }])
}

function sha256Hex(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Go sorts strings by their UTF-8 bytes, which is not JavaScript's UTF-16 order. */
function compareBytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}
