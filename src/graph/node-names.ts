/** Node names, as constants so routing functions return a union of literals. */
export const PLANNER = 'planner' as const;
export const EXECUTOR = 'executor' as const;
export const RECEPTION = 'reception' as const;
