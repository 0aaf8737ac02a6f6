/**
 * The "Zgłoś uwagę" button on every numbered unit. The units are server-rendered text outside the
 * island, so the buttons are added to them here and removed again when the panel goes; a unit that
 * already has a remark says so, in words on its button as well as by its frame.
 */
import { useEffect, useEffectEvent } from 'react';
import type { Remark } from '../lib/consultation/remark.ts';

interface Unit {
  id: string;
  label: string;
}

export function useUnitRemarkButtons(units: readonly Unit[], remarks: readonly Remark[], onOpen: (unitId: string, opener: HTMLButtonElement) => void): void {
  // The buttons outlive renders; a click reaches the panel as it is then, not as it was when they were added.
  const open = useEffectEvent(onOpen);

  useEffect(() => {
    const buttons = units.flatMap((unit) => {
      const element = document.getElementById(unit.id);
      if (!element) return [];
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'unit__remark';
      button.append('Zgłoś uwagę');
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` do ${unit.label}`;
      button.append(hidden);
      button.addEventListener('click', () => open(unit.id, button));
      element.append(button);
      return [button];
    });
    return () => buttons.forEach((button) => button.remove());
  }, [units]);

  useEffect(() => {
    const withRemarks = new Set(remarks.map((remark) => remark.paragraphId));
    for (const unit of units) {
      const element = document.getElementById(unit.id);
      if (!element) continue;
      element.toggleAttribute('data-has-remark', withRemarks.has(unit.id));
      const button = element.querySelector<HTMLButtonElement>('.unit__remark');
      if (button?.firstChild) button.firstChild.textContent = withRemarks.has(unit.id) ? 'Zgłoś kolejną uwagę' : 'Zgłoś uwagę';
    }
  }, [remarks, units]);
}
