import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';

/** Teams' three themes; Outlook and a plain browser map to the first two. */
export type ThemeName = 'default' | 'dark' | 'contrast';

export function themeName(value: string | null | undefined): ThemeName | undefined {
  if (value === 'dark') return 'dark';
  if (value === 'contrast') return 'contrast';
  if (value === 'default' || value === 'light') return 'default';
  return undefined;
}

/** Fluent's design tokens for the components, and data-theme for the page's own styles. */
export function applyTheme(name: ThemeName): void {
  setTheme(name === 'dark' ? teamsDarkTheme : name === 'contrast' ? teamsHighContrastTheme : teamsLightTheme);
  document.documentElement.dataset.theme = name;
}

/** Outside Teams: ?theme= first, else the system's preference, followed as it changes. */
export function followBrowserTheme(): void {
  const asked = themeName(new URLSearchParams(location.search).get('theme'));
  if (asked) {
    applyTheme(asked);
    return;
  }
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => applyTheme(dark.matches ? 'dark' : 'default');
  apply();
  dark.addEventListener('change', apply);
}
