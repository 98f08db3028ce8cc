/**
 * How a dataset is requested: JSON or a spreadsheet, and no cookies (an address in `?data=` may be
 * anyone's). The page's first script requests our own dataset the same way (src/start/).
 */
export const DATASET_REQUEST = {
  headers: { Accept: 'application/json, text/csv;q=0.9' },
  credentials: 'omit',
} as const satisfies RequestInit;
