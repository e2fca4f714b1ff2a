// The bank of a knowledge base: built once per version of its notes, read back from the bank cache file when the notes
// did not change, and built off the caller's thread when a builder is given (bankThread.ts).
import { KnowledgeBase } from '../knowledgeBase';
import { QuestionBank } from './bank';
import { BankCacheFile, bankFingerprint } from './bankCache';

const bankCache = new WeakMap<KnowledgeBase, { version: number; bank: QuestionBank }>();
let kbVersion = 0;
const versions = new WeakMap<KnowledgeBase, number>();

/** The version of a knowledge base's notes: a new one after every change. */
function versionOf(kb: KnowledgeBase): number {
  if (!versions.has(kb)) {
    versions.set(kb, ++kbVersion);
    kb.onDidChange(() => versions.set(kb, ++kbVersion));
  }
  return versions.get(kb)!;
}

/** The bank of a knowledge base, rebuilt only after the knowledge base changes. */
export function questionBank(kb: KnowledgeBase): QuestionBank {
  const v = versionOf(kb);
  const cached = bankCache.get(kb);
  if (cached && cached.version === v) return cached.bank;
  const saved = savedBank(kb);
  return keep(kb, v, saved.bank ?? buildHere(kb, saved));
}

/** The bank of version `v` of the notes, kept as the base's current bank. */
function keep(kb: KnowledgeBase, v: number, bank: QuestionBank): QuestionBank {
  bankCache.set(kb, { version: v, bank });
  return bank;
}

/** The bank of the notes as they are now, if it is built already (nothing is built). */
export function currentBank(kb: KnowledgeBase): QuestionBank | undefined {
  const cached = bankCache.get(kb);
  return cached && cached.version === versionOf(kb) ? cached.bank : undefined;
}

/** The last bank built for this knowledge base, even if its notes changed since (nothing is built). */
export function lastBank(kb: KnowledgeBase): QuestionBank | undefined {
  return bankCache.get(kb)?.bank;
}

/** Where a bank can be built off the caller's thread (bankThread.ts). */
export interface BankBuilder {
  readonly available: boolean;
  build(kb: KnowledgeBase): Promise<QuestionBank>;
}

const building = new WeakMap<KnowledgeBase, { version: number; bank: Promise<QuestionBank> }>();

/**
 * questionBank without blocking the caller for the build: the current bank, else the saved one of unchanged notes,
 * else one built by `builder` (one build per version of the notes at a time). A build that finishes after the notes
 * changed again is followed by the next; a builder that fails or is missing leaves the build to this thread.
 */
export function questionBankAsync(kb: KnowledgeBase, builder: BankBuilder | undefined, onBuildError?: (e: Error) => void): Promise<QuestionBank> {
  const v = versionOf(kb);
  const now = currentBank(kb);
  if (now) return Promise.resolve(now);
  const inFlight = building.get(kb);
  if (inFlight && inFlight.version === v) return inFlight.bank;
  const saved = savedBank(kb);
  if (saved.bank || !builder?.available) return Promise.resolve(keep(kb, v, saved.bank ?? buildHere(kb, saved)));
  const bank = builder.build(kb).then(
    (built) => {
      if (versionOf(kb) !== v) return questionBankAsync(kb, builder, onBuildError);
      saved.file?.trySave(saved.fingerprint!, built);
      return keep(kb, v, built);
    },
    (e: Error) => {
      onBuildError?.(e);
      return versionOf(kb) === v ? keep(kb, v, buildHere(kb, saved)) : questionBank(kb);
    },
  ).finally(() => { if (building.get(kb)?.bank === bank) building.delete(kb); });
  building.set(kb, { version: v, bank });
  return bank;
}

const bankFiles = new WeakMap<KnowledgeBase, BankCacheFile>();

/**
 * Keeps the banks of this knowledge base in a file (bankCache.ts): notes unchanged since the bank was
 * saved are read back instead of built. Without a file (undefined) every bank is built.
 */
export function keepBanksIn(kb: KnowledgeBase, file: BankCacheFile | undefined): void {
  if (file) bankFiles.set(kb, file); else bankFiles.delete(kb);
}

interface Saved { file?: BankCacheFile; fingerprint?: string; bank?: QuestionBank }

/** The bank file of this base, the notes' fingerprint and the bank the file holds for them, if any (read once). */
function savedBank(kb: KnowledgeBase): Saved {
  const file = bankFiles.get(kb);
  if (!file) return {};
  const fingerprint = bankFingerprint(kb);
  return { file, fingerprint, bank: file.load(fingerprint, QuestionBank.restore) };
}

/** A bank built on this thread, saved to the base's bank file under the fingerprint already taken. */
function buildHere(kb: KnowledgeBase, saved: Saved): QuestionBank {
  const bank = new QuestionBank(kb);
  saved.file?.trySave(saved.fingerprint!, bank);
  return bank;
}
