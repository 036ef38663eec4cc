// Vietnamese strings of the "approval" screens (the default language).
export const approval = {
};
