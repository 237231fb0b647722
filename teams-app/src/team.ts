import { openTeamPlannerPage } from '../../web/shared/team-planner.js';

// The team tab: the same grid as the Outlook add-in. Its members see the week read only; the
// team's managers (and HR, Admin) change it, as the API decides.
openTeamPlannerPage('tab');
