// The names under which the main step hands state to the post step (core.saveState), in one place:
// the post step reads them without loading the modules that wrote them.

/** What the post step needs of a module cache save started in the background. */
export const MODULE_SAVE_STATE = 'module-save'
/** The backend's configuration (no secrets: those stay in the environment). */
export const BACKEND_STATE = 'cache-backend'
/** Why the backend failed in the main step: the post step leaves it alone. */
export const BACKEND_FAILED_STATE = 'cache-backend-failed'
/** The GOMODCACHE listing the extras entry is compared with (see cache/later.ts). */
export const LATER_STATE = 'later-modules'
/** What the build cache save needs (see cache/buildcache.ts). */
export const BUILD_CACHE_STATE = 'build-cache'
/** The pending history record and where it is saved (see history/phase.ts). */
export const HISTORY_STATE = 'history'
/** The git config entries the private module setup added, removed when the job is done. */
export const GIT_CREDENTIALS_STATE = 'git-credentials'
