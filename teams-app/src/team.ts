import { startPage } from '../../web/shared/page-shell.js';
import { renderTeamPlanner, serversMonday } from '../../web/shared/team-planner.js';

// The team tab: the same grid as the Outlook add-in. The API decides who may change it (the
// team's managers); the tab is editable for them and shows a refusal to anyone else.
startPage('tab')
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
