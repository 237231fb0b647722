import { openTeamPlannerPage } from '../../web/shared/team-planner.js';

// The managers' task pane in Outlook: Office.js from Microsoft's CDN when Outlook opened it; in
// local mode outside Outlook, a plain page signed in with ?as=.
openTeamPlannerPage('addin');
