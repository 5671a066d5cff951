#!/usr/bin/env node
// The command's entry (package.json's bin, dist/cli.js): ESM links every static import before any
// code runs, so the Node check comes first here and the command itself (cli.ts) is loaded after it.
import { floorMessage, nodeSupported } from './cli/floor.ts'

if (nodeSupported(process.versions.node)) {
  void import('./cli.ts')
} else {
  process.stderr.write(floorMessage(process.versions.node) + '\n')
  process.exitCode = 1
}
