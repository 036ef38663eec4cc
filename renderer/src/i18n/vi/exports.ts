// Vietnamese strings of the "exports" screens (the default language).
export const exports = {
};
