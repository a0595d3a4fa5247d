// Character codes the CSV scanners compare against (bytes and UTF-16 units alike).
export const TAB = 9;
export const LF = 10;
export const VT = 11;
export const FF = 12;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
