import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.ts';
import { DATA } from './__fixtures__/territory-fixtures.ts';
import { territoryCsv, territoryRows, territoryTables } from './territory-map-table.ts';

describe('table rows and CSV', () => {
  it('has one row per województwo in TERYT order, then the powiaty and gminy', () => {
    const rows = territoryRows(DATA);
    expect(rows).toHaveLength(19);
    expect(rows.slice(0, 16).map((row) => row.teryt)).toEqual(['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32']);
    expect(rows.find((row) => row.teryt === '20')).toMatchObject({
      type: 'wojewodztwo',
      name: 'podlaskie',
      projectCount: 2,
      projects: ['Projekt Dać to', 'Projekt Miasta'],
    });
    expect(rows.at(-1)).toMatchObject({ type: 'gmina', name: 'Miasto Rybnik', voivodeship: 'województwo nie podane w źródle', projectCount: 1 });
  });

  it('turns the same rows into the two tables under the map, the place linked in the first column', () => {
    const { voivodeships, places } = territoryTables(territoryRows(DATA));
    expect(voivodeships.headers).toEqual(['Województwo', 'Kod TERYT', 'Liczba projektów', 'Projekty']);
    expect(voivodeships.rows).toHaveLength(16);
    expect(voivodeships.rows[0]).toEqual([
      { kind: 'text', text: 'dolnośląskie', href: undefined },
      { kind: 'text', text: '02' },
      { kind: 'number', value: 0 },
      { kind: 'text', text: 'brak projektów w bazie' },
    ]);
    expect(places.rows.at(-1)).toEqual([
      { kind: 'text', text: 'Miasto Rybnik', href: '/miejsca/miasto-rybnik/' },
      { kind: 'text', text: '2473011' },
      { kind: 'text', text: 'gmina' },
      { kind: 'text', text: 'województwo nie podane w źródle' },
      { kind: 'text', text: 'Projekt Rybnik' },
    ]);
  });

  it('writes the same rows to CSV with a BOM, semicolons, Polish headers and the leading zeros of TERYT', () => {
    const csv = territoryCsv(territoryRows(DATA));
    expect(csv.startsWith('\uFEFFRodzaj jednostki;Kod TERYT;Nazwa;Województwo;Liczba projektów;Projekty\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(20);
    expect(rows[1]).toEqual(['województwo', '02', 'dolnośląskie', 'dolnośląskie', '0', '']);
    expect(rows[10]).toEqual(['województwo', '20', 'podlaskie', 'podlaskie', '2', 'Projekt Dać to | Projekt Miasta']);
    expect(rows.at(-1)).toEqual(['gmina', '2473011', 'Miasto Rybnik', 'województwo nie podane w źródle', '1', 'Projekt Rybnik']);
  });
});
