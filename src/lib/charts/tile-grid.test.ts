import { describe, expect, it } from 'vitest';
import { mapSize, moveInTileGrid, tileBox, tooltipPlacement } from './tile-grid.ts';
import { VOIVODESHIP_TILES } from './voivodeship-tiles.ts';

describe('geometry', () => {
  it('places tiles on a grid of 60-unit squares with 6-unit gaps', () => {
    expect(tileBox({ column: 0, row: 0 })).toEqual({ x: 0, y: 0, width: 60, height: 60 });
    expect(tileBox({ column: 4, row: 2 })).toEqual({ x: 264, y: 132, width: 60, height: 60 });
    expect(tileBox({ column: 1, row: 1 }, { tileSize: 10, gap: 2 })).toEqual({ x: 12, y: 12, width: 10, height: 10 });
  });

  it('sizes the map to the grid, about as wide as a 320 px phone', () => {
    expect(mapSize(VOIVODESHIP_TILES)).toEqual({ width: 324, height: 258 });
    expect(mapSize([])).toEqual({ width: 0, height: 0 });
  });

  it('anchors tooltips so they stay inside the map: left edge, centre or right edge', () => {
    const size = mapSize(VOIVODESHIP_TILES);
    expect(tooltipPlacement(tileBox({ column: 0, row: 1 }), size)).toEqual({ align: 'start', x: 0, y: 48.84, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 2, row: 0 }), size)).toEqual({ align: 'center', x: 50, y: 23.26, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 4, row: 0 }), size)).toEqual({ align: 'end', x: 100, y: 23.26, room: 100 });
    expect(tooltipPlacement(tileBox({ column: 3, row: 3 }), size)).toMatchObject({ align: 'end', room: 79.63 });
  });
});

describe('moveInTileGrid', () => {
  const move = (from: string, key: string) => {
    const target = moveInTileGrid(VOIVODESHIP_TILES, VOIVODESHIP_TILES.find((candidate) => candidate.name === from)!.teryt, key);
    return target && VOIVODESHIP_TILES.find((candidate) => candidate.teryt === target)!.name;
  };

  it.each([
    ['mazowieckie', 'ArrowRight', undefined],
    ['mazowieckie', 'ArrowLeft', 'kujawsko-pomorskie'],
    ['mazowieckie', 'ArrowUp', 'warmińsko-mazurskie'],
    ['mazowieckie', 'ArrowDown', 'świętokrzyskie'],
    ['podlaskie', 'ArrowRight', undefined],
    ['podlaskie', 'ArrowDown', 'mazowieckie'],
    ['lubuskie', 'ArrowUp', 'zachodniopomorskie'],
    ['dolnośląskie', 'ArrowDown', 'śląskie'],
    ['lubelskie', 'ArrowDown', 'podkarpackie'],
    ['podkarpackie', 'ArrowDown', undefined],
    ['łódzkie', 'Home', 'zachodniopomorskie'],
    ['łódzkie', 'End', 'podkarpackie'],
    ['zachodniopomorskie', 'Home', undefined],
    ['łódzkie', 'Enter', undefined],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(move(from, key)).toBe(to);
  });

  it('does nothing from a tile it does not know', () => {
    expect(moveInTileGrid(VOIVODESHIP_TILES, '99', 'ArrowRight')).toBeUndefined();
  });
});
