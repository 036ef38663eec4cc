// Vietnamese strings of the "book" screens (the default language).
export const book = {
};
