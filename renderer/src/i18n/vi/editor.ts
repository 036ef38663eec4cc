// Vietnamese strings of the "editor" screens (the default language).
export const editor = {
};
