#!/usr/bin/env node
// Makes sure PostgreSQL's server binaries are on the machine for the API tests, which
// start a throwaway cluster of their own. Installs Debian's postgresql-15 as root when
// missing (a fresh CI machine); otherwise says in one line how.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { aptInstallOrExit } from './aptInstall.mjs';

const debianRoot = '/usr/lib/postgresql';
const hasInitdb = () =>
  (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) ||
  (existsSync(debianRoot) &&
    readdirSync(debianRoot).some((major) => existsSync(path.join(debianRoot, major, 'bin', 'initdb'))));

if (!hasInitdb()) {
  aptInstallOrExit('postgresql-15', 'PostgreSQL not found: run "sudo apt-get install -y postgresql-15" or set PG_BIN');
  if (!hasInitdb()) {
    console.error('PostgreSQL still not found after apt-get install; set PG_BIN');
    process.exit(1);
  }
}
