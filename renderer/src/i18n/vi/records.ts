// Vietnamese strings of the "records" screens (the default language).
export const records = {
};
