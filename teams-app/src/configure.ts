import { element, startPage } from '../../web/shared/page-shell.js';

// The team tab's configuration page: pick the team; Teams saves the tab's URL with ?teamId=.
startPage('tab')
  .then(async (page) => {
    if (!page) return;
    const { api, words, main, host } = page;
    // GET /me/teams: the caller's own teams and those they plan (a member adds the tab too).
    const teams = await api.get<{ teams: Array<{ teamId: string; name: string }> }>('/api/v1/me/teams').then(
      (answer) => answer.body.teams,
      () => [],
    );
    const picker = element('select');
    picker.id = 'team';
    const label = element('label', words.chooseTeam);
    label.htmlFor = 'team';
    for (const team of teams) {
      const option = element('option', team.name);
      option.value = team.teamId;
      picker.append(option);
    }
    main.replaceChildren(
      element('h1', words.team),
      label,
      picker,
      teams.length === 0 ? element('p', words.noTeams) : '',
    );
    main.removeAttribute('aria-busy');
    if (host.kind !== 'teams') return;
    const { pages } = host.teams;
    pages.config.registerOnSaveHandler((save) => {
      const teamId = picker.value;
      pages.config
        .setConfig({
          entityId: `team-${teamId}`,
          contentUrl: `${location.origin}/tab/team?teamId=${encodeURIComponent(teamId)}`,
          suggestedDisplayName: words.coverage,
        })
        .then(
          () => save.notifySuccess(),
          (error: unknown) => save.notifyFailure(String(error)),
        );
    });
    pages.config.setValidityState(teams.length > 0);
    picker.addEventListener('change', () => pages.config.setValidityState(picker.value !== ''));
  })
  .catch((error: unknown) => {
    (document.getElementById('status') as HTMLElement).textContent = String(error);
  });
