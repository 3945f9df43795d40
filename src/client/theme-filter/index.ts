/** Entry module of the theme filter over a list of case cards (<pg-theme-filter>, ThemeFilter.astro). */
import { enhanceThemeFilter } from './filter';

class ThemeFilterElement extends HTMLElement {
  connectedCallback() {
    enhanceThemeFilter(this);
  }
}
if (!customElements.get('pg-theme-filter')) customElements.define('pg-theme-filter', ThemeFilterElement);
