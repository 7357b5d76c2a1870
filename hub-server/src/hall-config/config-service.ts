/**
 * The hall's config, live and versioned (issue 17). The database holds every
 * revision; the catalog holds the one in force. A change is validated with
 * the config file's schema, checked against the hall's state by the pure
 * rules, written as a revision and applied in one command (one transaction):
 * the catalog swaps in place and a `config` event tells every kiosk, board
 * and counter to take a new snapshot. A change "from tomorrow" waits as a
 * pending revision and applies in the next day's opening batch.
 */
import { addDays, localDay } from '../core/clock';
import {
  fail,
  luotError,
  ok,
  type ApplyFrom,
  type ConfigChangeOutcome,
  type ConfigProblem,
  type ConfigRevisionDetail,
  type ConfigSource,
  type CurrentConfig,
  type Result,
} from '@luot/protocol';
import type { AuditLog } from '../core/audit-log';
import type { Tx } from '../core/command-runner';
import type { HallConfig } from '../core/config/hall-config-schema';
import type { HallContext } from '../core/hall-context';
import type { CounterRepo } from '../counters/counter-repo';
import type { UserReads } from '../auth/user-repo';
import type { TicketReads } from '../queue/ticket-repo';
import { checkConfigChange, type HallStateForChange } from './config-change-rules';
import { diffConfigs } from './config-diff';
import { exportYaml, hashOf, validateConfig, withoutSecrets } from './config-text';
import { createRevisionRepo, summaryOf, type RevisionRecord } from './revision-repo';

export interface ConfigContext extends Pick<HallContext, 'db' | 'run' | 'catalog' | 'clock'> {
  audit: AuditLog;
  tickets: TicketReads;
  counters: CounterRepo;
  users: UserReads;
  /** Why the message settings cannot make a sender on this hub (a credential variable not set), or null. */
  senderProblem?: (settings: HallConfig['notifications']) => ConfigProblem | null;
}

/** A change to make: a validated config, why, from where, and when. */
export interface Proposal {
  actor: string;
  address: string | null;
  config: HallConfig;
  reason: string;
  source: ConfigSource;
  dryRun: boolean;
  applyFrom: ApplyFrom;
}

export type ConfigService = ReturnType<typeof createConfigService>;

const asObject = (config: HallConfig) => JSON.parse(JSON.stringify(config)) as Record<string, unknown>;

