import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Match the system',
  light: 'Light',
  dark: 'Dark',
};

const STORAGE_KEY = 'baton.theme';

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system'; // storage can be disabled; the OS theme is a fine default
  }
}

/** `data-theme` pins a theme (tokens.css); without it the colours follow the OS. */
function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

function systemIsDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

interface ThemeState {
  choice: ThemeChoice;
  choose: (choice: ThemeChoice) => void;
  /** Light ↔ dark from whatever is showing now, pinning the result. */
  toggle: () => void;
}

/** This computer's theme: per laptop, not synced, kept in localStorage. */
export const useThemeStore = create<ThemeState>((set, get) => ({
  choice: 'system',
  choose: (choice) => {
    apply(choice);
    try {
      if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not saved, still applied for this session.
    }
    set({ choice });
  },
  toggle: () => {
    const { choice, choose } = get();
    const showingDark = choice === 'dark' || (choice === 'system' && systemIsDark());
    choose(showingDark ? 'light' : 'dark');
  },
}));

/** Applies the saved theme; call once before the first paint. */
export function restoreTheme(): void {
  const choice = readChoice();
  apply(choice);
  useThemeStore.setState({ choice });
}
