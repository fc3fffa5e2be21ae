#!/usr/bin/env node
// The published entry point: runs the TypeScript sources through tsx's loader so a fresh
// clone works with `npm install` alone (no build step before `npm start`).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
