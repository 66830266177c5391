/**
 * The base class of every dermakit element with a shadow root: what all of them do, declared once.
 * Today that is following the colour scheme of the section the element sits in (`color-scheme.ts`).
 */
import { LitElement } from 'lit';
import { followColorScheme } from './color-scheme.js';

export class DermakitElement extends LitElement {
  constructor() {
    super();
    followColorScheme(this);
  }
}
