// Vietnamese strings of the "common" screens (the default language).
export const common = {
};
