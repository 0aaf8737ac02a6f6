/**
 * Geometry of the tile grid the territory map is drawn on: where each tile sits, how big the map
 * is, where a tile's tooltip goes, and which tile the arrow keys move to (the grid has holes).
 */
import type { Box } from './svg-markup.ts';
import type { VoivodeshipTile } from './voivodeship-tiles.ts';

export interface TileLayout {
  /** Side of a tile in SVG units. */
  tileSize: number;
  gap: number;
}

/**
 * About 320 units wide, so on a 320 px phone the SVG is drawn at almost 1:1 and the text on the
 * tiles keeps its size; on wider screens the stylesheet caps the map's width.
 */
export const DEFAULT_LAYOUT: TileLayout = { tileSize: 60, gap: 6 };

export function tileBox(tile: Pick<VoivodeshipTile, 'column' | 'row'>, layout: TileLayout = DEFAULT_LAYOUT): Box {
  const step = layout.tileSize + layout.gap;
  return { x: tile.column * step, y: tile.row * step, width: layout.tileSize, height: layout.tileSize };
}

/** The SVG's size: the grid's bounding box, without a gap after the last column or row. */
export function mapSize(tiles: readonly Pick<VoivodeshipTile, 'column' | 'row'>[], layout: TileLayout = DEFAULT_LAYOUT): { width: number; height: number } {
  if (tiles.length === 0) return { width: 0, height: 0 };
  const columns = Math.max(...tiles.map((tile) => tile.column)) + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  const step = layout.tileSize + layout.gap;
  return { width: columns * step - layout.gap, height: rows * step - layout.gap };
}

/** Where the tooltip of a tile goes, in per cent of the map, so it lines up at any width. */
export interface TooltipPlacement {
  /** Horizontal anchor: the tooltip's left edge, centre or right edge sits at `x`. */
  align: 'start' | 'center' | 'end';
  /** Per cent of the map's width. */
  x: number;
  /** Per cent of the map's height: the tooltip's top edge sits just below the tile. */
  y: number;
  /** How wide the tooltip may be without leaving the map, in per cent of the map's width. */
  room: number;
}

/**
 * Below the tile; tiles in the left third anchor the tooltip's left edge, the right third its
 * right edge, the middle its centre, so on a narrow phone it never runs off the screen.
 */
export function tooltipPlacement(box: Box, size: { width: number; height: number }): TooltipPlacement {
  const percent = (value: number, of: number) => Math.round((value / of) * 10000) / 100;
  const centre = box.x + box.width / 2;
  const y = percent(box.y + box.height, size.height);
  if (centre < size.width / 3) {
    const x = percent(box.x, size.width);
    return { align: 'start', x, y, room: Math.round((100 - x) * 100) / 100 };
  }
  if (centre > (2 * size.width) / 3) {
    const x = percent(box.x + box.width, size.width);
    return { align: 'end', x, y, room: x };
  }
  const x = percent(centre, size.width);
  return { align: 'center', x, y, room: Math.round(2 * Math.min(x, 100 - x) * 100) / 100 };
}

/**
 * The tile the arrow keys move to from `fromTeryt`. Left and right stay in the row; up and down go
 * to the next row that has tiles, to the tile nearest the same column (the grid has holes). Home
 * and End go to the first and last tile in reading order. `undefined` when the key does not move
 * (edge of the map, another key).
 */
export function moveInTileGrid(tiles: readonly Pick<VoivodeshipTile, 'teryt' | 'column' | 'row'>[], fromTeryt: string, key: string): string | undefined {
  const from = tiles.find((tile) => tile.teryt === fromTeryt);
  if (!from) return undefined;
  const reading = [...tiles].sort((a, b) => a.row - b.row || a.column - b.column);
  const target = (() => {
    switch (key) {
      case 'Home':
        return reading[0];
      case 'End':
        return reading.at(-1);
      case 'ArrowRight':
        return nearest(
          tiles.filter((tile) => tile.row === from.row && tile.column > from.column),
          (tile) => tile.column - from.column,
        );
      case 'ArrowLeft':
        return nearest(
          tiles.filter((tile) => tile.row === from.row && tile.column < from.column),
          (tile) => from.column - tile.column,
        );
      case 'ArrowDown':
      case 'ArrowUp': {
        const sign = key === 'ArrowDown' ? 1 : -1;
        const ahead = tiles.filter((tile) => (tile.row - from.row) * sign > 0);
        const nextRow = nearest(ahead, (tile) => (tile.row - from.row) * sign)?.row;
        return nearest(
          ahead.filter((tile) => tile.row === nextRow),
          // Ties (a hole straight below) go to the tile on the left, as reading order would.
          (tile) => Math.abs(tile.column - from.column) * 2 + (tile.column > from.column ? 1 : 0),
        );
      }
      default:
        return undefined;
    }
  })();
  return target && target.teryt !== fromTeryt ? target.teryt : undefined;
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || distance(item) < distance(best)) best = item;
  return best;
}
