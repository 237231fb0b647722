import { startPage } from '../../web/shared/page-shell.js';
import { renderTeamPlanner, serversMonday } from '../../web/shared/team-planner.js';

// The managers' task pane in Outlook: Office.js from Microsoft's CDN when Outlook opened it; in
// local mode outside Outlook, a plain page signed in with ?as=.
startPage('addin')
  .then(async (page) => {
    if (!page) return;
    const query = new URLSearchParams(location.search);
    const teamId = query.get('teamId') ?? undefined;
    return renderTeamPlanner(page, {
      ...(teamId ? { teamId } : {}),
      monday: query.get('weekOf') ?? (await serversMonday(page)),
      editable: true,
    }).catch(page.showProblem);
  })
  .catch((error: unknown) => {
    (document.getElementById('status') as HTMLElement).textContent = String(error);
  });
