// The `overseas-police-stations` command: a summary of the embedded dataset, filtered
// lists in four formats, and one station's full record (src/cli-run.ts).
import { run } from './cli-run.js';

// A reader that stops early (`| head`) closes the pipe: stop quietly with status 0, as Unix
// tools do, rather than crash on EPIPE. Any other write error is one line on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`overseas-police-stations: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
