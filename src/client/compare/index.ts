/** Entry module of the comparison picker (<pg-compare>, ComparePicker.astro). */
import { enhanceCompare } from './picker';

class CompareElement extends HTMLElement {
  connectedCallback() {
    enhanceCompare(this);
  }
}
if (!customElements.get('pg-compare')) customElements.define('pg-compare', CompareElement);
