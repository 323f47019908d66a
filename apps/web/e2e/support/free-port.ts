import { execFileSync } from 'node:child_process'

/**
 * A TCP port nobody listens on right now, found synchronously (the Playwright config is
 * synchronous): a child Node process binds port 0 and prints what the system gave it. Several
 * runs on one machine (CI, developers, helpers) then never fight over a fixed port.
 */
export function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim())
}
