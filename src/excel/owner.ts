/**
 * How Evalsheet recognises what it made. A sheet it made carries a sheet-scoped named item
 * (Worksheet.names, ExcelApi 1.4): it survives save, rename and copy, travels with the file, and
 * needs no newer API. Charts carry their spec id as their name.
 */
export const OWNER_NAME = 'Evalsheet_owned';
export const OWNED_CHART_PREFIX = 'evalsheet:';
