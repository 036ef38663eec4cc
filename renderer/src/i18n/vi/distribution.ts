// Vietnamese strings of the "distribution" screens (the default language).
export const distribution = {
};
