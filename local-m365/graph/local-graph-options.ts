import type { GraphTokenVerifier } from '../identity/graph-caller.js';
import type { DirectoryEntry } from './directory.js';
import type { FaultSettings } from './fault-controller.js';

export interface LocalGraphOptions {
  /** People and shared mailboxes: the tenant's directory. */
  directory: DirectoryEntry[];
  /** Checks the bearer token of every request (local-m365/identity). */
  verifyToken: GraphTokenVerifier;
  /** SQLite file so that events survive a restart; absent: in memory. */
  storageFile?: string;
  /**
   * 'enforce' holds every request and answer to Microsoft's Calendar.yml (tests); 'off' by default.
   * Only 'enforce' loads the checker (ajv, a development dependency) and the vendored spec.
   */
  contract?: 'enforce' | 'off';
  /** The trimmed spec as JSON, when not the vendored one (vendor/microsoft-graph/calendar-trimmed.json). */
  contractSpec?: string | URL;
  faults?: Partial<FaultSettings>;
  /** Outlook's MailboxConcurrency: requests in flight per mailbox before 429. Default 4. */
  maxConcurrentPerMailbox?: number;
}
