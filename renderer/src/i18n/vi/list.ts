// Vietnamese strings of the "list" screens (the default language).
export const list = {
};
