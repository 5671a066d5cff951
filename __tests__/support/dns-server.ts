// A DNS server for a test's own network namespace (see netns.ts), where /etc/resolv.conf names
// 127.0.0.1: it answers A queries for the names it is given with 127.0.0.1, says NXDOMAIN for
// every other name, and logs every question. It never forwards a query: the namespace has no
// network but loopback anyway.
import dgram from 'node:dgram'

export interface DnsQuestion {
  /** Lower case, without the trailing dot. */
  name: string
  /** 1 for A, 28 for AAAA… */
  type: number
}

export interface DnsServer {
  /** Every question, in arrival order. */
  questions: DnsQuestion[]
  /** The names answered with 127.0.0.1; change it between runs. */
  names: Set<string>
  close(): Promise<void>
}

const TYPE_A = 1
const RCODE_NXDOMAIN = 3
const HEADER_LENGTH = 12

/** The question of a query: its name, type, and where the question section ends. */
function parseQuestion(query: Buffer): (DnsQuestion & { end: number }) | undefined {
  if (query.length < HEADER_LENGTH || query.readUInt16BE(4) < 1) return undefined
  const labels: string[] = []
  let offset = HEADER_LENGTH
  for (;;) {
    const length = query[offset]
    if (length === undefined || length > 63) return undefined // queries never compress their question
    offset++
    if (length === 0) break
    labels.push(query.subarray(offset, offset + length).toString('latin1'))
    offset += length
  }
  if (offset + 4 > query.length) return undefined
  return { name: labels.join('.').toLowerCase(), type: query.readUInt16BE(offset), end: offset + 4 }
}

/** The answer to a one-question query: 127.0.0.1 for a known name's A query, no records for its other types. */
function answer(query: Buffer, question: DnsQuestion & { end: number }, known: boolean): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH)
  query.copy(header, 0, 0, 2) // the id
  const opcodeAndRd = query[2]! & 0x79
  header[2] = 0x80 | 0x04 | opcodeAndRd // QR, AA: a lame referral would make Go's resolver try elsewhere
  header[3] = 0x80 | (known ? 0 : RCODE_NXDOMAIN) // RA
  header.writeUInt16BE(1, 4)
  const withAddress = known && question.type === TYPE_A
  header.writeUInt16BE(withAddress ? 1 : 0, 6)
  const parts = [header, query.subarray(HEADER_LENGTH, question.end)]
  if (withAddress) {
    // A pointer to the question's name, type A, class IN, TTL 0, four bytes of address.
    parts.push(Buffer.from([0xc0, HEADER_LENGTH, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4, 127, 0, 0, 1]))
  }
  return Buffer.concat(parts)
}

export async function startDnsServer(options: { address?: string; port?: number; names?: Iterable<string> } = {}): Promise<DnsServer> {
  const questions: DnsQuestion[] = []
  const names = new Set([...(options.names ?? [])].map((n) => n.toLowerCase()))
  const socket = dgram.createSocket('udp4')
  socket.on('message', (query, peer) => {
    const question = parseQuestion(query)
    if (question === undefined) return
    questions.push({ name: question.name, type: question.type })
    socket.send(answer(query, question, names.has(question.name)), peer.port, peer.address)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(options.port ?? 53, options.address ?? '127.0.0.1', () => resolve())
  })
  return {
    questions,
    names,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve()))
  }
}
