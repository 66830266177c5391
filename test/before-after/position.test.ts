/** The before/after slider's geometry without DOM: clamping, pointer → position, keyboard steps, RTL. */
import { expect } from '@open-wc/testing';
import { clampPosition, positionFromKey, positionFromPoint } from '../../src/before-after/position.js';

describe('before/after position (pure)', () => {
  it('clamps to 0–100, rounds to a tenth and turns non-finite values into 50', () => {
    expect(clampPosition(-3)).to.equal(0);
    expect(clampPosition(140)).to.equal(100);
    expect(clampPosition(33.333)).to.equal(33.3);
    expect(clampPosition(NaN)).to.equal(50);
    expect(clampPosition(Infinity)).to.equal(50);
  });

  describe('from a pointer', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };

    it('measures from the left in a left-to-right page', () => {
      expect(positionFromPoint(box, 100, 60, false, false)).to.equal(0);
      expect(positionFromPoint(box, 200, 60, false, false)).to.equal(25);
      expect(positionFromPoint(box, 500, 60, false, false)).to.equal(100);
    });

    it('measures from the right in a right-to-left page', () => {
      expect(positionFromPoint(box, 200, 60, false, true)).to.equal(75);
      expect(positionFromPoint(box, 500, 60, false, true)).to.equal(0);
    });

    it('measures from the top when vertical, whatever the direction', () => {
      expect(positionFromPoint(box, 150, 100, true, false)).to.equal(25);
      expect(positionFromPoint(box, 150, 100, true, true)).to.equal(25);
      expect(positionFromPoint(box, 150, 50, true, false)).to.equal(0);
      expect(positionFromPoint(box, 150, 250, true, false)).to.equal(100);
    });

    it('clamps a pointer dragged outside the box', () => {
      expect(positionFromPoint(box, -40, 60, false, false)).to.equal(0);
      expect(positionFromPoint(box, 900, 60, false, false)).to.equal(100);
      expect(positionFromPoint(box, 150, -500, true, false)).to.equal(0);
      expect(positionFromPoint(box, 150, 900, true, false)).to.equal(100);
    });
  });

  describe('from a key', () => {
    it('steps the ARIA value (= position when horizontal) by 1 with the arrows, 10 with Page Up/Down, to the ends with Home/End', () => {
      expect(positionFromKey('ArrowRight', 50, false, false)).to.equal(51);
      expect(positionFromKey('ArrowUp', 50, false, false)).to.equal(51);
      expect(positionFromKey('ArrowLeft', 50, false, false)).to.equal(49);
      expect(positionFromKey('ArrowDown', 50, false, false)).to.equal(49);
      expect(positionFromKey('PageUp', 50, false, false)).to.equal(60);
      expect(positionFromKey('PageDown', 50, false, false)).to.equal(40);
      expect(positionFromKey('Home', 50, false, false)).to.equal(0);
      expect(positionFromKey('End', 50, false, false)).to.equal(100);
    });

    it('swaps ArrowLeft and ArrowRight in a right-to-left page, and only those', () => {
      expect(positionFromKey('ArrowLeft', 50, false, true)).to.equal(51);
      expect(positionFromKey('ArrowRight', 50, false, true)).to.equal(49);
      expect(positionFromKey('ArrowUp', 50, false, true)).to.equal(51);
      expect(positionFromKey('PageUp', 50, false, true)).to.equal(60);
      expect(positionFromKey('Home', 50, false, true)).to.equal(0);
    });

    it('counts from the top when vertical: ArrowDown moves the divider down, ArrowUp (value up) moves it up', () => {
      expect(positionFromKey('ArrowDown', 50, true, false)).to.equal(51);
      expect(positionFromKey('ArrowUp', 50, true, false)).to.equal(49);
      expect(positionFromKey('ArrowRight', 50, true, false)).to.equal(49);
      expect(positionFromKey('PageUp', 50, true, false)).to.equal(40);
      expect(positionFromKey('PageDown', 50, true, false)).to.equal(60);
      // Home is ARIA value 0 (divider at the bottom, only before), End value 100 (divider at the top).
      expect(positionFromKey('Home', 50, true, false)).to.equal(100);
      expect(positionFromKey('End', 50, true, false)).to.equal(0);
      // A right-to-left page changes nothing top to bottom.
      expect(positionFromKey('ArrowLeft', 50, true, true)).to.equal(51);
      expect(positionFromKey('ArrowDown', 50, true, true)).to.equal(51);
    });

    it('lands on whole numbers from a dragged position', () => {
      expect(positionFromKey('ArrowRight', 37.4, false, false)).to.equal(38);
      expect(positionFromKey('ArrowLeft', 37.4, false, false)).to.equal(37);
      expect(positionFromKey('PageUp', 37.4, false, false)).to.equal(47);
      expect(positionFromKey('PageDown', 37.4, false, false)).to.equal(28);
      expect(positionFromKey('ArrowDown', 37.4, true, false)).to.equal(38);
      expect(positionFromKey('ArrowUp', 37.4, true, false)).to.equal(37);
    });

    it('stays within 0–100 at the ends', () => {
      expect(positionFromKey('ArrowLeft', 0, false, false)).to.equal(0);
      expect(positionFromKey('PageUp', 95, false, false)).to.equal(100);
      expect(positionFromKey('PageDown', 95, true, false)).to.equal(100);
    });

    it('ignores other keys', () => {
      for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape'])
        expect(positionFromKey(key, 50, false, false), key).to.equal(undefined);
    });
  });
});
