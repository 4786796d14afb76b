/** An error whose message is one sentence telling the user what to do; scripts print it without a stack trace. */
export class UserError extends Error {
  override name = 'UserError'
}

/** Runs a script's main function; a UserError becomes one clear line on stderr and exit code 1. */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  }
  catch (error) {
    if (error instanceof UserError) {
      console.error(`\n✖ ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
