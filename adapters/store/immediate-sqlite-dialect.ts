import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * Kysely's SQLite driver opens transactions with a plain (deferred) BEGIN: the write lock is only
 * taken at the first write, so two connections (two processes on the same file) could both read
 * "no entry yet" and then one fails with SQLITE_BUSY or both write. BEGIN IMMEDIATE takes the
 * write lock up front, so every ledger transaction reads what the previous one wrote; waiting
 * writers queue on busy_timeout. Within one process Kysely's single-connection mutex already
 * serialises transactions.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite does run DDL inside transactions; Kysely's adapter says it does not, which would make
 * the Migrator apply a migration statement by statement. Saying yes makes each migration (and
 * its row in kysely_migration) all-or-nothing, like on PostgreSQL.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    // SqliteDialect keeps its config private; the driver below needs it.
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
