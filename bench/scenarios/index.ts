// Every scenario `npm run bench` knows, in the order they run and appear in RESULTS.md.
// To add one: write bench/scenarios/<name>.ts exporting a Scenario (see ../lib.ts: a name, a title
// and run(ctx) returning headline numbers plus a Markdown section with every repetition's raw
// numbers), then list it here. ctx gives the shared fixture and the loopback GOPROXY; ../world.ts
// sets up a workspace, module cache and cache service and runs the bundled action.
import type { Scenario } from '../scenario.ts'
import { backends } from './backends.ts'
import { blackhole } from './blackhole.ts'
import { coldVsGo } from './cold-vs-go.ts'
import { coldWarm } from './cold-warm.ts'
import { network } from './network.ts'
import { peers } from './peers.ts'
import { prune } from './prune.ts'
import { restoreVsTar } from './restore-vs-tar.ts'
import { toolchain } from './toolchain.ts'

export const scenarios: readonly Scenario[] = [coldWarm, restoreVsTar, prune, blackhole, toolchain, network, coldVsGo, peers, backends]
