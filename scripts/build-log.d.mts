export function isRoutine(line: string): boolean;
