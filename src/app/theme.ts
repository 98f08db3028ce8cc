import { useEffect } from 'react';
import { useMediaQuery } from '../lib/use-media-query';
import type { Theme } from '../url-state/params';

/** Puts the `dark` class on <html> for theme=dark, or for theme=auto on a system in dark mode. */
export function useTheme(theme: Theme = 'light'): void {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const dark = theme === 'dark' || (theme === 'auto' && systemDark);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
}
