// Reading why `go mod download` failed, from what go printed. Pure: text in, classes out.

export type FailureClass =
  | 'checksum'
  | 'auth'
  | 'not-found'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'http-5xx'
  | 'http-4xx'
  | 'sumdb'
  /** The module needs a newer Go than the one that ran, and go may not (or cannot) switch. */
  | 'toolchain'
  /** A go.mod, go.work or go.sum go cannot use, or a directory one of them names (see filefault.ts). */
  | 'file'
  | 'other'

export interface GoFailure {
  class: FailureClass
  /** module@version the line is about, when go named one. */
  module?: string
  /** The URL go was fetching, when it printed one. */
  url?: string
  line: string
}

const RULES: [FailureClass, RegExp][] = [
  ['toolchain', /requires go >= |toolchain not available|switch to go\S+ not allowed|cannot find "go\d\S*" in PATH/],
  ['checksum', /checksum mismatch|SECURITY ERROR/],
  ['sumdb', /verifying (module|go\.mod):.*(sum\.golang|\/lookup\/|\/tile\/)|checksum database/],
  ['auth', /refusing to pass credentials|terminal prompts disabled|could not read (Username|Password)|\b401\b|\b403\b|Unauthorized|Forbidden|Authentication failed/],
  ['not-found', /\b404\b|\b410\b|Not Found|unknown revision|no matching versions|invalid version|no such module|repository not found/i],
  ['tls', /x509:|tls: |certificate/],
  ['timeout', /i\/o timeout|TLS handshake timeout|Client\.Timeout|deadline exceeded|timed out/],
  ['network', /connection refused|connection reset|no such host|network is unreachable|EOF|broken pipe|dial tcp|server misbehaving/],
  ['http-5xx', /\b5\d\d [A-Z][a-zA-Z ]+/],
  ['http-4xx', /\b4\d\d [A-Z][a-zA-Z ]+/]
]

/**
 * One failure per line of go's output that says something went wrong. An indented line explains
 * the line above it (go prints git's own words that way): it lends that failure its class, when
 * it has one, instead of standing alone without a module.
 */
export function classifyGoOutput(text: string): GoFailure[] {
  const failures: GoFailure[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('go: downloading') || line.startsWith('go: finding')) continue
    const rule = RULES.find(([, re]) => re.test(line))
    const previous = failures.at(-1)
    if (/^\s/.test(raw) && previous?.module !== undefined) {
      // git's own words are more precise than go's wrapper ("invalid version", "exit status 128"),
      // but nothing overrides a verification failure.
      if (rule !== undefined && previous.class !== 'checksum' && previous.class !== 'sumdb') {
        previous.class = rule[0]
        previous.line = `${previous.line} ${line}`
        previous.url ??= urlOf(line)
      }
      continue
    }
    if (rule === undefined && !/^(go: )?\S+@\S+: /.test(line) && !/error|fail/i.test(line)) continue
    failures.push({ class: rule?.[0] ?? 'other', module: moduleOf(line), url: urlOf(line), line })
  }
  return failures
}

function moduleOf(line: string): string | undefined {
  const m = /(?:^go: |verifying |^)([^\s@:]+@v[^\s:]+?)(?:\/go\.mod)?:/.exec(line)
  return m?.[1]
}

function urlOf(line: string): string | undefined {
  const m = /(?:reading |Get "|URL: )((?:https?|file):\/\/[^\s"]+)/.exec(line)
  // "reading URL: 503 ..." puts a colon right after the URL.
  return m?.[1].replace(/:$/, '')
}

/** Transient classes: another attempt (perhaps without the proxy that failed) may succeed. */
export function isTransient(cls: FailureClass): boolean {
  return cls === 'timeout' || cls === 'network' || cls === 'http-5xx' || cls === 'tls' || cls === 'other'
}

/** The chain entry a URL belongs to (longest matching prefix), if any. */
export function proxyOfUrl(url: string, proxies: readonly string[]): string | undefined {
  const strip = (u: string) => u.replace(/^([a-z]+:\/\/)[^@/]*@/i, '$1').replace(/\/+$/, '')
  const target = strip(url)
  let best: string | undefined
  for (const p of proxies) {
    const base = strip(p)
    if ((target === base || target.startsWith(`${base}/`)) && (best === undefined || strip(best).length < base.length)) {
      best = p
    }
  }
  return best
}
