// npm run demo: runs the bundled action as the runner would on examples/hello, with a loopback
// Actions cache service that keeps its entries under .tmp/demo/cache and the machine's own GOPROXY.
// The first run is a miss that saves; run it again and the restore is an exact hit.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { startCacheService } from '../__tests__/support/cache-service.ts'
import { removeTree } from '../__tests__/support/fixtures.ts'
import { repoRoot, runAction } from '../__tests__/support/runner.ts'

const demoDir = path.join(repoRoot, '.tmp', 'demo')
const modCache = path.join(demoDir, 'gomodcache')

// An empty module cache at the same path each time: whatever is there after the action ran came
// from the cache or the proxy, and the cache version (which hashes the path) stays the same.
await removeTree(modCache)
await mkdir(modCache, { recursive: true })

const cache = await startCacheService({ storageDir: path.join(demoDir, 'cache') })
try {
  const env: Record<string, string | undefined> = {
    ...process.env,
    GOMODCACHE: modCache,
    ...cache.env('v2'),
    RUNNER_TEMP: path.join(demoDir, 'runner-temp')
  }
  const run = await runAction({
    workspace: repoRoot,
    inputs: { 'working-directory': 'examples/hello', 'key-prefix': 'demo' },
    env
  })
  // The runner hides ::debug:: lines unless debug logging is on; so does the demo.
  process.stdout.write(run.main.stdout.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n'))
  process.stderr.write(run.main.stderr)
  console.log('\n=== outputs ===')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`)
  console.log('\n=== job summary ===')
  console.log(run.summary)
  console.log(
    run.outputs['cache-hit'] === 'true'
      ? 'Exact cache hit: the modules came from the cache service.'
      : 'Cache miss: run `npm run demo` again to see the exact hit.'
  )
  process.exitCode = run.main.exitCode
} finally {
  await cache.close()
}
