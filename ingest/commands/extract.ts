// Placeholder: the extract subcommands (replaced by the module's owner).
import type { Command } from 'commander';

export function registerExtractCommands(program: Command): void {
  void program;
}
