// Placeholder: the db subcommands (replaced by the module's owner).
import type { Command } from 'commander';

export function registerDbCommands(program: Command): void {
  void program;
}
