import { issue, type PackageIssue } from './package-issue.js';

export interface ReferencedFile {
  /** The path inside the zip, as written in the manifest. */
  name: string;
  /** Where the manifest names it. */
  pointer: string;
  kind: 'icon' | 'localization';
  /** For icons: the key under `icons`; for localization files: the language tag. */
  role: string;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};

/** Every file the manifest points to: the package holds exactly these plus manifest.json. */
export function referencedFiles(manifest: Json): ReferencedFile[] {
  const files: ReferencedFile[] = [];
  for (const [role, name] of Object.entries(asObject(manifest.icons))) {
    files.push({ name: String(name), pointer: `/icons/${role}`, kind: 'icon', role });
  }
  const localization = asObject(manifest.localizationInfo);
  if (localization.defaultLanguageFile !== undefined) {
    files.push({
      name: String(localization.defaultLanguageFile),
      pointer: '/localizationInfo/defaultLanguageFile',
      kind: 'localization',
      role: String(localization.defaultLanguageTag),
    });
  }
  const additional = Array.isArray(localization.additionalLanguages) ? localization.additionalLanguages : [];
  additional.forEach((language, index) => {
    const { file, languageTag } = asObject(language);
    files.push({
      name: String(file),
      pointer: `/localizationInfo/additionalLanguages/${index}/file`,
      kind: 'localization',
      role: String(languageTag),
    });
  });
  return files;
}

/** A package path must stay inside the package: relative, forward slashes, no `..`. */
export function checkPackagePath({ name, pointer }: ReferencedFile): PackageIssue[] {
  const segments = name.split('/');
  const safe =
    name !== '' &&
    !name.includes('\\') &&
    !name.startsWith('/') &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (!safe) return [issue('manifest.json', pointer, `"${name}" must be a relative path inside the package`)];
  if (name === 'manifest.json')
    return [issue('manifest.json', pointer, 'must not point to manifest.json itself')];
  return [];
}
