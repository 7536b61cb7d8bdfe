// The figures module's face: detection, and the vocabulary every other module uses.
export { detectFigures } from "./detect";
export * from "./types";
