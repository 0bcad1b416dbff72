// Backs a judgment in bench/MUTATION.md: the surviving mutants of the id comparators
// (`a.id < b.id ? -1 : a.id > b.id ? 1 : 0`) give the same order as the comparator itself
// in V8 whenever the ids are distinct. Sorts random orders of 89 distinct ids with each
// mutant and prints how many orders came out different (expected: none, but for the
// control, a comparator that ignores its arguments).
//
//   node bench/sort-comparators.mjs
const ids = Array.from({ length: 89 }, (_, i) => `xx-${String(i).padStart(2, '0')}`);
const comparators = {
  original: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  'a > b → false': (a, b) => (a < b ? -1 : 0),
  'a > b → true': (a, b) => (a < b ? -1 : 1),
  'a > b → a >= b': (a, b) => (a < b ? -1 : a >= b ? 1 : 0),
  'a > b → a <= b': (a, b) => (a < b ? -1 : a <= b ? 1 : 0),
  'a < b → a <= b': (a, b) => (a <= b ? -1 : a > b ? 1 : 0),
  'control: always -1': () => -1,
};
let seed = 1;
/** A seeded generator (Park–Miller), so that every run tries the same orders. */
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const different = Object.fromEntries(Object.keys(comparators).map((name) => [name, 0]));
const orders = 2000;
for (let n = 0; n < orders; n++) {
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const expected = [...order].sort(comparators.original).join();
  for (const [name, compare] of Object.entries(comparators)) {
    if ([...order].sort(compare).join() !== expected) different[name]++;
  }
}
console.log(`${orders} random orders of ${ids.length} ids, node ${process.version}: orders sorted differently`);
console.table(different);
