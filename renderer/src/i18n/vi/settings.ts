// Vietnamese strings of the "settings" screens (the default language).
export const settings = {
};
