/** A problem with the file as a whole (not a row): one clear message. */
export class FileProblem extends Error {}
