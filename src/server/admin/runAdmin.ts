import { parseConfig } from '../config';
import { openStorage } from '../storage/openStorage';
import type { Storage } from '../storage/storage';
import { adminUsage, parseAdminArgs, type AdminCommand } from './adminArgs';
import { adminInvite, adminListDevices, adminRevokeDevice } from './adminDevices';
import { AdminError } from './adminError';
import { auditLines, readAudit } from './auditReport';
import { coverageCells, coverageLines, coverageReport } from './coverageReport';
import { createEngagement } from './createEngagement';
import { deleteEngagement, deleteEngagementLines } from './deleteEngagement';
import { exportHitsLines, exportHitsReport, exportOutput } from './exportOutput';
import { findingsLines, findingsReport, triangulateFindings } from './findingsReport';
import { readEvidence } from './readEvidence';

export type AdminContext = {
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
};

/**
 * Exit codes: 0 done, 1 the tool or database failed, 2 what was typed is wrong, 3 an
 * export stopped by the non-attribution check (no file written).
 */
export type ExitCode = 0 | 1 | 2 | 3;

async function execute(
  command: Exclude<AdminCommand, { name: 'help' }>,
  storage: Storage,
  publicUrl: string,
  context: AdminContext,
): Promise<ExitCode> {
  const now = context.now();
  switch (command.name) {
    case 'create-engagement': {
      const created = await createEngagement(storage, command.input, { publicUrl, now });
      context.out(`Engagement created: ${created.engagementId} (${created.themeCount} themes)`);
      context.out(`challenge manager: ${command.input.manager} (member ${created.managerId}) — ${created.url}`);
      context.out(
        `The link works once and expires ${created.expiresAt}; the manager invites everyone else from the app.`,
      );
      return 0;
    }
    case 'invite': {
      const invite = await adminInvite(storage, command, { publicUrl, now });
      context.out(`${invite.displayName} — ${invite.url} (works once, expires ${invite.expiresAt})`);
      return 0;
    }
    case 'list-devices': {
      const devices = await adminListDevices(storage, command);
      if (devices.length === 0) context.out('No devices have joined this engagement yet.');
      for (const device of devices) {
        const state = device.revokedAt ? `revoked ${device.revokedAt}` : `last seen ${device.lastSeenAt ?? 'never'}`;
        context.out(
          `${device.id}  ${device.displayName} (member ${device.memberId})  joined ${device.createdAt}  ${state}`,
        );
      }
      return 0;
    }
    case 'revoke-device': {
      const { revokedAt } = await adminRevokeDevice(storage, command, now);
      context.out(`Device ${command.deviceId} revoked at ${revokedAt}; its token no longer works.`);
      return 0;
    }
    case 'delete-engagement': {
      const result = await deleteEngagement(storage, { ...command, now });
      for (const line of deleteEngagementLines(command.engagementId, result)) context.out(line);
      return result.done ? 0 : 2;
    }
    // --json prints one JSON object on one line: the contract in docs/operations.md.
    case 'findings': {
      const evidence = await readEvidence(storage, command.engagementId);
      const rows = triangulateFindings(evidence);
      if (command.json) context.out(JSON.stringify(findingsReport(rows)));
      else for (const line of findingsLines(rows, evidence)) context.out(line);
      return 0;
    }
    case 'coverage': {
      const evidence = await readEvidence(storage, command.engagementId);
      const cells = coverageCells(evidence);
      if (command.json) context.out(JSON.stringify(coverageReport(cells)));
      else for (const line of coverageLines(cells, evidence)) context.out(line);
      return 0;
    }
    case 'export': {
      const result = await exportOutput(storage, command, context.cwd);
      if (!result.ok) {
        if (command.json) context.out(JSON.stringify(exportHitsReport(result.hits)));
        else for (const line of exportHitsLines(result.hits)) context.out(line);
        return 3;
      }
      if (command.json) context.out(JSON.stringify(result.report));
      else {
        const size =
          'slides' in result.report
            ? `${result.report.slides} slides`
            : `${result.report.paragraphs} numbered paragraphs`;
        context.out(`Written ${result.report.file} (${size}).`);
      }
      return 0;
    }
    case 'audit': {
      const events = await readAudit(storage, command.engagementId);
      if (command.json) context.out(JSON.stringify({ events }));
      else for (const line of auditLines(events, command.engagementId)) context.out(line);
      return 0;
    }
  }
}

/**
 * The admin command line as a function, so tests run it without a process. Arguments
 * are checked before the database is opened; every failure is one line on stderr.
 */
export async function runAdmin(argv: readonly string[], context: AdminContext): Promise<ExitCode> {
  let command: AdminCommand;
  try {
    command = parseAdminArgs(argv);
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    context.err(`admin: ${error.message} (npm run admin -- help lists the commands)`);
    return 2;
  }
  if (command.name === 'help') {
    for (const line of adminUsage) context.out(line);
    return 0;
  }
  const parsed = parseConfig(context.env, context.cwd);
  if (!parsed.ok) {
    context.err(parsed.message);
    return 1;
  }
  let storage: Storage | undefined;
  try {
    storage = await openStorage(parsed.config);
    return await execute(command, storage, parsed.config.publicUrl, context);
  } catch (error) {
    if (error instanceof AdminError) {
      context.err(`admin: ${error.message}`);
      return 2;
    }
    context.err(`admin: failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await storage?.close();
  }
}
