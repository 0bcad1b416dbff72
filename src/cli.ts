// The `overseas-police-stations` command: writes what `run` (src/command.ts) answers for
// its arguments, or a usage error on stderr with status 2.
import { run, UsageError } from './command.js';

// A reader that stops early (`| head`) closes the pipe: stop quietly with status 0, as Unix
// tools do, rather than crash on EPIPE. Any other write error is one line on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`overseas-police-stations: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`overseas-police-stations: ${error.message} (see --help)\n`);
  process.exitCode = 2;
}
