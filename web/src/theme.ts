const themeKey = 'jobpilot.theme';

/** The theme follows the system (prefers-color-scheme) until the person picks one with the toggle. */
export function setUpTheme(toggle: HTMLButtonElement): void {
  const apply = (theme: string | null) => {
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
    const dark = theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    toggle.textContent = dark ? 'Light theme' : 'Dark theme';
    toggle.setAttribute('aria-label', dark ? 'Switch to the light theme' : 'Switch to the dark theme');
  };
  apply(localStorage.getItem(themeKey));
  toggle.addEventListener('click', () => {
    const chosen = document.documentElement.dataset.theme;
    const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    const next = dark ? 'light' : 'dark';
    localStorage.setItem(themeKey, next);
    apply(next);
  });
}
