// Vietnamese strings of the "library" screens (the default language).
export const library = {
};
