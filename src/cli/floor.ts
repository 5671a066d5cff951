// The oldest Node the command runs on, decided before anything else is loaded: an older Node
// fails later and obscurely (a missing export of node:zlib, a proxy silently not used).
//
// - zstd in node:zlib (the archives): Node 22.15, 23.8.
// - http.Agent's proxyEnv (the S3 client through HTTP(S)_PROXY): Node 22.21, 24.5; Node 23 never had it.
// This file imports nothing, and its syntax is old enough for any Node to parse it.

/** Per major version, the first minor that has all of the above; majors after the last have it all. */
const FLOOR: Readonly<Record<number, number>> = { 22: 21, 24: 5 }
const LAST_FLOOR_MAJOR = 24

/** What the command needs, as one phrase (and as package.json's engines say it). */
export const NEEDED = 'Node 22.21 or later (24.5 or later on Node 24)'

/** Whether `version` (process.versions.node: "22.21.0") has what the command needs. */
export function nodeSupported(version: string): boolean {
  const [major, minor] = version.split('.').map(Number)
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) return false
  if (major > LAST_FLOOR_MAJOR) return true
  const floor = FLOOR[major]
  return floor !== undefined && minor >= floor
}

/** The one line an older Node gets: what is needed, what this is, and the way without Node. */
export function floorMessage(version: string): string {
  return `go-mod-precache needs ${NEEDED}; this is Node ${version}. Install a newer Node, or use the go-mod-precache single executable, which needs no Node.`
}
