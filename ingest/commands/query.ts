// Placeholder: the query subcommands (replaced by the module's owner).
import type { Command } from 'commander';

export function registerQueryCommands(program: Command): void {
  void program;
}
