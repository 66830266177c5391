import { LitElement, html } from 'lit';
import { tokens } from '../core/tokens.js';
export class DkFaqItem extends LitElement {
  static override styles = [tokens];
  override render() { return html`<slot></slot>`; }
}
declare global { interface HTMLElementTagNameMap { 'dk-faq-item': DkFaqItem } }
