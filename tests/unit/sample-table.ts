/** A side-by-side table for unit tests: two systems, `x` (Alpha) and `y` (Beta), and the rows given; valid for the schema. */
export function sampleTable<Row>(rows: Row[]) {
  const systems = [
    { id: 'x', name: 'Alpha' },
    { id: 'y', name: 'Beta' },
  ];
  return { title: 'Alpha vs Beta table', article: 'a', caption: 'Alpha compared with Beta', systems, rows };
}
