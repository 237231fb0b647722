/** One reason the app package cannot be built, located by file and JSON pointer. */
export interface PackageIssue {
  /** The file as the admin knows it: `manifest.json`, `fr.json`, `env/.env.dev`... */
  file: string;
  /** JSON pointer into the file (`/bots/0/botId`), or '' when the whole file is concerned. */
  path: string;
  message: string;
  /** Set when a `${{VARIABLE}}` could not be filled: the root cause of other issues at that path. */
  unfilledPlaceholder?: true;
}

export function issue(file: string, path: string, message: string): PackageIssue {
  return { file, path, message };
}

/** `manifest.json /bots/0/botId: must match pattern ...` — the line the CLI prints. */
export function formatIssue({ file, path, message }: PackageIssue): string {
  return path ? `${file} ${path}: ${message}` : `${file}: ${message}`;
}

/** RFC 6901: `~` and `/` inside a key must be escaped so the pointer stays unambiguous. */
export function childPointer(parent: string, key: string | number): string {
  const segment = String(key).replaceAll('~', '~0').replaceAll('/', '~1');
  return `${parent}/${segment}`;
}
