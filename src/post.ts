import { errorMessage } from './errors.ts'
import { actionsHost } from './host/actions.ts'
import { runPost } from './post-step.ts'

const host = actionsHost()
try {
  await runPost(host)
} catch (err) {
  host.setFailed(errorMessage(err))
}
