/** Types the island shares, apart, so on-demand modules never import the elements that load them. */
import type { Runtime } from './runtime';

/** What the bar's on-demand modules get to work with. */
export interface BarContext {
  bar: HTMLElement;
  rt: Runtime;
  /** Polite announcement for screen readers. */
  say(text: string): void;
  /** A visible message in the panel (results of import, copy, share); a new one replaces the old. */
  tell(text: string): void;
}
