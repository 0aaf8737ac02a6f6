/**
 * A tile-grid map of Poland: each of the 16 województwa is one square in a 5 × 4 grid, placed
 * roughly where it lies, so the map needs no external geodata and every region is the same size
 * (a large region does not look more important than a small one).
 */
export interface VoivodeshipTile {
  /** Place id used in content/places/ when a source names the region, e.g. "wojewodztwo-podlaskie". */
  placeId: string;
  name: string;
  /** Two-letter label on the tile. */
  abbreviation: string;
  /** GUS TERYT code. */
  teryt: string;
  column: number;
  row: number;
}

export const VOIVODESHIP_TILES: readonly VoivodeshipTile[] = [
  { placeId: 'wojewodztwo-zachodniopomorskie', name: 'zachodniopomorskie', abbreviation: 'ZP', teryt: '32', column: 1, row: 0 },
  { placeId: 'wojewodztwo-pomorskie', name: 'pomorskie', abbreviation: 'PM', teryt: '22', column: 2, row: 0 },
  { placeId: 'wojewodztwo-warminsko-mazurskie', name: 'warmińsko-mazurskie', abbreviation: 'WN', teryt: '28', column: 3, row: 0 },
  { placeId: 'wojewodztwo-podlaskie', name: 'podlaskie', abbreviation: 'PD', teryt: '20', column: 4, row: 0 },
  { placeId: 'wojewodztwo-lubuskie', name: 'lubuskie', abbreviation: 'LB', teryt: '08', column: 0, row: 1 },
  { placeId: 'wojewodztwo-wielkopolskie', name: 'wielkopolskie', abbreviation: 'WP', teryt: '30', column: 1, row: 1 },
  { placeId: 'wojewodztwo-kujawsko-pomorskie', name: 'kujawsko-pomorskie', abbreviation: 'KP', teryt: '04', column: 2, row: 1 },
  { placeId: 'wojewodztwo-mazowieckie', name: 'mazowieckie', abbreviation: 'MZ', teryt: '14', column: 3, row: 1 },
  { placeId: 'wojewodztwo-dolnoslaskie', name: 'dolnośląskie', abbreviation: 'DS', teryt: '02', column: 0, row: 2 },
  { placeId: 'wojewodztwo-opolskie', name: 'opolskie', abbreviation: 'OP', teryt: '16', column: 1, row: 2 },
  { placeId: 'wojewodztwo-lodzkie', name: 'łódzkie', abbreviation: 'LD', teryt: '10', column: 2, row: 2 },
  { placeId: 'wojewodztwo-swietokrzyskie', name: 'świętokrzyskie', abbreviation: 'SK', teryt: '26', column: 3, row: 2 },
  { placeId: 'wojewodztwo-lubelskie', name: 'lubelskie', abbreviation: 'LU', teryt: '06', column: 4, row: 2 },
  { placeId: 'wojewodztwo-slaskie', name: 'śląskie', abbreviation: 'SL', teryt: '24', column: 1, row: 3 },
  { placeId: 'wojewodztwo-malopolskie', name: 'małopolskie', abbreviation: 'MA', teryt: '12', column: 2, row: 3 },
  { placeId: 'wojewodztwo-podkarpackie', name: 'podkarpackie', abbreviation: 'PK', teryt: '18', column: 3, row: 3 },
];
