import { runPost } from './main.ts'

await runPost()
