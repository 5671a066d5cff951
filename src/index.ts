import { runMain } from './main.ts'

await runMain()
