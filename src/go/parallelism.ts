// How many modules go fetches at once. `go mod download` fetches at most GOMAXPROCS modules at a
// time (cmd/go/internal/modcmd/download.go), and loads the module graph's go.mod files with the
// same bound: on a 2-core runner that is two requests in flight, and a proxy far away leaves most
// of the link idle. The download's go process gets a higher GOMAXPROCS; later steps never see it.
import os from 'node:os'

/**
 * The least GOMAXPROCS a download runs with. Measured on cli/cli (~160 modules) against a proxy
 * that answers after 20 ms: 16 takes about half the time of 2; 64 gains nothing over 16.
 */
export const DOWNLOAD_GOMAXPROCS = 16

/**
 * GOMAXPROCS for a go process that downloads modules: never less than DOWNLOAD_GOMAXPROCS, nor than
 * the cores go would use by default, nor than what the environment already asks for.
 */
export function downloadGoMaxProcs(inherited: string | undefined, cores: number = os.availableParallelism()): string {
  const asked = Number.parseInt(inherited ?? '', 10)
  return String(Math.max(DOWNLOAD_GOMAXPROCS, cores, Number.isFinite(asked) ? asked : 0))
}
