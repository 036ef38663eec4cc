// Vietnamese strings of the "preview" screens (the default language).
export const preview = {
};
