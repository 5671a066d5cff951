// Runs the real @actions/cache once, configured only by its environment, the
// way an action's process does. argv[2] is a JSON request:
//   {"op":"save","paths":["dir"],"key":"k"}
//   {"op":"restore","paths":["dir"],"key":"k","restoreKeys":["k-"]}
// Everything @actions/cache logs goes to stdout as in a job log; the outcome
// is the last line, after RESULT_MARKER: {"value":...} (restore: the matched
// key or null; save: the cache id) or {"error":{"name","message"}} if it threw.
import * as cache from '@actions/cache'

const RESULT_MARKER = 'cache-client-result:'

const request = JSON.parse(process.argv[2])
let outcome
try {
  const value =
    request.op === 'save'
      ? await cache.saveCache(request.paths, request.key)
      : await cache.restoreCache(request.paths, request.key, request.restoreKeys ?? [])
  outcome = { value: value ?? null }
} catch (err) {
  outcome = { error: { name: err?.name ?? 'Error', message: err?.message ?? String(err) } }
}
process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(outcome)}\n`)
