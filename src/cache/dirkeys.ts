// How a cache directory names its entries: the key as a file name valid on every runner OS, and
// the temporary names of saves in progress (see dir.ts).
import { randomBytes } from 'node:crypto'

const TEMP_SUFFIX = '.tmp'
/**
 * The longest encoded key: file names are limited to 255 bytes (ext4, APFS, NTFS), and the
 * temporary name adds a dot, the pid, a random part and the suffix.
 */
export const MAX_ENCODED_KEY = 200


/** Device names Windows reserves in every directory, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i

function escapeChar(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

/**
 * A file name for a key (or an entry name) valid on Linux, macOS and Windows, and decodable with
 * decodeURIComponent: encodeURIComponent leaves only letters, digits and -_.!~*'() as they are;
 * of those, '*' is forbidden on Windows, a leading '.' would make a hidden file (and the names
 * '.', '..' or one of our temporary files), a trailing '.' is dropped by Windows, and CON, NUL…
 * are devices there. Throws a URIError for a string with a lone surrogate, which no file name holds.
 */
export function encodeKey(key: string): string {
  let name = encodeURIComponent(key).replace(/\*/g, '%2A')
  if (name.startsWith('.')) name = `%2E${name.slice(1)}`
  if (name.endsWith('.')) name = `${name.slice(0, -1)}%2E`
  if (WINDOWS_RESERVED.test(name)) name = escapeChar(name[0]!) + name.slice(1)
  return name
}

/**
 * The key a file name encodes; undefined for a name this backend did not write (a temporary file,
 * a .DS_Store, a name that is not the canonical encoding of what it decodes to).
 */
export function decodeKey(name: string): string | undefined {
  if (name === '' || name.startsWith('.')) return undefined
  let key: string
  try {
    key = decodeURIComponent(name)
  } catch {
    return undefined
  }
  return encodeKey(key) === name ? key : undefined
}

/** True for the name of a temporary file of a save (finished or abandoned). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

export function tempName(encoded: string): string {
  return `.${encoded}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
}
