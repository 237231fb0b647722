import { openTeamPlannerPage } from '../../web/shared/team-planner.js';

// The team tab: the same grid as the Outlook add-in. The API decides who may change it (the
// team's managers); the tab is editable for them and shows a refusal to anyone else.
openTeamPlannerPage('tab');
