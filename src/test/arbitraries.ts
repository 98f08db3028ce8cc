import fc from 'fast-check';

/** Any real calendar date a dataset can hold, `YYYY-MM-DD` in the years 0001 to 9999. */
export const anyRealDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
