// The first step of every command-line script with flags: read them, or explain what is wrong
// (or print the usage for --help) and say which exit code to end with.

/** The read arguments, or the exit code when the script should stop here. */
export function readArgsOrExplain<T extends { help: boolean }>(read: () => T, usage: string): T | number {
  let args: T
  try {
    args = read()
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    return 1
  }
  if (!args.help) return args
  console.log(usage)
  return 0
}
