// jstat ships no type declarations; these are the two functions the study uses.
declare module 'jstat' {
  export const jStat: {
    chisquare: { cdf(x: number, dof: number): number };
    gammaln(x: number): number;
  };
}
