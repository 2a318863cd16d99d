#!/usr/bin/env node
// The `tracegraph` command: loads the TypeScript CLI through tsx so a checkout runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../ingest/cli.ts');
