/** How the shipped tagger is trained, chosen on eng.testa (see README, Entities). */
export const TRAINING = {
  /** The best epoch on eng.testa is kept, up to this many. */
  maxEpochs: 12,
  /** Jackknife folds for the list of names learned from eng.train. */
  folds: 5,
  /** Features seen once in eng.train are left out. */
  minCount: 2,
};

/** Documents of eng.testa whose scores the tests check the shipped model against. */
export const DEV_SAMPLE_DOCUMENTS = 40;
