// Vietnamese strings of the "reports" screens (the default language).
export const reports = {
};
