// jstat ships no type declarations; these are the two functions the study uses.
declare module 'jstat' {
  const jstat: {
    jStat: {
      chisquare: { cdf(x: number, dof: number): number };
      gammaln(x: number): number;
    };
  };
  export default jstat;
}
