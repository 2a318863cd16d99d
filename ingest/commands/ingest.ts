// Placeholder: the ingest subcommands (replaced by the module's owner).
import type { Command } from 'commander';

export function registerIngestCommands(program: Command): void {
  void program;
}
