/** See demo-env.mjs. */
export function demoEnvironment(options: {
  dataDir: string
  port: number
  base?: Record<string, string | undefined>
}): Record<string, string>
