// Things that take a request and never answer: a TCP server on 127.0.0.1 that accepts and stays
// silent (a service that hangs), and a directory on a mount that hangs (an NFS server gone). The
// mount is a real FUSE mount whose server never answers, so every file system call under it blocks
// in the kernel as on a dead network mount. Its /dev/fuse descriptor is held by this process:
// closing it (release, or this process ending) aborts the mount, and every blocked call fails.
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface SilentServer {
  /** http://127.0.0.1:<port> */
  url: string
  /** Connections accepted so far. */
  connections(): number
  close(): Promise<void>
}

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>()
  let accepted = 0
  const server = createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    // Read and drop what comes, so the client's writes never block; answer nothing.
    socket.resume()
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => accepted,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

/** A hung mount needs root and FUSE (Linux). */
export const canMountHung = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/dev/fuse')

export interface HungMount {
  dir: string
  /** Aborts the mount (every blocked call fails) and unmounts it. */
  release(): Promise<void>
}

/** Mounts at dir a file system whose server never answers: the first call under it blocks. */
export async function mountHung(dir: string): Promise<HungMount> {
  await mkdir(dir, { recursive: true })
  const fd = openSync('/dev/fuse', 'r+')
  try {
    // -i: no mount.fuse helper; the kernel gets the descriptor to send its requests to.
    await run('mount', ['-i', '-t', 'fuse', '-o', 'fd=3,rootmode=40000,user_id=0,group_id=0', 'gmp-hung', dir], fd)
  } catch (err) {
    closeSync(fd)
    throw err
  }
  let released = false
  return {
    dir,
    release: async () => {
      if (released) return
      released = true
      closeSync(fd)
      await run('umount', ['-l', dir])
    }
  }
}

function run(program: string, args: string[], fd?: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe', ...(fd === undefined ? [] : [fd])] })
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${program} ${args.join(' ')}: exit ${code}: ${stderr.trim()}`))))
  })
}
