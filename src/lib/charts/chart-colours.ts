/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), from the GOV.UK palette. */
export const CHART_COLOURS = {
  text: '#0b0c0c',
  secondaryText: '#4a4d4f',
  grid: '#d4d6d8',
  axis: '#505a5f',
  blue: '#1d70b8',
  green: '#00703c',
  purple: '#4c2c92',
  brown: '#8a5a1f',
  darkBlue: '#003078',
  grey: '#505a5f',
  highlight: '#fff7bf',
} as const;

/** Series colours in the order they are handed out. */
export const SERIES_COLOURS: readonly string[] = [CHART_COLOURS.blue, CHART_COLOURS.green, CHART_COLOURS.purple, CHART_COLOURS.brown, CHART_COLOURS.darkBlue];
