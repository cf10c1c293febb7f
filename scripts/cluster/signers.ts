/** Who signs in the cluster test: distinct people, and repeats of them in other spellings. */
export type Signer = { email: string; canonical: string; address: string; repeatOf?: number };

/**
 * `distinct` people at gmail.com (where dots and +tags fold) and example.org (where only case and
 * +tags do), then `repeats` more submissions re-using earlier people's addresses respelled: upper
 * case, dots in the local part (gmail only), a +tag. Each submission comes from its own address.
 */
export function makeSigners(distinct: number, repeats: number, run: string): Signer[] {
  const signers: Signer[] = [];
  for (let i = 0; i < distinct; i++) {
    const domain = i % 2 === 0 ? "gmail.com" : "example.org";
    const email = `signer${run}x${i}@${domain}`;
    signers.push({ email, canonical: email, address: addressOf(i) });
  }
  for (let j = 0; j < repeats; j++) {
    const of = (j * 7919) % distinct;
    const original = signers[of]!;
    const [local, domain] = original.email.split("@") as [string, string];
    const respelled = [`${local.toUpperCase()}@${domain.toUpperCase()}`, `${local}+petition${j}@${domain}`, domain === "gmail.com" ? `${local.slice(0, 3)}.${local.slice(3)}@googlemail.com` : `${local}+again@${domain}`][j % 3]!;
    signers.push({ email: respelled, canonical: original.canonical, address: addressOf(distinct + j), repeatOf: of });
  }
  return signers;
}

const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) + 0}`;
