// Dates are stored as UTC midnight when only the day is known, so they are shown in UTC: a reader in
// another time zone must not see the previous day.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-GB");

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatNumber = (value: number) => numberFormat.format(value);
