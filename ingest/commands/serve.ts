// Placeholder: the serve subcommands (replaced by the module's owner).
import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  void program;
}
