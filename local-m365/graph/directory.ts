/**
 * The tenant's users and shared mailboxes, as GET /users shows them. Graph addresses a user by
 * object id or by userPrincipalName, both without regard to case (`/users/{id | userPrincipalName}`).
 */
export interface DirectoryEntry {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail?: string;
  /**
   * A shared mailbox's delegates with read access (Exchange's "shared with" for the calendar):
   * object ids whose own delegated token may read it. Absent: only app tokens reach it.
   */
  readers?: string[];
}

export class Directory {
  private readonly byKey = new Map<string, DirectoryEntry>();

  constructor(readonly entries: DirectoryEntry[]) {
    for (const entry of entries) {
      this.byKey.set(entry.id.toLowerCase(), entry);
      this.byKey.set(entry.userPrincipalName.toLowerCase(), entry);
    }
  }

  find(idOrUpn: string): DirectoryEntry | undefined {
    return this.byKey.get(idOrUpn.toLowerCase());
  }

  /** The address Outlook shows for the mailbox owner (organizer of the events in it). */
  static addressOf(entry: DirectoryEntry): string {
    return entry.mail ?? entry.userPrincipalName;
  }

  /** The default properties Graph returns for a user (no $select). */
  static toGraphUser(entry: DirectoryEntry): Record<string, unknown> {
    return {
      businessPhones: [],
      displayName: entry.displayName,
      givenName: null,
      jobTitle: null,
      mail: entry.mail ?? null,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      surname: null,
      userPrincipalName: entry.userPrincipalName,
      id: entry.id,
    };
  }
}
