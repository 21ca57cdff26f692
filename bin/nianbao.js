#!/usr/bin/env node
// Entry of the `nianbao` CLI: runs the TypeScript sources through tsx (no build step on a fresh clone).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
