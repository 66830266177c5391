/**
 * isLightColor() reads the strings browsers return for `getComputedStyle().color`: light text means a dark section
 * (color-scheme.ts then switches a widget to `color-scheme: dark`). Pure.
 */
import { expect } from '@open-wc/testing';
import { isLightColor } from '../../src/core/luminance.js';

const cases = (list: [string, boolean | undefined][]) => {
  for (const [input, expected] of list)
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(isLightColor(input)).to.equal(expected));
};

describe('isLightColor', () => {
  describe('rgb() and rgba(), channels 0–255', () => {
    cases([
      ['rgb(255, 255, 255)', true],
      ['rgb(0, 0, 0)', false],
      ['rgb(233, 236, 239)', true], // the dark section's text, #e9ecef
      ['rgb(20, 22, 26)', false], // its background, #14161a
      ['rgb(29, 42, 51)', false], // a light page's text
      ['rgb(11, 110, 105)', false], // the brand colour
      // Relative luminance 0.179 is where black and white text contrast equally.
      ['rgb(117, 117, 117)', false],
      ['rgb(118, 118, 118)', true],
      ['rgb(255, 255, 0)', true], // yellow: light although two channels only
      ['rgb(0, 0, 255)', false], // blue: dark although one channel is full
      ['rgba(255, 255, 255, 0.5)', true], // alpha is ignored
      ['rgba(0, 0, 0, 0)', false],
      ['rgb(255 255 255 / 0.5)', true], // space-separated
      ['rgb(300, 300, 300)', true], // out of range: clamped
      ['rgb(-5, -5, -5)', false],
      ['  RGB(255,255,255)  ', true],
    ]);
  });

  describe('color(srgb …), channels 0–1', () => {
    cases([
      ['color(srgb 1 1 1)', true],
      ['color(srgb 0.1 0.1 0.1)', false],
      ['color(srgb 0.9 0.92 0.94 / 0.5)', true],
      ['color(srgb 1e0 1e0 1e0)', true],
      ['color(srgb 0.46 0.46 0.46)', false],
      ['color(srgb 0.47 0.47 0.47)', true],
    ]);
  });

  describe('oklch() and oklab(), lightness 0–1 or a percentage', () => {
    cases([
      ['oklch(0.9 0.02 250)', true],
      ['oklch(0.3 0.02 250)', false],
      ['oklch(90% 0.02 250)', true],
      ['oklch(50% 0.1 250)', false],
      ['oklch(0.55 0.1 250)', false], // OKLab L of luminance 0.179 is 0.5635
      ['oklch(0.57 0.1 250)', true],
      ['oklab(0.6 0 0)', true],
      ['oklab(0.55 -0.01 0.02)', false],
      ['oklab(60% 0 0 / 0.5)', true],
    ]);
  });

  describe('lab() and lch(), lightness 0–100', () => {
    cases([
      ['lab(50 0 0)', true], // CIE L* 49.5 is luminance 0.179
      ['lab(49 0 0)', false],
      ['lab(95 -2 3)', true],
      ['lch(90 10 20)', true],
      ['lch(20 30 250)', false],
      ['lch(20 30 250 / 0.5)', false],
    ]);
  });

  describe('anything else: undefined (the widget leaves its scheme alone)', () => {
    cases([
      ['', undefined],
      ['red', undefined],
      ['transparent', undefined],
      ['currentcolor', undefined],
      ['rgb()', undefined],
      ['rgb(a, b, c)', undefined],
      ['rgb(., ., .)', undefined],
      ['rgb(1-2, 3, 4)', undefined],
      ['hsl(0, 0%, 100%)', undefined],
      ['hwb(0 100% 0%)', undefined],
      ['color(display-p3 1 1 1)', undefined],
      ['rgb(255, 255)', undefined],
      ['xrgb(255, 255, 255)', undefined],
    ]);
  });
});