export function createConfigService(ctx: ConfigContext) {
  const { catalog, clock, audit, run } = ctx;
  const revisions = createRevisionRepo(ctx.db);

  /**
   * A stored revision read back through today's schema, so a field added by a
   * later version gets its default (a revision stored before it lacks it).
   * One the schema no longer accepts is used as stored: the hall keeps running.
   */
  const configOf = (r: RevisionRecord): HallConfig => {
    const stored = JSON.parse(r.configJson) as unknown;
    const read = validateConfig(stored);
    return read.ok ? read.config : (stored as HallConfig);
  };

  function hallState(day: string, config: HallConfig): HallStateForChange {
    const waitingByService = new Map<string, number>();
    const issuedTodayByService = new Map<string, number>();
    for (const s of config.services) {
      waitingByService.set(s.code, ctx.tickets.waitingCount(day, s.code));
      issuedTodayByService.set(s.code, ctx.tickets.lastNumber(day, s.code));
    }
    const officerAtCounter = new Map<number, string>();
    for (const c of ctx.counters.all()) {
      if (c.officerId) officerAtCounter.set(c.number, ctx.users.get(c.officerId)?.username ?? c.officerId);
    }
    return { waitingByService, issuedTodayByService, officerAtCounter };
  }

  /** Everything that stands in the way of a proposal today (schema problems were found before). */
  function problemsOf(p: Proposal, day: string): ConfigProblem[] {
    const problems = checkConfigChange(catalog.config, p.config, hallState(day, catalog.config), p.applyFrom);
    const pending = revisions.pending();
    if (pending && p.applyFrom === 'now') {
      problems.push({
        code: 'config_change_pending',
        path: '',
        message: {
          vi: `Thay đổi số ${pending.id} ("${pending.reason}") đang chờ áp dụng ngày ${pending.applyOn ?? ''}: hãy huỷ nó, hoặc gửi thay đổi này "áp dụng từ ngày mai" để thay nó.`,
          en: `Change ${pending.id} ("${pending.reason}") waits to apply on ${pending.applyOn ?? ''}: cancel it, or send this change "from tomorrow" to replace it.`,
        },
      });
    }
    return problems;
  }

  function auditChange(tx: { now: number }, p: Pick<Proposal, 'actor' | 'address' | 'reason' | 'source'>, r: RevisionRecord, extra: Record<string, unknown> = {}) {
    audit.append({
      at: tx.now,
      actor: p.actor,
      action: 'config-changed',
      subject: String(r.id),
      address: p.address,
      detail: { revision: r.id, source: p.source, reason: p.reason, state: r.state, applyOn: r.applyOn, hash: r.hash, ...extra },
    });
  }

  /** Puts a revision in force inside a command: counters exist, the catalog swaps, clients are told. */
  function putInForce(tx: Tx, config: HallConfig, revision: number): void {
    for (const c of config.counters) ctx.counters.ensure(c.number);
    catalog.replace(config);
    tx.emit({ type: 'config', at: tx.now, revision });
  }

  /**
   * Dry run, or validate-check-write-apply in one command. Refused changes
   * write nothing: `written` is false and `problems` say why.
   */
  async function propose(p: Proposal): Promise<Result<ConfigChangeOutcome>> {
    const before = catalog.config;
    const diff = diffConfigs(asObject(before), asObject(p.config));
    // Invalid here whatever the hall's state: refused like a schema problem (400), before the rules of the day.
    const sender = ctx.senderProblem?.(p.config.notifications) ?? null;
    if (p.dryRun) {
      return ok({ dryRun: true, written: false, revision: null, diff, problems: [...(sender ? [sender] : []), ...problemsOf(p, localDay(clock.now()))] });
    }
    if (sender) return ok({ dryRun: false, written: false, revision: null, diff, problems: [sender] });
    if (diff.length === 0) return ok({ dryRun: false, written: false, revision: null, diff, problems: [] });
    const result = await run<ConfigChangeOutcome>({ actor: p.actor, name: 'config:change' }, (tx) => {
      const problems = problemsOf(p, tx.day);
      if (problems.length > 0) return ok({ dryRun: false, written: false, revision: null, diff, problems });
      const current = revisions.current();
      const later = p.applyFrom === 'tomorrow';
      if (later) {
        const replaced = revisions.pending();
        if (replaced) revisions.markCancelled(replaced.id);
      }
      const written = revisions.insert({
        at: tx.now,
        actor: p.actor,
        reason: p.reason,
        source: p.source,
        state: later ? 'pending' : 'applied',
        applyOn: later ? addDays(tx.day, 1) : null,
        baseId: current?.id ?? null,
        hash: hashOf(p.config),
        fileHash: null,
        configJson: JSON.stringify(p.config),
      });
      if (!later) putInForce(tx, p.config, written.id);
      auditChange(tx, p, written);
      return ok({ dryRun: false, written: true, revision: summaryOf(written), diff, problems: [] });
    });
    // A batch that failed to commit (a full disk) must not leave the new config in force.
    if (!result.ok && catalog.config !== before) catalog.replace(before);
    return result;
  }

  return {
    revisions,
    propose,

    /**
     * At start: the config file seeds a new hall; after that the database is
     * the hall's config, unless the file changed since it was last read — then
     * the file becomes a new revision "from file" (audited), so an admin who
     * edits the file still wins. Returns the config to run on.
     */
    settleAtStart(file: HallConfig): HallConfig {
      const now = clock.now();
      const stored = withoutSecrets(file);
      const fileHash = hashOf(stored);
      const current = revisions.current();
      const lastFile = revisions.lastFromFile();
      if (current && lastFile?.fileHash === fileHash) return configOf(current);
      const first = current === undefined;
      const written = revisions.insert({
        at: now,
        actor: 'hub',
        reason: first ? 'Cấu hình ban đầu từ tệp / first config, from the file' : 'Tệp cấu hình đã đổi / the config file changed',
        source: 'file',
        state: 'applied',
        applyOn: null,
        baseId: current?.id ?? null,
        hash: fileHash,
        fileHash,
        configJson: JSON.stringify(stored),
      });
      // A pending change was made against the config the file now replaces.
      const pending = revisions.pending();
      if (pending && !first) revisions.markCancelled(pending.id);
      // The first seed is audited as config-loaded (hub.ts) like every start; a changed file is a change.
      if (!first) auditChange({ now }, { actor: 'hub', address: null, reason: written.reason, source: 'file' }, written, { fileChanged: true });
      return stored;
    },

    current(): CurrentConfig {
      const r = revisions.current();
      if (!r) throw new Error('no config revision: settleAtStart was not called');
      const pending = revisions.pending();
      return { revision: summaryOf(r), pending: pending ? summaryOf(pending) : null, config: asObject(catalog.config) };
    },

    list: (limit: number, offset: number) => ({ total: revisions.count(), revisions: revisions.list(limit, offset).map(summaryOf) }),

    detail(id: number): Result<ConfigRevisionDetail> {
      const r = revisions.get(id);
      if (!r) return fail(luotError('not_found', { vi: `Không có phiên bản cấu hình số ${id}.`, en: `No config revision ${id}.` }, 'id'));
      const base = r.baseId !== null ? revisions.get(r.baseId) : undefined;
      const config = JSON.parse(r.configJson) as Record<string, unknown>;
      return ok({ revision: summaryOf(r), config, diff: diffConfigs(base ? (JSON.parse(base.configJson) as unknown) : {}, config) });
    },

    /** The stored config of a revision (for a rollback), or not_found. */
    configOfRevision(id: number): Result<HallConfig> {
      const r = revisions.get(id);
      return r ? ok(configOf(r)) : fail(luotError('not_found', { vi: `Không có phiên bản cấu hình số ${id}.`, en: `No config revision ${id}.` }, 'id'));
    },

    /** Cancels the change waiting for tomorrow. */
    async cancelPending(actor: string, address: string | null): Promise<Result<null>> {
      return run({ actor, name: 'config:cancel-pending' }, (tx) => {
        const pending = revisions.pending();
        if (!pending || !revisions.markCancelled(pending.id)) {
          return fail(luotError('not_found', { vi: 'Không có thay đổi nào đang chờ áp dụng.', en: 'No change is waiting to apply.' }));
        }
        audit.append({ at: tx.now, actor, action: 'config-pending-cancelled', subject: String(pending.id), address, detail: { revision: pending.id, reason: pending.reason } });
        return ok(null);
      });
    },

    /** The day's opening: a pending change due today is applied (the rollover expired tickets and closed counters). */
    applyDue(tx: Tx): Result<null> {
      const pending = revisions.pending();
      if (!pending || pending.applyOn === null || pending.applyOn > tx.day) return ok(null);
      revisions.markApplied(pending.id, tx.now);
      const config = configOf(pending);
      putInForce(tx, config, pending.id);
      auditChange(tx, { actor: 'hub', address: null, reason: pending.reason, source: pending.source }, { ...pending, state: 'applied', appliedAt: tx.now }, { pendingApplied: true });
      return ok(null);
    },

    exportYaml: () => exportYaml(catalog.config),
  };
}
