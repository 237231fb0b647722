/**
 * Where the Graph contract comes from. The local Graph holds itself to Microsoft's own OpenAPI
 * description of the calendar API, vendored in vendor/microsoft-graph/ (MIT) and trimmed to what
 * the local Graph serves by scripts/trim-calendar-spec.ts.
 */
export const VENDORED_FROM = {
  repository: 'https://github.com/microsoftgraph/msgraph-sdk-powershell',
  path: 'openApiDocs/v1.0/Calendar.yml',
  commit: '05285992051ac91e8177a729402122fac62dea56',
  licence: 'MIT',
};

/** The SHA-256 of Calendar.yml at that commit. */
export const ORIGINAL_SHA256 = '40cc01e775ef283e1270409003088489f6553354df0ce849a4a51dbd932bef16';

/** The path items the local Graph serves (graph-routes.ts); the trimmed spec keeps exactly these. */
export const VENDORED_PATHS = [
  '/users/{user-id}/events',
  '/users/{user-id}/events/{event-id}',
  '/users/{user-id}/calendar/events',
  '/users/{user-id}/calendar/events/{event-id}',
  '/users/{user-id}/calendarView',
  '/users/{user-id}/calendar/calendarView',
] as const;

/** JSON, so that loading it costs no YAML parse. Next to the compiled code too (see scripts/build.ts). */
export const TRIMMED_SPEC_URL = new URL(
  '../../vendor/microsoft-graph/calendar-trimmed.json',
  import.meta.url,
);
