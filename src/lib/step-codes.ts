/**
 * Short, citable codes for workflow steps: "MK-M 3" is step 3 of the workflow coded "MK-M".
 * Trainers write them on slides; the page answers to them in the address as `#mk-m-3`.
 */

/** A workflow code: capital letters, optionally one hyphenated part, e.g. "MK-M", "MKPS", "MK-GW". */
export const WORKFLOW_CODE = /^[A-Z]{2,5}(?:-[A-Z]{1,3})?$/;

/** "MK-M" and 3 → "MK-M 3". Steps are numbered from 1 in the order the page lists them. */
export function stepCode(workflowCode: string, position: number): string {
  return `${workflowCode} ${position}`;
}

/** The address fragment a code answers to: "MK-M 3" → "mk-m-3". */
export function stepCodeAnchor(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, '-');
}

export interface ParsedStepCode {
  workflowCode: string;
  position: number;
}

/**
 * Reads a code as people type it: "MK-M 3", "mk-m-3", "MK-M-3", "mk-m 3", "MK-M%203".
 * Returns undefined for anything else, including step 0 and leading zeros ("MK-M 03").
 */
export function parseStepCode(text: string): ParsedStepCode | undefined {
  let decoded = text.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    return undefined;
  }
  const match = /^([a-z]{2,5}(?:-[a-z]{1,3})?)[\s-]+([1-9]\d{0,2})$/i.exec(decoded.trim());
  if (!match) return undefined;
  const workflowCode = match[1]!.toUpperCase();
  if (!WORKFLOW_CODE.test(workflowCode)) return undefined;
  return { workflowCode, position: Number(match[2]) };
}

/** A code as people type it, written the way the site writes it: "mk-m-3" → "MK-M 3"; undefined when it is not one. */
export function normalStepCode(text: string): string | undefined {
  const code = parseStepCode(text);
  return code && stepCode(code.workflowCode, code.position);
}
