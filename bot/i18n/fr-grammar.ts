/** "de Sofie", "d'Isabelle", "d'OCMW Leuven": French elides "de" before a vowel. */
export function deName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜ]/.test(name) ? `d'${name}` : `de ${name}`;
}
