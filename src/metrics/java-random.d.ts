/**
 * Types of java-random (it ships none): java.util.Random's 48-bit linear congruential generator, the
 * random numbers networkanalysis-ts draws (leiden.ts seeds it with the analysis seed).
 */
declare module "java-random" {
  /** java.util.Random: the same sequence as Java's for the same seed. */
  export default class JavaRandom {
    constructor(seed?: number);
    nextInt(bound?: number): number;
    nextDouble(): number;
  }
}
