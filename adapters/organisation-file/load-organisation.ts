/**
 * Loads the organisation file (YAML, see organisation-file-schema.ts for the format) into the
 * core `Organisation`.
 *
 * Three passes, each stopping the next when it finds a problem: YAML syntax, the schema
 * (TypeBox), then the cross-checks and conversion (build-organisation.ts). Every problem is
 * placed on its line (the YAML parser's positions, via LineCounter) and named by a readable path
 * such as `people[3].regime` (list indexes count from 0).
 *
 * Errors: `parseOrganisation` and `loadOrganisation` throw `DomainError('ORG_FILE_INVALID')` for
 * the FIRST problem, so the message is one line that says what to fix. "First" means: the first
 * pass that fails (syntax, then format, then cross-checks); within it, problems with what is
 * written before things that are missing (a required key, an HR person), each in file order:
 *
 *   demo.yaml:42: people[3].regime: 2 is not a working regime; write a share more than 0 and ...
 *
 * Its params: `file` (`name:line`, as the catalogue's message shows it), `path`, `problem`, and
 * for programs `fileName`, `line`, `column` and `problems` (how many problems the file has in
 * that pass). `findOrganisationProblems` lists them all, one line each, for a checker or a CLI.
 * A file that cannot be read throws `DomainError('ORG_FILE_UNREADABLE')`.
 */
import { readFile } from 'node:fs/promises';
import Value from 'typebox/value';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { buildOrganisation } from './build-organisation.js';
import { explainSchemaErrors } from './explain-schema-errors.js';
import { type FileProblem, formatPath } from './file-problem.js';
import { type OrganisationFile, OrganisationFileSchema } from './organisation-file-schema.js';

/** One problem of the file, placed: `file:line: path: problem` is its one-line form. */
export interface OrganisationFileProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** `people[3].regime`; `(top level)` for the whole file, `(YAML syntax)` for a syntax error. */
  path: string;
  problem: string;
}

export function formatProblem(p: OrganisationFileProblem): string {
  return `${p.file}:${p.line}: ${p.path}: ${p.problem}`;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'the same key is written twice in one block; keep one',
  MISSING_CHAR: 'a quote or a bracket is not closed; close it, or check the line above',
  BAD_INDENT: 'check the indentation: keys of the same block start in the same column, with spaces',
  BLOCK_AS_IMPLICIT_KEY:
    'check the indentation: keys of the same block start in the same column, with spaces',
  MULTILINE_IMPLICIT_KEY: 'check the indentation, and that each key is followed by ": " on its line',
  UNEXPECTED_TOKEN: 'check the indentation, and that each list item starts with "- "',
  BAD_ALIAS: 'an *alias needs an &anchor of the same name above it',
  MULTIPLE_DOCS: 'the file must hold one document; remove the extra "---"',
};

type Analysis = { organisation?: Organisation; problems: OrganisationFileProblem[] };

function analyse(text: string, fileName: string): Analysis {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: fileName, line, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const first = error.message.split('\n')[0]?.trim() ?? error.code;
        const hint = /end with an? [\]}]/.test(first)
          ? 'a [ or { is not closed; close it on the same line'
          : (YAML_HINTS[error.code] ?? 'check the YAML syntax on this line');
        return { ...place(error.pos[0]), path: '(YAML syntax)', problem: `${first}; ${hint}` };
      }),
    };
  }

  /** The line of the deepest node the path reaches; the key itself for `at: 'key'`. */
  const locate = (problem: FileProblem): OrganisationFileProblem => {
    const { path } = problem;
    const placed = { path: formatPath(path), problem: problem.problem };
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      if (problem.at === 'key' && depth === path.length && depth > 0) {
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
        const key = String(path[depth - 1]);
        const pair = isMap(parent)
          ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key)
          : undefined;
        if (pair && isNode(pair.key) && pair.key.range) return { ...place(pair.key.range[0]), ...placed };
        continue;
      }
      const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
      if (isNode(node) && node.range) return { ...place(node.range[0]), ...placed };
    }
    return { file: fileName, line: 1, column: 1, ...placed };
  };
  /** What is written wrong first, then what is missing; each in file order. */
  const placeAll = (problems: FileProblem[]) =>
    problems
      .map((problem) => ({ placed: locate(problem), missing: problem.missing ? 1 : 0 }))
      .sort(
        (a, b) => a.missing - b.missing || a.placed.line - b.placed.line || a.placed.column - b.placed.column,
      )
      .map(({ placed }) => placed);

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    return {
      problems: [{ file: fileName, line: 1, column: 1, path: '(YAML syntax)', problem: reasonOf(error) }],
    };
  }
  if (data === null || data === undefined) {
    return {
      problems: placeAll([
        {
          path: [],
          problem: 'the file is empty; write employer, policy, teams and people (see the demo organisation)',
        },
      ]),
    };
  }

  if (!Value.Check(OrganisationFileSchema, data)) {
    const problems = explainSchemaErrors(OrganisationFileSchema, data);
    return {
      problems: placeAll(
        problems.length ? problems : [{ path: [], problem: 'the file does not fit the organisation format' }],
      ),
    };
  }

  const { organisation, problems } = buildOrganisation(data as OrganisationFile, fileName);
  return problems.length ? { problems: placeAll(problems) } : { organisation, problems: [] };
}

/** Every problem of the file's first failing pass (syntax, format, cross-checks), in file order. */
export function findOrganisationProblems(text: string, fileName: string): OrganisationFileProblem[] {
  return analyse(text, fileName).problems;
}

/** The organisation a YAML text describes; throws ORG_FILE_INVALID naming the first problem. */
export function parseOrganisation(text: string, fileName: string): Organisation {
  const { organisation, problems } = analyse(text, fileName);
  const first = problems[0];
  if (first || !organisation) {
    const p = first ?? {
      file: fileName,
      line: 1,
      column: 1,
      path: '(top level)',
      problem: 'the file is not valid',
    };
    throw new DomainError('ORG_FILE_INVALID', {
      file: `${p.file}:${p.line}`,
      path: p.path,
      problem: p.problem,
      fileName: p.file,
      line: p.line,
      column: p.column,
      problems: problems.length,
    });
  }
  return organisation;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'there is no file at this path; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; let the server’s user read the file';
  if (code === 'EISDIR') return 'this is a folder; give the path of the YAML file in it';
  return error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
}

/** Reads and parses the organisation file at `path` (the path is the `file` of every error). */
export async function loadOrganisation(path: string): Promise<Organisation> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DomainError('ORG_FILE_UNREADABLE', { file: path, reason: reasonOf(error) });
  }
  return parseOrganisation(text, path);
}
