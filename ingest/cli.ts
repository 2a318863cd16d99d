// The `tracegraph` command: one subcommand per job, each registered from ingest/commands/.
import { Command } from 'commander';
import { isAppError } from '../core/errors.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerIngestCommands } from './commands/ingest.ts';
import { registerExtractCommands } from './commands/extract.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerQueryCommands } from './commands/query.ts';
import { registerTrackCommands } from './commands/track.ts';

const program = new Command()
  .name('tracegraph')
  .description('Track people, companies, funds, parties, governments and countries through the news.')
  .showHelpAfterError();

registerDbCommands(program);
registerIngestCommands(program);
registerExtractCommands(program);
registerServeCommand(program);
registerQueryCommands(program);
registerTrackCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // The user gets the message, not a stack; set TRACEGRAPH_DEBUG=1 for the stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tracegraph: ${message}\n`);
  if (process.env.TRACEGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = isAppError(error) && error.status === 400 ? 2 : 1;
}
